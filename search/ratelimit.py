"""A per-client request budget kept in the cache (fixed window), for the suggest endpoint.

Suggestions fire on every keystroke, so without a limit one client could keep the database busy.
The client is its network address (``website.client_ip``: behind reverse proxies, set
``TRUSTED_PROXY_COUNT``). Cache operations only: no database, no per-request write.
"""

import time

from django.conf import settings
from django.core.cache import cache

from website.client_ip import client_ip

RATE = getattr(settings, "SEARCH_SUGGEST_RATE", 30)  # requests ...
WINDOW = getattr(settings, "SEARCH_SUGGEST_WINDOW", 10)  # ... per this many seconds


def allow(request, scope: str = "suggest", rate: int | None = None, window: int | None = None) -> tuple[bool, int]:
    """(allowed, seconds until the window resets)."""
    rate = rate or RATE
    window = window or WINDOW
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
