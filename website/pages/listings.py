"""Queries that feed cards and page chrome, each a fixed number of SQL queries.

Every helper here returns the same number of queries whether it lists 2 pages or 200: cards
come from BasePage in one query with their listing image and prefetched renditions.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models

from website import slots
from website.caching.content_cache import cached, public

# The model modules themselves, not the ``website.models`` package: home.py builds its page
# from these queries, so the package (which imports home) must not be needed here.
from website.models.base_page import BasePage, annotate_cards
from website.models.standard import StandardPage

CARD_RENDITIONS = ("fill-640x360|format-webp", "fill-640x360")


def card_queryset(queryset=None):
    """BasePage rows ready for ``includes/card.html``: image, renditions and themes prefetched."""
    queryset = queryset if queryset is not None else BasePage.objects.all()
    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    return queryset.select_related("locale").prefetch_related(Prefetch("listing_image", queryset=images), "themes")


def prepare_cards(rows: list) -> list:
    """Make each card's image rendition now and keep it with the image, so a cached copy of
    these cards renders with no query (Wagtail looks in the prefetched renditions first)."""
    for row in rows:
        if row.listing_image is not None:
            row.listing_image.get_rendition(CARD_RENDITIONS[0])
    return annotate_cards(rows)


def content_type_ids() -> list[int]:
    """Content types of the page models that count as content (not scaffolding like home)."""
    models = [model for model in get_page_models() if issubclass(model, BasePage) and model.is_content]
    return [ct.id for ct in ContentType.objects.get_for_models(*models).values()]


def latest_content(locale_id: int, count: int):
    queryset = public(
        BasePage.objects.live().filter(locale_id=locale_id, content_type_id__in=content_type_ids())
    ).order_by("-first_published_at")
    return annotate_cards(list(card_queryset(queryset)[:count]))


def featured_pages(home, fallback_count: int = 3, preview: bool = False) -> list:
    """The home page's featured toolkits, live and public, in the editor's order, a pick that is
    not visible in the home's language replaced by the latest toolkit that is; without any picks
    (or none visible), the latest ``fallback_count`` toolkits of the home's language.

    Only the types registered as "home-featured" count (website/slots.py). Picks are matched by
    translation key in the home's locale, so a pick shows in the home's language. Cached per
    content version (renditions made), so a warm home page spends no query on them.
    """

    def build():
        models = slots.page_models("home-featured")
        type_ids = (
            [ct.id for ct in ContentType.objects.get_for_models(*models).values()] if models else content_type_ids()
        )
        visible = public(BasePage.objects.live().filter(locale_id=home.locale_id, content_type_id__in=type_ids))
        page_ids = [item.page_id for item in home.featured_items.all() if item.page_id]
        if page_ids:
            keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
            order = {key: index for index, key in enumerate(dict.fromkeys(keys[pk] for pk in page_ids if pk in keys))}
            picks = sorted(
                card_queryset(visible.filter(translation_key__in=list(order))),
                key=lambda row: order[row.translation_key],
            )
            if picks:
                # A pick with no translation (or no longer visible) leaves its slot to the latest
                # toolkit of the home's language, so every language's row is as full as the editor's.
                missing = len(order) - len(picks)
                if missing:
                    latest = visible.exclude(pk__in=[pick.pk for pick in picks]).order_by("-first_published_at", "-pk")
                    picks += list(card_queryset(latest)[:missing])
                return prepare_cards(picks)
        return prepare_cards(list(card_queryset(visible.order_by("-first_published_at", "-pk"))[:fallback_count]))

    if preview or not home.pk:
        return build()
    return cached(f"home:{home.pk}:featured:{fallback_count}", build)


def audience_links(home, preview: bool = False) -> list[dict]:
    """The home page's ways in by audience: ``{"label", "url"}`` with the listing's URL in the
    home's language and ``?audience=<slug>``; links to a listing no visitor can see are left out."""

    def build():
        rows = list(home.audience_links.all())
        if not rows:
            return []
        audiences = {
            term.pk: term.slug
            for term in rows[0]
            ._meta.get_field("audience")
            .related_model.objects.filter(pk__in=[row.audience_id for row in rows])
        }
        listings = {
            page.pk: page
            for page in public(Page.objects.live().filter(pk__in=[row.listing_page_id for row in rows])).only(
                "id", "url_path", "path", "depth", "locale_id"
            )
        }
        links = []
        for row in rows:
            listing, slug = listings.get(row.listing_page_id), audiences.get(row.audience_id)
            if listing is not None and slug:
                links.append({"label": row.label, "url": f"{listing.get_url()}?audience={slug}"})
        return links

    if preview or not home.pk:
        return build()
    return cached(f"home:{home.pk}:audiences", build)


def _link(page) -> dict:
    return {"title": page.title, "url": page.get_url(), "path": page.path}


def language_chrome(root: Page, language_code: str) -> dict:
    """Home, main menu and footer links of one language, as plain data cached per content version.

    ``root`` is the site's root page (the Dutch home); the other languages' homes are its
    translations. Menu items are the home's children marked 'show in menus'.
    """

    def build():
        homes = {
            page.locale.language_code: page
            for page in Page.objects.live().filter(translation_key=root.translation_key).select_related("locale")
        }
        home = homes.get(language_code)
        menu, footer = [], []
        if home is not None:
            menu = [
                _link(page)
                for page in public(home.get_children().live().in_menu()).only(
                    "id", "title", "url_path", "path", "depth"
                )
            ]
            footer = [
                _link(page)
                for page in public(StandardPage.objects.live().filter(locale_id=home.locale_id, show_in_footer=True))
                .only("id", "title", "url_path", "path", "depth")
                .order_by("path")
            ]
        return {
            "homes": {code: page.get_url() for code, page in homes.items()},
            "menu": menu,
            "footer": footer,
        }

    return cached(f"chrome:{root.pk}:{language_code}", build)


def translation_links(page) -> dict:
    """``{language_code: {"url", "full_url"}}`` of the live, public translations of ``page``."""

    def build():
        return {
            other.locale.language_code: {"url": other.get_url(), "full_url": other.get_full_url()}
            for other in public(Page.objects.live().filter(translation_key=page.translation_key)).select_related(
                "locale"
            )
        }

    return cached(f"translations:{page.translation_key}", build)


def related_cards(page, chosen_page_ids, limit: int = 6, suggest: bool = True) -> list:
    """Cards for "related content": the editor's picks first, in the editor's order, then (with
    ``suggest``) suggestions by shared themes up to ``limit`` cards in all.

    ONE query on BasePage (plus the card prefetches): picks are matched by translation key, so a
    French page shows the French version of a Dutch pick, and only live, public picks are shown;
    suggestions are live content pages of the same locale sharing a theme (by slug, since pages
    may link to any language's term row), excluding the page itself and its picks, the most shared
    themes first. Renditions are made (``prepare_cards``), so the cards can be cached.
    """
    keys_by_id = dict(Page.objects.filter(pk__in=chosen_page_ids).values_list("pk", "translation_key"))
    picked_keys = list(dict.fromkeys(keys_by_id[pk] for pk in chosen_page_ids if pk in keys_by_id))
    pick_order = {key: index for index, key in enumerate(picked_keys)}
    queryset = public(BasePage.objects.live().filter(locale_id=page.locale_id)).exclude(
        translation_key=page.translation_key
    )
    if suggest:
        sharing = BasePage.themes.through.objects.filter(theme__slug__in=[theme.slug for theme in page.themes.all()])
        shared_count = (
            sharing.filter(basepage_id=OuterRef("pk"))
            .order_by()
            .values("basepage_id")
            .annotate(n=Count("*"))
            .values("n")
        )
        queryset = (
            queryset.filter(
                Q(translation_key__in=picked_keys)
                | Q(content_type_id__in=content_type_ids(), pk__in=sharing.values("basepage_id"))
            )
            .annotate(shared=Coalesce(Subquery(shared_count), 0))
            .order_by("-shared", "-first_published_at", "pk")
        )
    else:
        if not picked_keys:
            return []
        queryset = queryset.filter(translation_key__in=picked_keys).order_by("pk")
        limit = 0
    # Picks always fit: they are few (editor-chosen), suggestions fill up to ``limit``.
    rows = prepare_cards(list(card_queryset(queryset)[: limit + len(picked_keys)]))
    picks = sorted(
        (row for row in rows if row.translation_key in pick_order), key=lambda r: pick_order[r.translation_key]
    )
    suggestions = [row for row in rows if row.translation_key not in pick_order]
    return picks + suggestions[: max(0, limit - len(picks))]
