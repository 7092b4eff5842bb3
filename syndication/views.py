"""Sitemap, robots.txt and RSS/Atom feeds: the site's content, readable by machines."""

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotFound
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from website.no_language_redirect import no_language_redirect

from . import feeds, sitemap


@require_safe
@cache_control(max_age=600, public=True)
def sitemap_view(request):
    return HttpResponse(sitemap.sitemap_xml(), content_type="application/xml; charset=utf-8")


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        # Filtered listings carry <meta name="robots" content="noindex">; they stay crawlable so
        # crawlers can read that instruction. The admin and the API are not pages to index.
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@no_language_redirect
@require_safe
def feed_view(request, page_id: int, kind: str):
    index = feeds.listing_page(page_id) if kind in feeds.FEED_CLASSES else None
    if index is None:
        return HttpResponseNotFound(_("No feed here."), content_type="text/plain; charset=utf-8")
    with translation.override(index.locale.language_code):
        try:
            listing = feeds.validated_listing(index, request)
        except feeds.BadFilter as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        document = feeds.build(index, listing, request, kind)
    response = HttpResponse(content_type=f"{document.content_type}")
    document.write(response, "utf-8")
    response["Cache-Control"] = "public, max-age=300"
    return response
