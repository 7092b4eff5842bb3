"""Measure the phone layout of a running site and save small screenshots.

Usage (against ``make run``, e.g. ``make run PORT=8817`` in another shell):

    .venv/bin/python bench/phone_layout.py --base http://127.0.0.1:8817 --label after

Prints, at 390 px wide: the header's height and where the first result starts (its top, in px
from the top of the page) on the toolkit listing and on the recommendation board, and on the
home page where the first way in starts (an audience entry point, else the first card). Saves JPEG
screenshots (quality 50; two screens on a phone, one on a desktop) of home, toolkit listing and board at 390 and
1280 px under docs/screenshots/<label>-<page>-<width>.jpg (``--pages home`` for some of them).
"""

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {"home": "/nl/", "toolkits": "/nl/toolkits/", "board": "/nl/beleidsadviezen/"}
FIRST_RESULT = ".listing__results .card, .card-list .card"
FIRST_ENTRY = ".entry-points a"
FIRST_CARD = "main .card"
TOP = (
    "(sel) => { const el = document.querySelector(sel);"
    " return el ? el.getBoundingClientRect().top + window.scrollY : null; }"
)
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--label", default="after")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated, of: " + ", ".join(PAGES))
    args = parser.parse_args()
    pages = {name: PAGES[name] for name in args.pages.split(",")}
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox", "--headless"])
        for width, height in ((390, 844), (1280, 800)):
            context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-BE")
            tab = context.new_page()
            for name, path in pages.items():
                tab.goto(args.base + path, wait_until="load")
                header = tab.locator(".site-header").bounding_box()
                figures = f"{name:9} {width:4}px  header {header['height']:.0f}px"
                if name != "home":
                    top = tab.evaluate(TOP, FIRST_RESULT)
                    figures += f"  first result at {top:.0f}px" if top is not None else "  no result"
                else:
                    for what, selector in (("first entry point", FIRST_ENTRY), ("first card", FIRST_CARD)):
                        top = tab.evaluate(TOP, selector)
                        figures += f"  {what} at {top:.0f}px" if top is not None else f"  no {what}"
                print(figures)
                # Small files: two screens on a phone, one on a desktop.
                clip = {"x": 0, "y": 0, "width": width, "height": 2 * height if width < 600 else height}
                tab.screenshot(
                    path=str(OUT / f"{args.label}-{name}-{width}.jpg"),
                    type="jpeg",
                    quality=50,
                    full_page=True,
                    clip=clip,
                )
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
