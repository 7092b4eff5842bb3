"""The anonymous page cache: served again without queries, fresh after a publish, never shared
with editors or for responses that belong to one visitor."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.content_fixtures import terms  # noqa: F401
from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory
from website import page_cache
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


def page_entries() -> int:
    """Whole-page entries in the (locmem) test cache."""
    return sum(key.startswith(cache.make_key("page:")) for key in cache._cache)


def titles(response) -> list[str]:
    return sorted(a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".card__title a"))


@pytest.fixture
def library(home_pages, make_page, terms):  # noqa: F811
    index = make_page(ToolkitIndexPageFactory, home_pages["nl"], slug="toolkits")

    def toolkit(title, *slugs):
        page = make_page(ToolkitPageFactory, index, title=title, slug=title.lower().replace(" ", "-"))
        page.themes.set([terms[slug] for slug in slugs])
        page.save_revision().publish()

    toolkit("Wonen en werk", "wonen", "werk")
    toolkit("Alleen werk", "werk")
    toolkit("Onderwijs", "onderwijs")
    index.toolkit = toolkit
    return index


def test_filtered_listing_is_one_entry_whatever_the_order_of_the_filters(library):
    first_visitor, second_visitor = Client(), Client()
    before = page_entries()
    first = first_visitor.get("/nl/toolkits/?theme=wonen&theme=onderwijs&sort=az")
    assert first["X-Page-Cache"] == "miss"
    assert titles(first) == ["Onderwijs", "Wonen en werk"]
    with CaptureQueriesContext(connection) as queries:
        second = second_visitor.get("/nl/toolkits/?sort=az&theme=onderwijs&theme=wonen&theme=wonen&audience=")
    assert second["X-Page-Cache"] == "hit" and len(queries) == 0
    assert titles(second) == ["Onderwijs", "Wonen en werk"]
    assert page_entries() == before + 1
    # Other filters are another entry, with their own results.
    other = first_visitor.get("/nl/toolkits/?theme=werk")
    assert other["X-Page-Cache"] == "miss"
    assert titles(other) == ["Alleen werk", "Wonen en werk"]
    assert page_entries() == before + 2


def test_publishing_shows_at_once_in_cached_filtered_listings(client, library):
    url = "/nl/toolkits/?theme=werk"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    library.toolkit("Nieuw over werk", "werk")
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert titles(response) == ["Alleen werk", "Nieuw over werk", "Wonen en werk"]


@pytest.mark.parametrize(
    "query",
    [
        "theme=werk&utm_source=nieuwsbrief",  # a parameter that is not a listing's
        "q=werk",
        "theme=werk&untranslated=1",
        "page=1&page=2",  # the last one wins, so order would matter
        "theme=" + "&theme=".join(["werk"] * 21),  # too many values
        "theme=" + "w" * 600,  # too long
        "theme=%3Cscript%3E",  # not a slug
    ],
)
def test_other_query_strings_are_never_cached(client, library, query):
    before = page_entries()
    for _ in range(2):
        response = client.get(f"/nl/toolkits/?{query}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert page_entries() == before


def test_search_results_are_not_page_cached(client, library):
    for url in ("/nl/search/?q=werk", "/nl/search/?q=werk&theme=werk&type=toolkitpage"):
        client.get(url)
        assert "X-Page-Cache" not in client.get(url)


def test_normalised_query():
    from django.test import RequestFactory

    def normal(query):
        return page_cache.normalised_query(RequestFactory().get(f"/nl/toolkits/?{query}" if query else "/nl/"))

    assert normal("") == ""
    assert (
        normal("theme=b&theme=a&theme=b&year=2024")
        == normal("year=2024&theme=a&theme=b")
        == ("?theme=a&theme=b&year=2024")
    )
    assert normal("theme=&audience=") == "?"  # still not the page without a query string (noindex)
    assert normal("Theme=a") is None
