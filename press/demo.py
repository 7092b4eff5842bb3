"""Demo press room: the step that builds the press index, its releases and opinion pieces from
the texts in ``demo_texts.py``. Idempotent: pages are found by slug."""

from wagtail.rich_text import RichText

from website.demo.helpers import child_page, document, terms, translations
from website.demo.registry import step
from website.taxonomy.models import Theme

from .demo_texts import INDEX, OPINIONS, RELEASES
from .factories import OpinionPageFactory, PressIndexPageFactory, PressReleasePageFactory


def _tag(page, ctx, slugs):
    if not page.themes.exists():
        page.themes.set(terms(Theme, slugs, ctx))
        page.save_revision().publish()


@step(150)
def press_room(ctx):
    home = ctx.homes["nl"]
    index = child_page(
        home,
        PressIndexPageFactory,
        INDEX["nl"]["slug"],
        ctx,
        title=INDEX["nl"]["title"],
        intro=INDEX["nl"]["intro"],
        contact_role=INDEX["nl"]["contact_role"],
        show_in_menus=True,
    )
    translations(index, ctx, {code: values for code, values in INDEX.items() if code != "nl"})

    for item in RELEASES:
        title, intro, text = item["nl"]
        page = child_page(
            index,
            PressReleasePageFactory,
            item["slug"],
            ctx,
            title=title,
            intro=intro,
            date=item["date"],
            location="Brussel",
            body=[("paragraph", RichText(f"<p>{text}</p>"))],
            attachment=document(title, [intro, text], ctx),
        )
        _tag(page, ctx, item["themes"])
        if item["fr"]:
            fr_title, fr_intro, fr_text = item["fr"]
            translations(
                page,
                ctx,
                {
                    "fr": {
                        "title": fr_title,
                        "slug": f"{item['slug']}-fr",
                        "intro": fr_intro,
                        "location": "Bruxelles",
                        "body": [("paragraph", RichText(f"<p>{fr_text}</p>"))],
                    }
                },
            )

    for item in OPINIONS:
        title, intro, text = item["nl"]
        page = child_page(
            index,
            OpinionPageFactory,
            item["slug"],
            ctx,
            title=title,
            intro=intro,
            date=item["date"],
            outlet=item["outlet"],
            author=item["author"],
            link=f"https://www.example.org/opinie/{item['slug']}",
            body=[("paragraph", RichText(f"<p>{text}</p>"))],
        )
        _tag(page, ctx, item["themes"])
        if item["fr"]:
            fr_title, fr_intro, fr_text = item["fr"]
            translations(
                page,
                ctx,
                {
                    "fr": {
                        "title": fr_title,
                        "slug": f"{item['slug']}-fr",
                        "intro": fr_intro,
                        "body": [("paragraph", RichText(f"<p>{fr_text}</p>"))],
                    }
                },
            )
