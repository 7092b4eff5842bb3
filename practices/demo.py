"""Demo good practices: the steps that build them from the texts in ``demo_texts.py``.
Idempotent: pages found by slug, translations made once."""

import datetime

from website.demo.helpers import child_page, document, image, terms, translations
from website.demo.registry import step
from website.taxonomy.models import Audience, Partner, Region, Sector, Theme

from .demo_texts import INDEX, INDEX_SLUG, PRACTICES
from .factories import PracticeIndexPageFactory, PracticePageFactory
from .models import PracticeDocument, PracticeImage


@step(110)
def practices(ctx):
    home = ctx.homes["nl"]
    index = child_page(home, PracticeIndexPageFactory, INDEX_SLUG, ctx, show_in_menus=True, **INDEX["nl"])
    translations(index, ctx, {code: INDEX[code] for code in ("fr", "en")})
    for data in PRACTICES:
        existing = index.get_children().filter(slug=data["slug"]).exists()
        partner, _ = Partner.objects.get_or_create(name=data["partner"])
        title = data["nl"]["title"]
        page = child_page(
            index,
            PracticePageFactory,
            data["slug"],
            ctx,
            organisation=partner,
            sector=Sector.objects.filter(slug=data["sector"], locale=ctx.locales["nl"]).first(),
            period_start=datetime.date.fromisoformat(data["start"]),
            period_end=datetime.date.fromisoformat(data["end"]) if data.get("end") else None,
            listing_image=image(data.get("image", title), ctx),
            contact_name="Team goede praktijken",
            contact_email="praktijken@example.org",
            **data["nl"],
        )
        if not existing:
            page.themes.set(terms(Theme, data["themes"], ctx))
            page.audiences.set(terms(Audience, data["audiences"], ctx))
            page.regions.set(terms(Region, data["regions"], ctx))
            PracticeImage.objects.create(page=page, image=image(f"{title} in de praktijk", ctx), locale=page.locale)
            PracticeDocument.objects.create(
                page=page,
                document=document(
                    f"Verslag: {title}", [data["nl"]["intro"], "Context, aanpak, resultaten en lessen."], ctx
                ),
                language="nl",
                locale=page.locale,
            )
            page.save_revision().publish()
        translations(page, ctx, {code: data[code] for code in ("fr", "en") if code in data})
