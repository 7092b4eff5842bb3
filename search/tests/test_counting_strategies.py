"""The two ways of counting a search's facets give the same listing.

PostgreSQL counts in one SQL statement (``RankedSearchListing``); other backends count the
matches in memory (``SearchListing``). Visitors must see the same results, counts and order
whichever runs, so both run here on the same pages and requests.
"""

import pytest
from django.test import RequestFactory
from wagtail.models import Locale

from search import query as search_query
from search.listing import RankedSearchListing, SearchListing, search_listing
from search.query import base_queryset, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(add_tagged_page):
    themes = [["wonen"], ["werk"], ["wonen", "werk"], []]
    audiences = [["lokale-besturen"], ["werkgevers"], [], ["werkgevers", "lokale-besturen"]]
    for number in range(14):
        title = f"Discriminatie {number:02d}" if number % 3 == 0 else f"Gids {number:02d}"
        text = "Over discriminatie op de huurmarkt en bij aanwerving." * (1 + number % 4)
        add_tagged_page(title, text, themes[number % 4], audiences[number % 4])


def listings(querystring):
    request = RequestFactory().get("/nl/search/?" + querystring)
    locale_id = Locale.objects.get(language_code="nl").pk
    query = request.GET["q"]
    results = search(query, base_queryset(locale_id))
    in_memory = SearchListing(request, query, results, locale_id=locale_id)
    in_sql = search_listing(request, query, locale_id=locale_id)
    return in_memory, in_sql


def shown(listing):
    counts = {group["facet"].param: {o.value: o.count for o in group["options"]} for group in listing.groups}
    return {
        "total": listing.total,
        "page": listing.page.number,
        "ids": [page.pk for page in listing.page.object_list],
        "counts": counts,
    }


QUERYSTRINGS = [
    "q=discriminatie",
    "q=discriminatie&page=2",
    "q=discriminatie&theme=wonen",
    "q=discriminatie&theme=wonen&theme=werk&audience=werkgevers",
    "q=discriminatie&type=standardpage&audience=lokale-besturen",
    "q=discriminatie&sort=newest&page=2",
    "q=discriminatie&sort=az&theme=werk",
    "q=discriminatie&page=99",
    "q=discriminatie&page=-3",
    "q=discriminatie&theme=onbekend",
    "q=niets-dat-bestaat",
]


@pytest.mark.postgresql  # counting runs in the ranked SQL
def test_sql_and_memory_counting_agree(pages):
    # One loop over one set of pages: building the pages is what costs time here.
    for querystring in QUERYSTRINGS:
        in_memory, in_sql = listings(querystring)
        assert isinstance(in_sql, RankedSearchListing), querystring
        assert shown(in_sql) == shown(in_memory), querystring
        assert shown(in_sql)["total"] > 0 or "niets" in querystring, querystring


@pytest.mark.postgresql  # counting runs in the ranked SQL
def test_sql_counting_counts_every_match(pages, monkeypatch):
    # The in-memory strategy only ever holds the best MAX_MATCHES; the SQL one counts them all.
    monkeypatch.setattr(search_query, "MAX_MATCHES", 3)
    _in_memory, in_sql = listings("q=discriminatie")
    assert in_sql.total == 14
    assert sum(option.count for option in in_sql.groups[0]["options"]) == 14  # by page type
