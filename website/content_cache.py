"""A site-wide content version, and values cached under it.

Anything derived from the page tree that every request needs (menus, footer links, the homes of
each language, the list of private sections) is cached under the current version. Publishing,
unpublishing, moving or deleting a page, or changing who may view it, bumps the version, so a
change shows at once without per-key invalidation. Production uses a cache shared by all
worker processes (see settings), otherwise one worker's bump would not reach the others.
"""

from django.core.cache import cache

from website.request_memo import forget, memoised

VERSION_KEY = "content:version"
TIMEOUT = 60 * 60


def version() -> int:
    return memoised(VERSION_KEY, lambda: cache.get_or_set(VERSION_KEY, 1, None))


def bump(**kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)
    forget()


def cache_under(key: str, builder, timeout):
    """The cache's value for ``key``, or ``builder()``'s result, stored there (a versioned key)."""
    value = cache.get(key)
    if value is None:
        value = builder()
        cache.set(key, value, timeout)
    return value


def cached(name: str, builder, timeout: int = TIMEOUT):
    """``builder()``'s result, cached under the current content version (asked once per request)
    and the database's current view restrictions (``visibility.stamp``: no process serves what it
    built before another process restricted a page)."""
    from website import visibility

    return memoised(
        ("content", name), lambda: cache_under(f"content:{version()}:{visibility.stamp()}:{name}", builder, timeout)
    )


def active_locale():
    """The Locale of the active language (the default one if it has none), without a query per request."""
    from django.utils.translation import get_language
    from wagtail.models import Locale

    def build():
        try:
            return Locale.get_active()
        except Locale.DoesNotExist:
            return Locale.get_default()

    return cached(f"locale:{get_language()}", build)


def public(queryset):
    """Like ``PageQuerySet.public()``, decided by the database in the same query (website.visibility)."""
    from website import visibility

    return visibility.public(queryset)
