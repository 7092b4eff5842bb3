"""Demo recommendations with different statuses and histories, in Dutch, French and English."""

from wagtail.rich_text import RichText

from website.demo.helpers import (
    DEMO_PASSWORDS,
    child_page,
    demo_account,
    document,
    image,
    terms,
    translated_rows,
    translations,
)
from website.demo.registry import step
from website.taxonomy.models import Audience, Region, Theme

from .demo_texts import INDEX, RECOMMENDATIONS
from .factories import RecommendationIndexPageFactory, RecommendationPageFactory
from .models import StatusChange
from .workflow import REVIEWERS_GROUP, ensure_review_workflow


def _items(pairs):
    return [("recommendation", {"title": title, "explanation": RichText(text)}) for title, text in pairs]


@step(120)
def recommendations(ctx):
    home = ctx.homes["nl"]
    index = child_page(
        home,
        RecommendationIndexPageFactory,
        "beleidsadviezen",
        ctx,
        show_in_menus=True,
        listing_image=image("Beleidsadvies in de commissie", ctx),
        **INDEX["nl"],
    )
    ensure_review_workflow(index)
    demo_account(ctx, "Reviewer", "reviewer", DEMO_PASSWORDS["reviewer"], groups=[REVIEWERS_GROUP])
    translations(index, ctx, {code: INDEX[code] for code in ("fr", "en")})

    for slug, meta, history, texts in RECOMMENDATIONS:
        nl = texts["nl"]
        advice = document(
            f"Advies: {nl['title']}",
            [nl["intro"], *(f"{n}. {title}" for n, (title, _) in enumerate(nl["recommendations"], 1))],
            ctx,
        )
        page = child_page(
            index,
            RecommendationPageFactory,
            slug,
            ctx,
            title=nl["title"],
            intro=nl["intro"],
            summary=nl["summary"],
            addressed_to=nl["addressed_to"],
            policy_level=meta["level"],
            addressee_kind=meta["kind"],
            date_issued=meta["date"],
            recommendations=_items(nl["recommendations"]),
            advice_document=advice,
            listing_image=image(nl["title"], ctx),
            government_response=nl["response"],
            government_response_url=meta["response_url"],
            status_history=[
                StatusChange(date=date, status=status, note=note, sort_order=n, locale=ctx.locales["nl"])
                for n, (date, status, note) in enumerate(history)
            ],
            themes=terms(Theme, meta["themes"], ctx),
            audiences=terms(Audience, meta["audiences"], ctx),
            regions=terms(Region, meta["regions"], ctx),
        )
        translations(
            page,
            ctx,
            {
                code: {
                    "title": t["title"],
                    "slug": t["slug"],
                    "intro": t["intro"],
                    "summary": t["summary"],
                    "addressed_to": t["addressed_to"],
                    "recommendations": _items(t["recommendations"]),
                    "government_response": t["response"],
                    "status_history": translated_rows(page.status_history.all(), "note", t["notes"]),
                }
                for code, t in texts.items()
                if code != "nl"
            },
        )
