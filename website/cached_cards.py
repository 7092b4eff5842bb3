"""Card lists kept in the cache under the content version (related items on detail pages).

A cached card must carry its renditions: cards fetched before their image was first shown have an
empty prefetched rendition list, and once unpickled every view would look the rendition up again
(one query per card). So the renditions a card shows are created, and attached, before caching.
"""

from django.db.models import OuterRef, Subquery

from .content_cache import cached, public
from .listings import CARD_RENDITIONS, card_queryset


def with_renditions(cards: list) -> list:
    for card in cards:
        if card.listing_image is not None:
            card.listing_image.get_rendition(CARD_RENDITIONS[0])
    return cards


def cached_cards(name: str, build) -> list:
    """``build()``'s cards, cached under the current content version with their renditions."""
    return cached(name, lambda: with_renditions(list(build())))


def chosen_cards(links, field: str, locale_id: int) -> list:
    """Cards for editor-chosen links, in the editor's order and in the given language.

    ``links`` is a queryset of orderable link rows whose ``field`` points at a page. Links are
    synchronised across translations, so they point at one language's pages; they are matched by
    translation key to the live, public version in ``locale_id``. One query plus the card
    prefetches, whatever the number of links.
    """
    from .models import BasePage

    position = links.filter(**{f"{field}__translation_key": OuterRef("translation_key")}).values("sort_order")[:1]
    queryset = (
        public(BasePage.objects.live().filter(locale_id=locale_id))
        .filter(translation_key__in=links.values(f"{field}__translation_key"))
        .annotate(position=Subquery(position))
        .order_by("position", "pk")
    )
    return list(card_queryset(queryset))
