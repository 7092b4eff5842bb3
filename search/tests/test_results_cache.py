"""Rendered results are cached per query, filters and page, and publishing shows at once."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import querylog
from search.models import QueryStat
from website.taxonomy.factories import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.SEARCH_CACHE_SECONDS = 300


def titles(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return sorted(a.get_text() for a in html.select(".search-result__title a"))


def full_text_queries(queries):
    return [q["sql"] for q in queries.captured_queries if "@@" in q["sql"] or "ts_headline" in q["sql"]]


def test_a_repeated_search_is_served_from_the_cache(client, add_page):
    add_page("Inclusieve vacatures schrijven", "Een vacature voor iedereen.")
    assert titles(client.get("/nl/search/?q=vacature")) == ["Inclusieve vacatures schrijven"]
    with CaptureQueriesContext(connection) as queries:
        assert titles(client.get("/nl/search/?q=vacature")) == ["Inclusieve vacatures schrijven"]
    assert full_text_queries(queries) == []
    # Counted all the same: the zero-result report sees every search.
    querylog.flush()
    assert QueryStat.objects.get(language="nl", query="vacature").hits == 2


def test_publishing_and_unpublishing_show_at_once(client, add_page):
    add_page("Inclusieve vacatures schrijven", "Een vacature voor iedereen.")
    assert len(titles(client.get("/nl/search/?q=vacature"))) == 1
    second = add_page("Anoniem solliciteren", "Een vacature zonder naam.")
    assert titles(client.get("/nl/search/?q=vacature")) == ["Anoniem solliciteren", "Inclusieve vacatures schrijven"]
    second.unpublish()
    assert titles(client.get("/nl/search/?q=vacature")) == ["Inclusieve vacatures schrijven"]


def test_filters_pages_and_languages_are_cached_apart(client, add_page):
    werk = ThemeFactory(name="Werk", slug="werk")
    tagged = add_page("Vacature met thema", "Een vacature.")
    tagged.themes.set([werk])
    tagged.save_revision().publish()
    add_page("Vacature zonder thema", "Nog een vacature.")
    add_page("Offre d'emploi", "Une vacature en français.", lang="fr")
    assert len(titles(client.get("/nl/search/?q=vacature"))) == 2
    assert titles(client.get("/nl/search/?q=vacature&theme=werk")) == ["Vacature met thema"]
    assert titles(client.get("/fr/search/?q=vacature")) == ["Offre d'emploi"]
    assert len(titles(client.get("/nl/search/?q=vacature"))) == 2


def test_markup_in_the_query_stays_escaped_when_cached(client, add_page):
    add_page("Vacature", "Een vacature.")
    url = "/nl/search/?q=vacature+%3Cscript%3Ealert(1)%3C/script%3E"
    for _ in range(2):
        response = client.get(url)
        assert b"<script>alert(1)" not in response.content
        assert b"&lt;script&gt;" in response.content
