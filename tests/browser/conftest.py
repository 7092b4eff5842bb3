"""Browser harness: Debian's Chromium driven by Playwright against a live Django server.

Never downloads a browser: Chromium comes from the system package (``/usr/bin/chromium``,
installed by ``make test``/``.ci/run``); axe-core comes from npm (``node_modules``).
"""

import json
import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run 'make test' (it installs Debian's chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nl-BE")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_PATH.exists():
        pytest.fail(f"axe-core not found at {AXE_PATH}: run 'npm ci' (make test does)")
    return AXE_PATH.read_text()


@pytest.fixture
def assert_accessible(axe_source):
    """Run axe-core in the page and fail with a readable list of WCAG 2.1 A/AA violations."""

    def check(tab, context_label=""):
        # Evaluated through the DevTools protocol, so the page's nonce-based CSP does not block it.
        tab.evaluate(axe_source)
        result = tab.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        violations = [
            {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
        ]
        assert violations == [], f"axe found WCAG violations on {context_label or tab.url}:\n" + json.dumps(
            violations, indent=2
        )

    return check
