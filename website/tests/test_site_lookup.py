"""The site of a request comes from the shared cache, and a change to the sites shows at once."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from website.factories import StandardPageFactory
from website.workarounds.site_lookup import WAGTAIL_ATTRIBUTE, find_site

pytestmark = pytest.mark.django_db


def _site_queries(queries) -> list[str]:
    return [query["sql"] for query in queries if 'FROM "wagtailcore_site"' in query["sql"]]


def test_wagtail_still_takes_the_site_from_the_request_attribute_we_set():
    """Fails on an upgrade that renames Wagtail's per-request memo: our middleware would then
    save nothing (every request would query the sites again)."""
    request = RequestFactory().get("/")
    marker = Site(hostname="marker.invalid")
    setattr(request, WAGTAIL_ATTRIBUTE, marker)
    assert Site.find_for_request(request) is marker


def test_a_page_view_asks_the_database_for_no_site_once_the_lookup_is_cached(client, home_pages, make_page):
    page = make_page(StandardPageFactory, home_pages["nl"], title="Over ons", slug="over-ons")
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    assert _site_queries(queries.captured_queries) == []


def test_a_new_site_for_a_host_is_found_at_once(home_pages, make_page):
    """Saving a Site bumps the content version: the next request finds the new site."""
    other_root = make_page(StandardPageFactory, home_pages["nl"], title="Tweede site", slug="tweede-site")
    request = RequestFactory(HTTP_HOST="tweede.example").get("/")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.conf.settings.ALLOWED_HOSTS", ["*"])
        assert find_site(request).root_page_id == home_pages["nl"].pk  # the default site
        Site.objects.create(hostname="tweede.example", port=80, root_page=other_root)
        assert find_site(RequestFactory(HTTP_HOST="tweede.example").get("/")).root_page_id == other_root.pk
