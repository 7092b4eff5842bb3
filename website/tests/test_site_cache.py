"""The Site of a request comes from the cache; changing a site is seen on the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def site_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in queries.captured_queries if 'FROM "wagtailcore_site"' in q["sql"]]


def test_site_is_looked_up_once_then_cached(client, home_pages):
    url = "/nl/search/?q=werk"
    site_queries(client, url)
    assert site_queries(client, url) == []


def test_saving_a_site_is_seen_at_once(client, home_pages):
    url = "/nl/search/?q=werk"
    site_queries(client, url)
    site = Site.objects.get(is_default_site=True)
    site.site_name = "LEVL vernieuwd"
    site.save()
    assert site_queries(client, url) != []
    assert Site.find_for_request(client.get(url).wsgi_request).site_name == "LEVL vernieuwd"
