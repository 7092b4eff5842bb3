"""A per-client request budget kept in the cache (fixed window), shared by the feature apps.

Used by search suggestions (they fire on every keystroke) and the glossary's text checker. The
client is its network address (``website.client_ip``: behind reverse proxies, set
``TRUSTED_PROXY_COUNT``). Cache operations only: no database, no per-request write.
"""

import time

from django.core.cache import cache

from website.client_ip import client_ip


def allow(request, scope: str, rate: int, window: int) -> tuple[bool, int]:
    """(allowed, seconds until the window resets) for ``rate`` requests per ``window`` seconds."""
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
