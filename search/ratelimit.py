"""The suggest endpoint's request budget, on the shared helper ``website.ratelimit``.

Suggestions fire on every keystroke, so without a limit one client could keep the database busy.
"""

from django.conf import settings

from website import ratelimit

RATE = getattr(settings, "SEARCH_SUGGEST_RATE", 30)  # requests ...
WINDOW = getattr(settings, "SEARCH_SUGGEST_WINDOW", 10)  # ... per this many seconds


def allow(request, scope: str = "suggest", rate: int | None = None, window: int | None = None) -> tuple[bool, int]:
    """(allowed, seconds until the window resets)."""
    return ratelimit.allow(request, scope, rate or RATE, window or WINDOW)
