"""Whatever arrives in the query string: never a 500, never unescaped output."""

import pytest
from bs4 import BeautifulSoup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("engine")]


@pytest.fixture
def page(add_page):
    return add_page("Discriminatie op de huurmarkt", "Praktijktesten tonen discriminatie bij verhuur.")


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, BeautifulSoup(response.content, "html.parser")


def test_empty_query_shows_help_and_no_results_list(client, page):
    for url in ("/nl/search/", "/nl/search/?q=", "/nl/search/?q=%20%20%09%0A"):
        _response, html = get(client, url)
        assert html.select_one(".search__empty")
        assert not html.select(".search-results")
        assert not html.select(".results-header__count")


def test_long_query_is_capped_before_the_engine(client, page):
    _response, html = get(client, "/nl/search/?q=" + "discriminatie " * 800)
    assert html.select_one(".search__notice")
    assert len(html.select_one("#search-page-q")["value"]) <= 200
    assert html.select(".search-result")


@pytest.mark.parametrize(
    "query",
    [
        '"discriminatie',
        'discriminatie"',
        "'",
        "discriminatie & | ! ( ) : * < >",
        "discriminatie OR 1=1",
        "'; DROP TABLE wagtailcore_page; --",
        "1' UNION SELECT password FROM auth_user --",
        "\\",
        "!!!",
        "-discriminatie",
        "discriminatie:*",
        "live:false",
        "%00",
        "\x00\x01",
        "ö" * 300,
        "🙂 discriminatie",
    ],
)
def test_quotes_operators_and_sql_fragments(client, page, query):
    from wagtail.models import Page

    response = client.get("/nl/search/", {"q": query})
    assert response.status_code == 200
    assert Page.objects.filter(pk=page.pk).exists()


def test_phrase_in_quotes(client, page, add_page):
    add_page("Verhuur en discriminatie", "Bij verhuur komt discriminatie voor.")
    _response, html = get(client, '/nl/search/?q="discriminatie op de huurmarkt"')
    assert [a.get_text() for a in html.select(".search-result__title a")] == ["Discriminatie op de huurmarkt"]


def test_html_in_query_is_escaped_everywhere(client, page):
    attack = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    response, html = get(client, "/nl/search/?" + __import__("urllib.parse").parse.urlencode({"q": attack}))
    body = response.content.decode()
    assert "<script>alert(1)" not in body
    assert "<img src=x" not in body
    assert "&lt;script&gt;" in html.title.decode_contents()
    assert "&lt;script&gt;" in html.h1.decode_contents()
    assert attack.replace('"', "").strip("<>") not in body
    assert html.select_one(".search__none")
    assert "<script>" in html.select_one(".search__none").get_text()


@pytest.mark.parametrize("page_param", ["abc", "-1", "0", "999999", "1.5", "%00", "9" * 50])
def test_bad_page_numbers(client, page, page_param):
    _response, html = get(client, f"/nl/search/?q=discriminatie&page={page_param}")
    assert [a.get_text() for a in html.select(".search-result__title a")] == ["Discriminatie op de huurmarkt"]


def test_unknown_facet_values_are_ignored(client, page):
    _response, html = get(
        client,
        "/nl/search/?q=discriminatie&type=bestaatniet&theme=%3Cscript%3E&audience=x&audience=&theme=" + "a" * 500,
    )
    assert [a.get_text() for a in html.select(".search-result__title a")] == ["Discriminatie op de huurmarkt"]
    assert "<script>" not in html.select_one("main").decode_contents().replace("&lt;script&gt;", "")


def test_repeated_and_array_parameters(client, page):
    _response, html = get(client, "/nl/search/?q=discriminatie&q=wonen&q[]=x&page=1&page=2")
    assert html.select_one(".results-header__count")


def test_post_is_refused_politely(client, page):
    assert client.post("/nl/search/", {"q": "x"}).status_code == 405
