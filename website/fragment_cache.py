"""Rendered HTML of the costly part of a page, cached under the content and taxonomy versions.

Listings and detail pages only change when something is published, unpublished, moved or deleted
(content version) or a taxonomy term changes (taxonomy version), so their rendered main part can
be reused until then. Previews are never cached: they show unsaved edits.
"""

import hashlib

from django.utils.safestring import mark_safe

from website.content_cache import TIMEOUT, cached
from website.taxonomy.lookup import _version as taxonomy_version


def query_key(request) -> str:
    """A short, order-independent key for the request's GET parameters."""
    items = sorted((key, value) for key in request.GET for value in request.GET.getlist(key))
    return hashlib.sha1(repr(items).encode()).hexdigest()[:16]


def cached_render(request, name: str, build, timeout: int = TIMEOUT):
    """``build()``'s value (rendered HTML, or a dict holding some), cached per ``name`` under the
    content and taxonomy versions; never in previews. ``name`` must include everything the value
    depends on (page id, query string, today's date, ...)."""
    if getattr(request, "is_preview", False):
        return build()
    return cached(f"fragment:{taxonomy_version()}:{name}", build, timeout)


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
