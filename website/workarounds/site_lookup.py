"""Which Wagtail Site answers a request, read from the shared cache instead of asked per request.

Wagtail looks the site up with one annotated query on every request that builds a page URL
(``Site.find_for_request``): about 4 ms of ORM work at each search, suggestion or page view, for
an answer that changes only when an editor edits the sites. ``SiteLookupMiddleware`` puts the
answer where Wagtail keeps it for the rest of the request, from ``content_cache.cached``: saving
or deleting a Site, or publishing a page, bumps the content version (``website.signals``), so no
process serves a lookup made before the change. It decides no permission: who may see a page is
still asked of the database (``website.pages.visibility``).

Wagtail has no public hook for this: it memoises the lookup in the private request attribute
``_wagtail_site``. ``website/tests/test_site_lookup.py`` fails on an upgrade that stops honouring it.
"""

from django.http.request import split_domain_port
from wagtail.models import Site

from website.caching.content_cache import cached

# Wagtail's own per-request memo (wagtail.models.sites.Site.find_for_request).
WAGTAIL_ATTRIBUTE = "_wagtail_site"


def find_site(request):
    """``Site.find_for_request(request)``'s answer, from the shared cache when it has one."""
    # get_host(): a host outside ALLOWED_HOSTS is refused (400) before it can name a cache key.
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()
    try:
        return cached(f"site-for:{hostname}:{port}", lambda: Site.find_for_request(request))
    except Exception:  # noqa: BLE001 - any cache backend's failure: the cache only saves a query here
        # An unreachable cache must not take the site down with it (/healthz reports it):
        # Wagtail asks the database, as it does without this middleware.
        return Site.find_for_request(request)


class SiteLookupMiddleware:
    """Hands Wagtail the cached site of the request's host before anything asks for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site = find_site(request)
        if site is not None:
            setattr(request, WAGTAIL_ATTRIBUTE, site)
        return self.get_response(request)
