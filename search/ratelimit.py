"""A per-client request budget kept in the cache (fixed window), for the suggest endpoint.

Suggestions fire on every keystroke, so without a limit one client could keep the database busy.
The client is its network address (``website.client_ip``: behind reverse proxies, set
``TRUSTED_PROXY_COUNT``). Cache operations only: no database, no per-request write (``website.ratelimit``).
"""

from django.conf import settings

from website import ratelimit

RATE = getattr(settings, "SEARCH_SUGGEST_RATE", 30)  # requests ...
WINDOW = getattr(settings, "SEARCH_SUGGEST_WINDOW", 10)  # ... per this many seconds


def allow(request, scope: str = "suggest", rate: int | None = None, window: int | None = None) -> tuple[bool, int]:
    """(allowed, seconds until the window resets): ``website.ratelimit`` with the suggest budget."""
    return ratelimit.allow(request, scope, rate or RATE, window or WINDOW)
