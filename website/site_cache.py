"""Wagtail's Site for a request from the cache instead of a query on every request.

Wagtail looks the Site up by host name and port (a query with two joins) on each request that
renders a page, a menu or a link, and keeps it only on that request. Sites rarely change and
saving or deleting one bumps the content version, so the answer is cached under that version.
"""

import hashlib

from django.http.request import split_domain_port
from wagtail.models import Site

from .content_cache import cached


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The same raw host name Wagtail matches on (the Host header is checked elsewhere), hashed:
        # it is the visitor's text, and cache keys must be short and plain.
        host = split_domain_port(request._get_raw_host())[0]
        key = hashlib.sha1(f"{host}:{request.get_port()}".encode()).hexdigest()
        # Wagtail's Site.find_for_request() uses request._wagtail_site when it is set.
        site = cached(f"site:{key}", lambda: Site._find_for_request(request))
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)
