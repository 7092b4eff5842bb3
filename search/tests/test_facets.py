"""Facets on search results: type, theme and audience, with counts that reflect the query."""

import pytest
from bs4 import BeautifulSoup

from website.taxonomy.factories import ThemeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("engine")]


@pytest.fixture
def tagged(add_tagged_page, terms):
    add_tagged_page("Discriminatie bij verhuur", "Discriminatie op de huurmarkt.", ["wonen"], ["lokale-besturen"])
    add_tagged_page("Discriminatie bij aanwerving", "Discriminatie op de arbeidsmarkt.", ["werk"], ["werkgevers"])
    add_tagged_page(
        "Discriminatie melden", "Hoe meld je discriminatie?", ["wonen", "werk"], ["werkgevers", "lokale-besturen"]
    )
    add_tagged_page("Huurwaarborg", "Over woningen zonder discriminatievrije tekst.", ["wonen"], ["lokale-besturen"])
    return terms


def facet_counts(html, param):
    counts = {}
    for checkbox in html.select(f"input[name={param}]"):
        label = html.select_one(f"label[for={checkbox['id']}]")
        counts[checkbox["value"]] = int(
            label.select_one(".facets__count").get_text(" ", strip=True).strip("( )").split()[0]
        )
    return counts


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(html):
    return sorted(a.get_text() for a in html.select(".search-result__title a"))


def test_counts_reflect_the_query(client, tagged):
    html = get(client, "/nl/search/?q=discriminatie")
    assert facet_counts(html, "theme") == {"wonen": 2, "werk": 2}
    assert facet_counts(html, "audience") == {"werkgevers": 2, "lokale-besturen": 2}
    assert facet_counts(html, "type") == {"standardpage": 3}
    html = get(client, "/nl/search/?q=aanwerving")
    assert facet_counts(html, "theme") == {"werk": 1}


def test_filters_combine(client, tagged):
    html = get(client, "/nl/search/?q=discriminatie&theme=wonen")
    assert titles(html) == ["Discriminatie bij verhuur", "Discriminatie melden"]
    html = get(client, "/nl/search/?q=discriminatie&theme=wonen&audience=werkgevers")
    assert titles(html) == ["Discriminatie melden"]
    # Counts of one facet apply the others' selections, not their own.
    assert facet_counts(html, "theme") == {"wonen": 1, "werk": 2}
    assert html.select_one("input[name=theme][value=wonen]").has_attr("checked")
    html = get(client, "/nl/search/?q=discriminatie&type=standardpage&theme=wonen&theme=werk")
    assert len(titles(html)) == 3


def test_filter_links_keep_the_query(client, tagged):
    html = get(client, "/nl/search/?q=discriminatie&theme=wonen")
    assert html.select_one("form.facets input[name=q]")["value"] == "discriminatie"
    remove = html.select_one(".active-filters a")["href"]
    assert "q=discriminatie" in remove and "theme" not in remove
    assert len(titles(get(client, "/nl/search/" + remove))) == 3


def test_sort_newest_and_relevance(client, tagged):
    html = get(client, "/nl/search/?q=discriminatie&sort=newest")
    assert [a.get_text() for a in html.select(".search-result__title a")][0] == "Discriminatie melden"
    html = get(client, "/nl/search/?q=discriminatie&sort=bogus")
    assert len(titles(html)) == 3


@pytest.mark.postgresql  # SQLite has no relevance ranking
def test_filtered_results_keep_relevance_order_across_pages(client, add_page):
    werk = ThemeFactory(name="Werk", slug="werk")
    for number in range(22):
        # Every other page is tagged; titles with the word rank above texts with it.
        title = f"Vacature {number:02d}" if number % 4 == 0 else f"Tekst {number:02d}"
        page = add_page(title, "Een vacature.")
        if number % 2 == 0:
            page.themes.set([werk])
            page.save_revision().publish()
    first = get(client, "/nl/search/?q=vacature&theme=werk")
    shown = [a.get_text() for a in first.select(".search-result__title a")]
    assert len(shown) == 10
    assert set(shown[:6]) == {f"Vacature {n:02d}" for n in (0, 4, 8, 12, 16, 20)}
    assert facet_counts(first, "theme") == {"werk": 11}
    assert first.select_one(".results-header__count").get_text(strip=True).startswith("11")
    second = get(client, "/nl/search/?q=vacature&theme=werk&page=2")
    last = [a.get_text() for a in second.select(".search-result__title a")]
    assert len(last) == 1 and last[0].startswith("Tekst") and last[0] not in shown
