"""Query statistics: counted without a write per search, reported per language in the admin."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import querylog
from search.models import QueryStat

pytestmark = pytest.mark.django_db


def test_searches_are_buffered_then_written_with_zero_result_counts(client, add_page):
    add_page("Onderwijs en diversiteit", "Tekst.")
    with CaptureQueriesContext(connection) as queries:
        for url in (
            "/nl/search/?q=Onderwijs",
            "/nl/search/?q=onderwijs",
            "/nl/search/?q=zwembad",
            "/fr/search/?q=école",
        ):
            assert client.get(url).status_code == 200
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert writes == []
    assert QueryStat.objects.count() == 0

    assert querylog.flush() == 4
    stats = {(s.language, s.query): (s.hits, s.zero_hits) for s in QueryStat.objects.all()}
    assert stats == {("nl", "onderwijs"): (2, 0), ("nl", "zwembad"): (1, 1), ("fr", "école"): (1, 1)}
    client.get("/nl/search/?q=zwembad")
    querylog.flush()
    assert QueryStat.objects.get(language="nl", query="zwembad").hits == 2


def test_buffer_flushes_by_itself_when_full(client, add_page, monkeypatch):
    monkeypatch.setattr(querylog, "FLUSH_SIZE", 3)
    for word in ("een", "twee", "drie"):
        client.get(f"/nl/search/?q={word}")
    assert QueryStat.objects.count() == 3
    assert querylog.pending() == 0


def test_empty_queries_are_not_logged(client, home_pages):
    client.get("/nl/search/?q=")
    client.get("/nl/search/?q=%20")
    assert querylog.flush() == 0


def test_admin_report_lists_frequent_and_zero_result_queries_per_language(admin_client, add_page):
    add_page("Werk", "Tekst.")
    for url in ("/nl/search/?q=werk", "/nl/search/?q=werk", "/nl/search/?q=zwembad", "/fr/search/?q=piscine"):
        admin_client.get(url)
    response = admin_client.get("/admin/reports/search-terms/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    tables = html.select("table")
    nl_frequent, nl_missing, fr_frequent, fr_missing = (
        [[td.get_text() for td in tr.select("td")] for tr in table.select("tbody tr")] for table in tables[:4]
    )
    assert nl_frequent == [["werk", "2", "0"], ["zwembad", "1", "1"]]
    assert nl_missing == [["zwembad", "1", "1"]]
    assert fr_missing == [["piscine", "1", "1"]]


def test_report_needs_admin(client, home_pages):
    assert client.get("/admin/reports/search-terms/").status_code == 302
