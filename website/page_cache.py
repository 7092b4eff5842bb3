"""Whole-page cache for anonymous visitors, invalidated by the content version.

Most visitors are anonymous and read the same published pages, so a rendered page is kept and
served again until something a visitor can see changes: publishing, unpublishing, moving or
deleting a page, a view restriction, an image or a taxonomy term bumps a version that is part
of the key (see ``content_cache``), so a change shows at once on every worker without purging
keys one by one. ``PAGE_CACHE_SECONDS`` bounds how long anything else (e.g. a snippet that does
not bump the version) can stay stale; 0 switches the cache off (development, tests).

Only what is safe to share is stored: GET requests without a session/message cookie, answered
200 with HTML, that set no cookie (a CSRF token or a session written for this visitor sets one),
did not use a CSP nonce (the nonce must differ per response) and did not ask not to be cached.
Reading the empty session of a cookieless visitor (``Vary: Cookie``) is harmless. The middleware
sits inside the security, CSP and CSRF middleware, so every cached answer still gets fresh
security headers, and a CSRF token (and cookie) of its own visitor.

A query string is cached only when it holds nothing but listing parameters (``LISTING_PARAMS``:
the facets, ``sort`` and ``page``) with slug-like values, at most ``MAX_QUERY_VALUES`` of them
and ``MAX_QUERY_LENGTH`` characters. It is keyed in a normal form (names and values sorted,
duplicates and empty values dropped), so ``?theme=a&theme=b`` and ``?theme=b&theme=a`` share one
entry. Anything else (``q`` of the search page, ``utm_*``, ``untranslated``, unknown names) is
never cached, so random URLs cannot fill the cache.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from . import content_cache, csrf_placeholder
from .taxonomy import lookup

EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/static/", "/media/", "/django-admin/")
UNCACHEABLE_CACHE_CONTROL = {"private", "no-cache", "no-store"}
# Headers that belong to one response only; the outer middleware sets security headers afresh.
SKIPPED_HEADERS = {"set-cookie", "content-security-policy", "content-security-policy-report-only"}


# GET parameters of the faceted listings (website/facets.py and the family indexes).
LISTING_PARAMS = frozenset(
    {"theme", "audience", "region", "sector", "year", "level", "status", "type", "period", "sort", "page"}
)
# Read with GET.get(), where the last value wins: sorting several of them would change the page.
SINGLE_VALUED = {"sort", "page"}
MAX_QUERY_VALUES = 20
MAX_QUERY_LENGTH = 512
LISTING_VALUE = re.compile(r"[A-Za-z0-9_-]{1,80}")


def normalised_query(request) -> str | None:
    """``""`` without a query string, ``"?name=value&..."`` in a normal form for a listing query
    string, ``None`` when the query string must not be cached."""
    if not request.META.get("QUERY_STRING"):
        return ""
    if len(request.META["QUERY_STRING"]) > MAX_QUERY_LENGTH or not set(request.GET) <= LISTING_PARAMS:
        return None
    parts, count = [], 0
    for name in sorted(request.GET):
        values = request.GET.getlist(name)
        count += len(values)
        if count > MAX_QUERY_VALUES or (name in SINGLE_VALUED and len(values) > 1):
            return None
        kept = sorted({value for value in values if value})
        if not all(LISTING_VALUE.fullmatch(value) for value in kept):
            return None
        parts += [f"{name}={value}" for value in kept]
    # Even "?" alone differs from no query string: a page with one is marked noindex.
    return "?" + "&".join(parts)


def _key(request, query: str) -> str:
    versions = cache.get_many([content_cache.VERSION_KEY, lookup.VERSION_KEY])
    raw = "|".join(
        (
            str(versions.get(content_cache.VERSION_KEY) or content_cache.version()),
            str(versions.get(lookup.VERSION_KEY) or lookup._version()),
            request.get_host(),
            request.path,
            query,
        )
    )
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


def _request_is_cacheable(request) -> bool:
    return (
        request.method == "GET"
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _response_is_cacheable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    cache_control = {part.split("=")[0].strip().lower() for part in response.get("Cache-Control", "").split(",")}
    if cache_control & UNCACHEABLE_CACHE_CONTROL:
        return False
    # A template used request.csp_nonce: the page only works with this response's nonce.
    return not isinstance(getattr(request, "_csp_nonce", None), str)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = settings.PAGE_CACHE_SECONDS
        if not timeout or not _request_is_cacheable(request):
            return self.get_response(request)
        query = normalised_query(request)
        if query is None:
            return self.get_response(request)
        key = _key(request, query)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            # Forms on every page (the newsletter sign-up in the footer) carry a CSRF token that
            # belongs to one visitor: each visitor gets their own (and, through get_token(), the
            # cookie that CsrfViewMiddleware outside this one sets).
            content = csrf_placeholder.with_token(content.decode(), request).encode()
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _response_is_cacheable(request, response):
            headers = [(name, value) for name, value in response.items() if name.lower() not in SKIPPED_HEADERS]
            content = csrf_placeholder.without_token(response.content.decode()).encode()
            cache.set(key, (response.status_code, headers, content), timeout)
            response["X-Page-Cache"] = "miss"
        return response
