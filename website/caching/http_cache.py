"""What the HTTP cache in front (Varnish, ``deploy/varnish/default.vcl``) may keep, and its purge.

Anonymous page views are the same for everyone, so they are answered ``public`` with an
``s-maxage`` for the shared cache (``HTTP_CACHE_SECONDS``) and a ``stale-while-revalidate``
window (``HTTP_CACHE_STALE_SECONDS``) in which Varnish may answer from its copy while it fetches a
new one; browsers keep nothing (``max-age=0``). Publishing bans the whole site from Varnish at
once, so the lifetime only bounds what no signal reports.

A response is ``private, no-store`` when it belongs to one visitor: a logged-in user, a response
that sets a cookie or used the CSRF token (a form that posts with a token), a session or message
cookie on the request, anything but GET/HEAD, and everything under the admin. A view that set its
own ``Cache-Control`` (``never_cache``, images' one-year header) keeps it.

The middleware is the outermost one, so it sees the cookies every other middleware set.
"""

import logging

from django.conf import settings
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

PRIVATE_PREFIXES = ("/admin/", "/django-admin/")
# Redirects are left out: the language redirect of "/" depends on Accept-Language and a cookie.
CACHEABLE_STATUS = {200, 203, 404, 410}


def _personal(request, response) -> bool:
    if request.method not in ("GET", "HEAD") or request.path.startswith(PRIVATE_PREFIXES):
        return True
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class HttpCacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _personal(request, response):
            if not response.has_header("Cache-Control") or "public" in response["Cache-Control"]:
                response["Cache-Control"] = "private, no-store"
            return response
        seconds = settings.HTTP_CACHE_SECONDS
        if response.has_header("Cache-Control") or response.status_code not in CACHEABLE_STATUS:
            return response
        if not seconds or response.streaming:
            patch_cache_control(response, no_cache=True)
            return response
        options = {"public": True, "max_age": 0, "s_maxage": seconds}
        if settings.HTTP_CACHE_STALE_SECONDS:
            options["stale_while_revalidate"] = settings.HTTP_CACHE_STALE_SECONDS
        patch_cache_control(response, **options)
        return response


def site_urls() -> list[str]:
    """One URL per configured site root: a purge of ``/`` bans everything Varnish holds for it."""
    from wagtail.models import Site

    return sorted({f"{site.root_url}/" for site in Site.objects.all()} or {f"{settings.WAGTAILADMIN_BASE_URL}/"})


def purge_site() -> None:
    """Ban every page from the HTTP cache through wagtail.contrib.frontend_cache's backends.

    The whole site, not the changed page's URL: a published page also shows in listings, menus,
    theme hubs, the home page, feeds and search results. The VCL treats ``PURGE /path`` as a ban
    of every URL under ``/path``. Sent directly after the commit (not as a background task) so
    the next visitor already gets the new page.
    """
    from wagtail.contrib.frontend_cache.utils import get_backends

    backends = get_backends()
    if not backends:
        return
    urls = site_urls()
    for name, backend in backends.items():
        logger.info("[%s] banning %s", name, ", ".join(urls))
        backend.purge_batch(urls)
