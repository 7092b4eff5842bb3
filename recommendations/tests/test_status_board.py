"""The recommendations index as a public status board: combined facets with counts, bad
parameters, only live pages of the current locale, and a fixed query budget."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from website.factories import ImageFactory
from website.taxonomy.factories import ThemeFactory

from .conftest import day

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(index_page, make_recommendation, locales):
    wonen = ThemeFactory(name="Wonen", slug="wonen", locale=locales["nl"])
    onderwijs = ThemeFactory(name="Onderwijs", slug="onderwijs", locale=locales["nl"])
    rows = [
        ("huur", [wonen], "vlaams", [(day(2), "overgenomen", "")]),
        ("huur-brussel", [wonen], "brussels", [(day(2), "besproken", "")]),
        ("leraren", [onderwijs], "vlaams", [(day(3), "besproken", "")]),
        ("stages", [onderwijs, wonen], "vlaams", [(day(4), "overgenomen", "")]),
        ("federaal", [onderwijs], "federaal", []),
    ]
    for slug, themes, level, history in rows:
        page = make_recommendation(slug=slug, title=slug.capitalize(), policy_level=level, history=history)
        page.themes.set(themes)
        page.save_revision().publish()
    make_recommendation(slug="concept", title="Concept", publish=False)
    return index_page


def get(client, index, query=""):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(html):
    return sorted(a.get_text() for a in html.select(".listing__results .card__title a"))


def counts(html, param):
    result = {}
    for box in html.select(f'input[name="{param}"]'):
        label = html.find("label", attrs={"for": box["id"]})
        result[box["value"]] = int(label.select_one(".facets__count").get_text().strip("()").split()[0])
    return result


def test_board_lists_live_recommendations_with_their_status(client, board):
    html = get(client, board)
    assert titles(html) == ["Federaal", "Huur", "Huur-brussel", "Leraren", "Stages"]  # not the draft
    card = html.find("a", string="Huur").find_parent("article")
    assert card.select_one(".status-badge--overgenomen")
    summary = {
        tile["class"][1].removeprefix("status-tile--"): int(tile.select_one(".status-tile__count").get_text())
        for tile in html.select(".status-tile")
    }
    assert summary == {
        "verstuurd": 1,
        "besproken": 2,
        "gedeeltelijk-overgenomen": 0,
        "overgenomen": 2,
        "niet-overgenomen": 0,
    }
    # Each tile filters the board on its status, and says which one is chosen.
    assert html.select_one(".status-tile--besproken")["href"] == "?status=besproken"
    filtered = get(client, board, "status=besproken")
    assert filtered.select_one(".status-tile--besproken")["aria-current"] == "true"
    assert len(titles(filtered)) == 2


def test_theme_level_and_status_combine_with_disjunctive_counts(client, board):
    html = get(client, board, "theme=wonen&level=vlaams&status=overgenomen")
    assert titles(html) == ["Huur", "Stages"]
    # Status counts apply theme and level but not the status filter itself.
    assert counts(html, "status")["overgenomen"] == 2
    assert counts(html, "status")["besproken"] == 0
    # Level counts apply theme and status: wonen + overgenomen is only Flemish.
    assert counts(html, "level") == {"vlaams": 2, "brussels": 0, "federaal": 0, "lokaal": 0, "europees": 0}
    assert counts(html, "theme") == {"wonen": 2, "onderwijs": 1}


def test_status_filter_is_repeatable(client, board):
    html = get(client, board, "status=besproken&status=verstuurd")
    assert titles(html) == ["Federaal", "Huur-brussel", "Leraren"]


def test_year_facet_uses_the_date_issued(client, board):
    html = get(client, board, "year=2024")
    assert len(titles(html)) == 5
    assert counts(html, "year") == {"2024": 5}


@pytest.mark.parametrize(
    "query", ["status=bestaat-niet", "level=mars", "page=abc", "page=99999", "year=20x4", "theme=%00", "sort=evil"]
)
def test_bad_parameters_give_the_normal_board(client, board, query):
    html = get(client, board, query)
    assert len(titles(html)) == 5


def test_empty_result_offers_to_clear_filters(client, board):
    html = get(client, board, "theme=wonen&level=federaal")
    assert titles(html) == []
    assert html.select_one(".empty-state a[href='?']")


def test_french_board_lists_french_pages_only(client, board, home_pages, locales, translate_page):
    from recommendations.models import RecommendationPage

    french_index = translate_page(board, locales["fr"], title="Avis politiques", slug="avis")
    translate_page(RecommendationPage.objects.get(slug="huur"), locales["fr"], title="Logement", slug="logement")
    html = get(client, french_index)
    assert html.html["lang"] == "fr"
    assert titles(html) == ["Logement"]
    assert html.select_one("legend").get_text()  # facet legends are translated strings
    assert "Niveau de pouvoir" in [legend.get_text() for legend in html.select("legend")]


def _board_queries(client, index, query):
    client.get(f"{index.url}?{query}")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    return len(queries), BeautifulSoup(response.content, "html.parser")


def test_board_query_budget_does_not_grow_with_results(client, index_page, make_recommendation, locales):
    wonen = ThemeFactory(name="Wonen", slug="wonen", locale=locales["nl"])

    def add(start, count):
        for n in range(start, start + count):
            page = make_recommendation(
                slug=f"advies-{n}",
                history=[(day(5), "besproken", "")],
                listing_image=ImageFactory(title=f"Beeld {n}", width_px=320, height_px=180),
            )
            page.themes.set([wonen])
            page.save_revision().publish()

    query = "theme=wonen&level=vlaams&status=besproken"
    add(0, 2)
    few, _ = _board_queries(client, index_page, query)
    add(2, 18)
    many, html = _board_queries(client, index_page, query)
    assert len(html.select(".listing__results .card-list > li")) == 12
    assert few == many
    assert many <= 15, f"status board used {many} queries"
