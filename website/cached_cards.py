"""Card lists kept in the cache under the content version (related items on detail pages).

A cached card must carry its renditions: cards fetched before their image was first shown have an
empty prefetched rendition list, and once unpickled every view would look the rendition up again
(one query per card). So the renditions a card shows are created, and attached, before caching.
"""

from .content_cache import cached
from .listings import CARD_RENDITIONS


def with_renditions(cards: list) -> list:
    for card in cards:
        if card.listing_image is not None:
            card.listing_image.get_rendition(CARD_RENDITIONS[0])
    return cards


def cached_cards(name: str, build) -> list:
    """``build()``'s cards, cached under the current content version with their renditions."""
    return cached(name, lambda: with_renditions(list(build())))
