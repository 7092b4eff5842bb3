"""RSS 2.0 and Atom feeds for any index page that exposes a faceted listing.

Generic over content families: a page joins by having ``get_listing(request)`` that returns a
``website.pages.facets.FacetedListing``. The feed reads the same GET parameters as the page, so
``/feeds/<id>/rss/?theme=wonen`` holds exactly the items ``<index>?theme=wonen`` shows (its first
page, newest first unless ``sort`` says otherwise). Unlike the HTML page, which quietly drops
unknown values so a shared link never breaks, a feed answers 400 with a message for an unknown
value of one of its filters: a feed reader subscribing to a typo would otherwise follow the wrong
items for years. Parameters that are no filter at all (``utm_source`` of a newsletter link, a
tracker's ``fbclid``) are ignored, as the page ignores them.

Items may refine what the feed says about them with optional hooks:
``feed_pubdate`` (a datetime; default ``first_published_at``) and ``feed_author`` (a name).
"""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Page

from website.caching.content_cache import cached, public
from website.pages.params import MAX_VALUES, parse_page

FEED_CLASSES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


class BadFilter(ValueError):
    """A feed URL with a parameter or value the listing does not know."""


def listing_page(page_id: int):
    """The live, public page with this id if it exposes a listing, else ``None``."""

    def build():
        page = public(Page.objects.live().filter(id=page_id)).select_related("locale").specific().first()
        return page if page is not None and hasattr(page, "get_listing") else False

    # Cached under the content version: any publish, move or restriction change refreshes it.
    return cached(f"feed-index:{page_id}", build) or None


def validated_listing(index, request):
    listing = index.get_listing(request)
    params = {facet.param: facet for facet in listing.facets}
    for param in params:
        asked = {value.strip() for value in request.GET.getlist(param)[:MAX_VALUES]}
        wrong = sorted(asked - set(listing.selected[param]))
        if wrong:
            known = ", ".join(listing.known[param]) or "-"
            raise BadFilter(
                _("Unknown value %(values)s for filter %(name)s. Known values: %(known)s.")
                % {"values": ", ".join(value[:50] for value in wrong)[:200], "name": param, "known": known}
            )
    if "sort" in request.GET and request.GET["sort"] != listing.sort:
        raise BadFilter(_("Unknown sort order. Use one of: %(sorts)s.") % {"sorts": ", ".join(dict(listing.sorts))})
    if "page" in request.GET and parse_page(request.GET["page"]) is None:
        raise BadFilter(_("The page parameter must be a whole number."))
    return listing


def _as_datetime(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time(9, 0)))


def build(index, listing, request, kind: str):
    """The feed document (a ``django.utils.feedgenerator`` instance) for this listing page."""
    feed_class = FEED_CLASSES[kind]
    site_name = getattr(settings, "WAGTAIL_SITE_NAME", "")
    title = f"{index.title} · {site_name}"
    if listing.is_filtered:
        chosen = [item["label"] for item in listing.active_filters]
        title = f"{index.title} ({', '.join(chosen)}) · {site_name}"
    query = f"?{listing.querystring()}" if listing.querystring() else ""
    feed = feed_class(
        title=title,
        link=index.get_full_url(request) + query,
        description=index.intro or index.title,
        language=index.locale.language_code,
        feed_url=request.build_absolute_uri(),
        feed_guid=request.build_absolute_uri(),
    )
    for item in listing.page.object_list:
        url = item.get_full_url(request)
        pubdate = _as_datetime(getattr(item, "feed_pubdate", None) or item.first_published_at)
        feed.add_item(
            title=item.title,
            link=url,
            unique_id=url,
            unique_id_is_permalink=True,
            description=item.intro or item.title,
            pubdate=pubdate,
            updateddate=item.last_published_at or pubdate,
            categories=[term.name for term in item.get_localised_themes()],
            author_name=getattr(item, "feed_author", None) or site_name,
        )
    return feed


def feed_links(page, listing=None, request=None) -> list[dict]:
    """``<link rel="alternate">`` data for a listing page, carrying the listing's (cleaned) filters.

    Pages that render their listing from a cached fragment pass no listing: their own query
    string (less the page number) is used, and the feed view validates it like any feed URL.
    """
    if not hasattr(page, "get_listing") or not getattr(page, "pk", None):
        return []
    if listing is not None:
        query = listing.querystring()
    elif request is not None:
        params = request.GET.copy()
        params.pop("page", None)
        query = params.urlencode()
    else:
        query = ""
    suffix = f"?{query}" if query else ""
    return [
        {
            "type": "application/rss+xml",
            "title": f"{page.title} (RSS)",
            "href": reverse("feed", args=[page.pk, "rss"]) + suffix,
        },
        {
            "type": "application/atom+xml",
            "title": f"{page.title} (Atom)",
            "href": reverse("feed", args=[page.pk, "atom"]) + suffix,
        },
    ]
