"""The results page costs a fixed number of SQL queries, whatever the number of results shown."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.factories import PdfDocumentFactory
from website.taxonomy.factories import AudienceFactory, ThemeFactory

pytestmark = pytest.mark.django_db

# The statement (counts, total, ids, theme ids), the ten pages, their snippets, their document
# links, the matching document texts. And one reads the view restrictions afresh
# (website.pages.visibility), never a process's memory. Wagtail's Site lookup comes from the shared
# cache (website.workarounds.site_lookup).
BUDGET = 6


def make_pages(add_page, count, start=0):
    theme = ThemeFactory(name=f"Thema {start}", slug=f"thema-{start}")
    audience = AudienceFactory(name=f"Doelgroep {start}", slug=f"doelgroep-{start}")
    for number in range(start, start + count):
        document = PdfDocumentFactory(title=f"Bijlage {number}", paragraphs=["Inclusie op de werkvloer."])
        page = add_page(f"Inclusie {number}", "Inclusie op de werkvloer.", document=document)
        page.themes.set([theme])
        page.audiences.set([audience])
        page.save_revision().publish()


def count_queries(client, url):
    client.get(url)  # warm caches (site root paths, taxonomy, content version)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.postgresql  # the budget is that of the one-statement results page
def test_results_page_query_count_does_not_grow_with_page_size(client, add_page):
    make_pages(add_page, 2)
    few, response = count_queries(client, "/nl/search/?q=inclusie")
    assert response.content.count(b'class="search-result"') == 2
    make_pages(add_page, 10, start=2)
    many, response = count_queries(client, "/nl/search/?q=inclusie")
    assert response.content.count(b'class="search-result"') == 10
    assert few <= BUDGET, f"{few} queries"
    assert many == few, f"{few} queries for 2 results, {many} for 10"
    filtered, response = count_queries(client, "/nl/search/?q=inclusie&theme=thema-0&audience=doelgroep-0&page=1")
    assert response.content.count(b'class="search-result"') == 2
    assert filtered <= BUDGET, f"{filtered} queries with filters"


# Per engine, for a results page whose pages link documents whose text matched: the view
# restrictions (read afresh), the shown pages by id (the database has the
# last word on what is live and public), the matched documents by id. The engine's one request
# brings the hits, the facet counts, the total, the highlights, the themes and the document
# matches; nothing is asked per result.
ENGINE_BUDGET = {"database": BUDGET, "opensearch": 3}
# The view restrictions and the matched pages' titles, URLs and types.
SUGGEST_BUDGET = 2


def test_results_page_costs_the_same_queries_for_two_or_ten_results_on_each_engine(client, add_page, engine):
    budget = ENGINE_BUDGET[engine.name]
    make_pages(add_page, 2)
    few, response = count_queries(client, "/nl/search/?q=inclusie+werkvloer")
    assert response.content.count(b'class="search-result"') == 2
    make_pages(add_page, 10, start=2)
    many, response = count_queries(client, "/nl/search/?q=inclusie+werkvloer")
    assert response.content.count(b'class="search-result"') == 10
    assert few <= budget, f"{few} queries on {engine.name}"
    assert many == few, f"{few} queries for 2 results, {many} for 10 on {engine.name}"
    filtered, response = count_queries(client, "/nl/search/?q=inclusie&theme=thema-0&audience=doelgroep-0&sort=az")
    assert response.content.count(b'class="search-result"') == 2
    assert filtered <= budget, f"{filtered} queries with filters on {engine.name}"


def test_suggestions_cost_the_same_queries_for_one_or_eight_on_each_engine(client, add_page, engine):
    add_page("Gemeenten en participatie", "Tekst.")
    for number in range(9):
        add_page(f"Werkvloer {number}", "Tekst.")
    client.get("/nl/search/suggest/?q=partic")  # warm: site root paths and content version
    counts = []
    for prefix, expected in (("gemeen", 1), ("werkvl", 8)):
        with CaptureQueriesContext(connection) as queries:
            found = client.get(f"/nl/search/suggest/?q={prefix}").json()["suggestions"]
        assert len(found) == expected
        counts.append(len(queries))
    assert counts[0] == counts[1] <= SUGGEST_BUDGET, f"{counts} queries on {engine.name}"
