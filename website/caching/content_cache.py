"""The one versioned data cache: values derived from content, kept under a site-wide version.

Anything derived from the page tree or the snippets that many requests need (menus, footer
links, the homes of each language, taxonomy term lists, rendered listings and articles, the list
of private sections) is cached under the current content version. Publishing, unpublishing,
moving or deleting a page, changing who may view it, or saving a snippet shown on pages (themes,
partners, ...) bumps the version (``website.signals``), so a change shows at once without
per-key invalidation; old entries simply expire.

The cache is Django's default cache, which production requires to be shared by every process
of every host (Redis, see settings): one host's bump reaches the others. The version is bumped
at once (this process sees its own change) and again when the transaction commits, so no other
process can keep a value it built from the data before the commit under the new version. After
the commit the HTTP cache in front is purged too (``website.caching.http_cache``).
"""

import hashlib
import time

from django.core.cache import cache
from django.db import transaction
from django.utils.safestring import mark_safe

VERSION_KEY = "content:version"
TIMEOUT = 60 * 60


def version() -> int:
    # Starts from the clock, not 1: if the cache ever loses the key (eviction, a restart), the new
    # version is still newer than any left-over entry, so nothing old is mistaken for current.
    return cache.get_or_set(VERSION_KEY, time.time_ns() // 1000, None)


def _incr() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        version()
        cache.incr(VERSION_KEY)


def _committed() -> None:
    from website.caching import http_cache

    _incr()
    http_cache.purge_site()


def bump(**kwargs) -> None:
    """Something visitors can see changed: new version now, and again (plus a purge) on commit."""
    _incr()
    transaction.on_commit(_committed, robust=True)


def cached(name: str, builder, timeout: int | None = TIMEOUT):
    """``builder()``'s result, cached under the current content version and the database's current
    view restrictions (``visibility.stamp``: no process serves what it built before any process
    restricted a page)."""
    from website.pages import visibility

    key = f"content:{version()}:{visibility.stamp()}:{name}"
    value = cache.get(key)
    if value is None:
        value = builder()
        cache.set(key, value, timeout)
    return value


def query_key(request) -> str:
    """A short, order-independent key for the request's GET parameters."""
    items = sorted((key, value) for key in request.GET for value in request.GET.getlist(key))
    return hashlib.sha1(repr(items).encode()).hexdigest()[:16]


def cached_render(request, name: str, build, timeout: int | None = TIMEOUT):
    """``build()``'s value (rendered HTML, or a dict holding some), cached per ``name``; never in
    previews (they show unsaved edits). ``name`` must include everything the value depends on
    (page id, query string, today's date, ...)."""
    if getattr(request, "is_preview", False):
        return build()
    return cached(f"fragment:{name}", build, timeout)


def cached_fragment(request, name: str, render) -> str:
    """``render()``'s HTML, cached per ``name`` (see ``cached_render``)."""
    return mark_safe(cached_render(request, name, render))


def cached_listing(request, page, build_listing, template="website/includes/facets/listing.html") -> str:
    """A family index's rendered listing (filters, counts, cards, pagination) for this query string.

    ``build_listing()`` makes the FacetedListing; it only runs when the fragment is not cached.
    """
    from django.template.loader import render_to_string

    def render():
        return render_to_string(template, {"listing": build_listing(), "page": page}, request)

    return cached_fragment(request, f"listing:{page.pk}:{query_key(request)}", render)


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


def private_paths() -> tuple[str, ...]:
    """Tree paths of pages with a view restriction, as the database has them now (website.pages.visibility)."""
    from website.pages import visibility

    return visibility.snapshot()["pages"]


def public(queryset):
    """Like ``PageQuerySet.public()``, decided by the database in the same query (website.pages.visibility)."""
    from website.pages import visibility

    return visibility.public(queryset)
