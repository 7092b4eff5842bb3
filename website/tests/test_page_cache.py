"""The anonymous page cache: served again without queries, fresh after a publish, never shared
with editors or for responses that belong to one visitor."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

CSRF_VALUE = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]*)"')


def strip_csrf(content: bytes) -> bytes:
    return CSRF_VALUE.sub(b"", content)


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    from django.core.cache import cache

    cache.clear()


def test_second_visit_is_served_from_cache_with_fresh_security_headers(client, home_pages):
    first = client.get("/fr/")
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/fr/")
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert strip_csrf(second.content) == strip_csrf(first.content)
    assert second["Content-Language"] == "fr"
    assert "frame-ancestors 'self'" in second["Content-Security-Policy"]
    assert second["X-Content-Type-Options"] == "nosniff"


def test_publishing_shows_at_once(client, home_pages, make_page):
    about = make_page(StandardPageFactory, home_pages["nl"], title="Over ons", slug="over-ons")
    assert b"Over ons" in client.get("/nl/over-ons/").content
    assert client.get("/nl/over-ons/")["X-Page-Cache"] == "hit"

    about.title = "Over LEVL"
    about.save_revision().publish()
    response = client.get("/nl/over-ons/")
    assert response["X-Page-Cache"] == "miss"
    assert b"<h1>Over LEVL</h1>" in response.content


def test_editors_and_query_strings_bypass_the_cache(client, admin_client, home_pages):
    client.get("/nl/")
    assert client.get("/nl/")["X-Page-Cache"] == "hit"
    # Logged in: the page may carry the editor bar, so it is neither served from nor stored in the cache.
    assert "X-Page-Cache" not in admin_client.get("/nl/")
    # The untranslated notice depends on the query string.
    response = client.get("/nl/?untranslated=1")
    assert "X-Page-Cache" not in response
    assert b'role="status"' in response.content
    assert b'role="status"' not in client.get("/nl/").content


def test_not_found_pages_are_not_cached(client, home_pages):
    assert "X-Page-Cache" not in client.get("/nl/bestaat-niet/")
    assert client.get("/nl/bestaat-niet/").status_code == 404


def test_cached_page_gives_each_visitor_a_working_csrf_token(home_pages):
    """The footer sign-up form must work for a visitor who got the page from the cache."""
    first_visitor, second_visitor = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first = first_visitor.get("/nl/")
    assert first["X-Page-Cache"] == "miss"
    second = second_visitor.get("/nl/")
    assert second["X-Page-Cache"] == "hit"
    tokens = CSRF_VALUE.findall(second.content)
    assert tokens and b"csrf-token" not in second.content
    assert tokens[0] not in CSRF_VALUE.findall(first.content)
    assert "csrftoken" in second.cookies  # the cookie that goes with the token
    form = {"csrfmiddlewaretoken": tokens[0].decode(), "email": "bezoeker@example.org", "language": "nl"}
    response = second_visitor.post("/nl/subscriptions/subscribe/", form)
    assert response.status_code != 403
