"""A per-visitor request budget in the shared cache, counted in fixed windows.

Fixed, not sliding: the counter's key names its window (``time // window``), so a visitor who
keeps trying is still let in again when the window ends, and ``Retry-After`` can say when. Each
attempt is one atomic ``add`` or ``incr`` of the cache (no read-modify-write, no database).
The visitor is the network address (``website.client_ip``; set ``TRUSTED_PROXY_COUNT`` behind
proxies). Used by search suggestions, the newsletter sign-up and the glossary checker.
"""

import time

from django.core.cache import cache

from website.client_ip import client_ip


def allow(request, scope: str, rate: int, window: int) -> tuple[bool, int]:
    """(allowed, seconds until this visitor's window ends) for one more request in ``scope``."""
    slot = int(time.time() // window)
    key = f"ratelimit:{scope}:{client_ip(request)}:{slot}"
    if cache.add(key, 1, window + 1):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, window + 1)
            count = 1
    retry_after = int(window - time.time() % window) + 1
    return count <= rate, retry_after
