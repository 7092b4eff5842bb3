"""Demo campaigns: current, upcoming and past ones, with partners, materials and translations."""

import datetime

from django.utils import timezone

from website.demo.helpers import child_page, document, image, terms, translated_rows, translations
from website.demo.registry import step
from website.taxonomy.models import Audience, Partner, Region, Theme

from .demo_texts import CAMPAIGNS, INDEX, PARTNERS
from .factories import CampaignIndexPageFactory, CampaignPageFactory
from .models import CampaignMaterial, CampaignRelatedPage


def _ctas(labels, page, url):
    # The first button leads to the related recommendation on this site, the second outside.
    return [
        ("call_to_action", {"label": labels[0], "page": page, "url": ""}),
        ("call_to_action", {"label": labels[1], "page": None, "url": url}),
    ]


@step(130)
def campaigns(ctx):
    home = ctx.homes["nl"]
    index = child_page(
        home,
        CampaignIndexPageFactory,
        "campagnes",
        ctx,
        show_in_menus=True,
        listing_image=image("Campagnebeelden aan de muur", ctx),
        **INDEX["nl"],
    )
    translations(index, ctx, {code: INDEX[code] for code in ("fr", "en")})

    partners = {}
    for name, website in PARTNERS:
        partners[name], created = Partner.objects.get_or_create(
            name=name, defaults={"website": website, "logo": image(f"Logo {name}", ctx)}
        )
        if created:
            ctx.made(f"partner {name}")

    recommendations = {page.slug: page for page in home.get_descendants().filter(depth=home.depth + 2).specific()}
    today = timezone.localdate()
    for slug, meta, texts in CAMPAIGNS:
        nl = texts["nl"]
        related = [recommendations[s] for s in meta["related"] if s in recommendations]
        page = child_page(
            index,
            CampaignPageFactory,
            slug,
            ctx,
            title=nl["title"],
            intro=nl["intro"],
            key_message=nl["key_message"],
            start_date=today + datetime.timedelta(days=meta["start"]),
            end_date=today + datetime.timedelta(days=meta["end"]),
            hero_image=image(f"Campagne {nl['title']}", ctx),
            listing_image=image(f"Campagne {nl['title']}", ctx),
            calls_to_action=_ctas(nl["ctas"], related[0] if related else None, meta["cta_url"]),
            materials=[
                CampaignMaterial(
                    document=document(title, [nl["title"], nl["key_message"], description], ctx),
                    kind=kind,
                    description=description,
                    sort_order=n,
                    locale=ctx.locales["nl"],
                )
                for n, ((kind, title), description) in enumerate(zip(meta["materials"], nl["materials"], strict=True))
            ],
            related_links=[
                CampaignRelatedPage(page=target, sort_order=n, locale=ctx.locales["nl"])
                for n, target in enumerate(related)
            ],
            partners=[partners[name] for name in meta["partners"]],
            newsletter_heading=nl["newsletter_heading"],
            newsletter_text=nl["newsletter_text"],
            newsletter_page=home.newsletter_page,
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
                    "key_message": t["key_message"],
                    "calls_to_action": _ctas(t["ctas"], related[0] if related else None, meta["cta_url"]),
                    "materials": translated_rows(page.materials.all(), "description", t["materials"]),
                    "newsletter_heading": t["newsletter_heading"],
                    "newsletter_text": t["newsletter_text"],
                }
                for code, t in texts.items()
                if code != "nl"
            },
        )
