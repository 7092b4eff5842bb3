"""Demo toolkits: the steps that build the toolkit library, its editors' picks and the home
page's ways in from the texts in ``demo_texts.py``. Idempotent: pages are found by slug,
translations and resources made once."""

import datetime

from wagtail.models import Page

from website.demo.foundation import HOME
from website.demo.helpers import child_page, document, image, terms, translated_rows, translations
from website.demo.registry import step
from website.models import HomeAudienceLink, HomeFeaturedItem, HomePage
from website.taxonomy.models import Audience, Region, Sector, Theme
from website.translation import translate

from .demo_texts import HOME_AUDIENCES, HOME_FEATURED, INDEX, INDEX_SLUG, PICKS, TOOLKITS
from .factories import ToolkitIndexPageFactory, ToolkitPageFactory
from .models import ToolkitRelatedPage, ToolkitResource


def section_index(ctx, factory, slug, texts):
    """The section's index page under the Dutch home, in the menu, translated into fr and en."""
    home = ctx.homes["nl"]
    index = child_page(home, factory, slug, ctx, show_in_menus=True, **texts["nl"])
    translations(index, ctx, {code: texts[code] for code in ("fr", "en")})
    return index


@step(100)
def toolkits(ctx):
    index = section_index(ctx, ToolkitIndexPageFactory, INDEX_SLUG, INDEX)
    for data in TOOLKITS:
        existing = index.get_children().filter(slug=data["slug"]).exists()
        page = child_page(
            index,
            ToolkitPageFactory,
            data["slug"],
            ctx,
            listing_image=image(data["image"], ctx),
            contact_name=data["contact"][0],
            contact_email=data["contact"][1],
            last_reviewed=datetime.date.fromisoformat(data["reviewed"]),
            **data["nl"],
        )
        if not existing:
            page.themes.set(terms(Theme, data["themes"], ctx))
            page.audiences.set(terms(Audience, data["audiences"], ctx))
            page.sectors.set(terms(Sector, data["sectors"], ctx))
            page.regions.set(terms(Region, data["regions"], ctx))
            for order, (title, language, paragraphs) in enumerate(data["resources"]):
                ToolkitResource.objects.create(
                    page=page,
                    document=document(title, paragraphs, ctx),
                    language=language,
                    sort_order=order,
                    locale=page.locale,
                )
            page.save_revision().publish()
        translations(page, ctx, {code: data[code] for code in ("fr", "en") if code in data})


@step(145)
def toolkit_picks(ctx):
    index = ctx.homes["nl"].get_children().filter(slug=INDEX_SLUG).first()
    if index is None:
        return
    for slug, picks in PICKS.items():
        toolkit = index.get_children().filter(slug=slug).first()
        if toolkit is None or ToolkitRelatedPage.objects.filter(page_id=toolkit.pk).exists():
            continue
        toolkit = toolkit.specific
        pages = {p.slug: p for p in Page.objects.filter(slug__in=picks, locale=ctx.locales["nl"])}
        for order, pick in enumerate(picks):
            if pick in pages:
                ToolkitRelatedPage.objects.create(
                    page=toolkit, related_page=pages[pick], sort_order=order, locale=toolkit.locale
                )
        toolkit.save_revision().publish()
        ctx.made(f"related picks of {slug}")


@step(1010)
def home_ways_in(ctx):
    """After the home's own links (step 1000): its audience links and featured toolkits, in fr and en too."""
    home = HomePage.objects.get(pk=ctx.homes["nl"].pk)
    index = home.get_children().filter(slug=INDEX_SLUG).first()
    if index is None or home.audience_links.exists() or home.featured_items.exists():
        return
    audiences = {term.slug: term for term in terms(Audience, [slug for slug, _ in HOME_AUDIENCES], ctx)}
    for order, (slug, labels) in enumerate(HOME_AUDIENCES):
        HomeAudienceLink.objects.create(
            home=home,
            audience=audiences[slug],
            label=labels["nl"],
            listing_page=index,
            sort_order=order,
            locale=home.locale,
        )
    toolkits = {page.slug: page for page in index.get_children().filter(slug__in=HOME_FEATURED)}
    for order, slug in enumerate(HOME_FEATURED):
        HomeFeaturedItem.objects.create(home=home, page=toolkits[slug], sort_order=order, locale=home.locale)
    home = HomePage.objects.get(pk=home.pk)
    home.save_revision().publish()
    rows = list(home.audience_links.all())
    for code in ("fr", "en"):
        labels = [texts[code] for _, texts in HOME_AUDIENCES]
        translate(home, ctx.locales[code], {**HOME[code], "audience_links": translated_rows(rows, "label", labels)})
    ctx.made("home page ways in and featured toolkits")
