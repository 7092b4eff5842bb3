"""Theme hubs: every content family on one theme, filterable by audience and type, with counts."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from practices.factories import PracticeIndexPageFactory, PracticePageFactory
from tests.fixtures import count_queries
from themes.factories import ThemeIndexPageFactory, ThemePageFactory
from themes.models import ThemeIndexPage, ThemePage
from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory
from toolkits.models import ToolkitIndexPage
from website.factories import ImageFactory, StandardPageFactory
from website.models import HomePage

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def hubs(home_pages, make_page, terms, translate_page):
    index = make_page(ThemeIndexPageFactory, home_pages["nl"], title="Thema's", slug="themas")
    werk = make_page(ThemePageFactory, index, title="Werk", slug="werk", theme=terms["werk"])
    make_page(ThemePageFactory, index, title="Wonen", slug="wonen", theme=terms["wonen"])
    translate_page(index, home_pages["fr"].locale, title="Thèmes", slug="themes")
    translate_page(werk, home_pages["fr"].locale, title="Emploi", slug="emploi")
    return index


def tag(page, themes=(), audiences=()):
    page.themes.set(themes)
    page.audiences.set(audiences)
    page.save_revision().publish()
    return page


@pytest.fixture
def content(home_pages, make_page, terms):
    toolkits = make_page(ToolkitIndexPageFactory, home_pages["nl"])
    practices = make_page(PracticeIndexPageFactory, home_pages["nl"])
    tag(
        make_page(ToolkitPageFactory, toolkits, title="Toolkit werk", slug="tw"), [terms["werk"]], [terms["werkgevers"]]
    )
    tag(
        make_page(ToolkitPageFactory, toolkits, title="Toolkit wonen", slug="two"),
        [terms["wonen"]],
        [terms["werkgevers"]],
    )
    tag(
        make_page(PracticePageFactory, practices, title="Praktijk werk", slug="pw"),
        [terms["werk"]],
        [terms["lokale-besturen"]],
    )
    tag(make_page(StandardPageFactory, home_pages["nl"], title="Over werk", slug="over-werk"), [terms["werk"]])


def test_creation_rules(home_pages):
    assert ThemeIndexPage in HomePage.allowed_subpage_models()
    assert ThemeIndexPage.allowed_subpage_models() == [ThemePage]
    assert ThemePage.allowed_parent_page_models() == [ThemeIndexPage]


def test_one_hub_per_theme(hubs, terms):
    duplicate = ThemePage(title="Nog eens werk", slug="werk-2", theme=terms["werk"])
    hubs.add_child(instance=duplicate)
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_hub_lists_every_content_type_on_its_theme_filterable_by_audience_and_type(client, hubs, content):
    html = soup(client.get("/nl/themas/werk/"))
    assert sorted(a.get_text() for a in html.select(".card__title a")) == ["Praktijk werk", "Toolkit werk"]
    kinds = {i["value"]: i.find_next("label").get_text(" ", strip=True) for i in html.select("input[name=type]")}
    assert kinds["toolkitpage"].startswith("Toolkits (1") and kinds["practicepage"].startswith("Goede praktijken (1")
    assert sorted(c.get_text() for c in html.select(".card__kind")) == ["Goede praktijk", "Toolkit"]

    html = soup(client.get("/nl/themas/werk/?audience=werkgevers"))
    assert [a.get_text() for a in html.select(".card__title a")] == ["Toolkit werk"]
    html = soup(client.get("/nl/themas/werk/?type=practicepage&type=bogus"))
    assert [a.get_text() for a in html.select(".card__title a")] == ["Praktijk werk"]


def test_hub_overview_shows_counts_and_french_hub_lists_french_pages_only(client, hubs, content):
    html = soup(client.get("/nl/themas/"))
    cards = {c.a.get_text(): c.select_one(".hub-count").get_text(strip=True) for c in html.select(".card")}
    assert cards == {"Werk": "2 items", "Wonen": "1 item"}
    html = soup(client.get("/fr/themes/emploi/"))
    assert html.html["lang"] == "fr"
    assert html.select(".card") == []  # nothing translated into French yet
    assert html.select_one(".empty-state")


@pytest.mark.parametrize("query", ["audience=x", "type=%27;drop", "page=abc", "page=-1", "year=1"])
def test_hub_bad_parameters(client, hubs, content, query):
    response = client.get(f"/nl/themas/werk/?{query}")
    assert response.status_code == 200
    assert len(soup(response).select(".card")) == 2


def test_hub_query_budget_does_not_grow_with_results(client, hubs, home_pages, make_page, terms):
    toolkits = make_page(ToolkitIndexPageFactory, home_pages["nl"])
    image = ImageFactory(title="Kaart")
    counts = []
    for n, start in ((2, 0), (20, 2)):
        for i in range(start, n):
            tag(
                make_page(ToolkitPageFactory, toolkits, slug=f"t{i}", listing_image=image),
                [terms["werk"]],
                [terms["werkgevers"]],
            )
        count, response = count_queries(
            client, "/nl/themas/werk/?audience=werkgevers&type=toolkitpage&year=2020&year=2026"
        )
        counts.append(count)
    assert counts[0] == counts[1] <= 15, counts


def test_filtered_hub_is_rendered_once_until_the_next_publish(client, hubs, content, home_pages, make_page, terms):
    url = "/nl/themas/werk/?audience=werkgevers&type=toolkitpage"
    assert [a.get_text() for a in soup(client.get(url)).select(".card__title a")] == ["Toolkit werk"]

    building = mock.Mock(side_effect=AssertionError("the hub listing was built again, not read from the cache"))
    with mock.patch("website.pages.facets.FacetedListing", building):
        again = soup(client.get("/nl/themas/werk/?type=toolkitpage&audience=werkgevers"))
    assert [a.get_text() for a in again.select(".card__title a")] == ["Toolkit werk"]
    assert [c.get_text() for c in again.select(".card__kind")] == ["Toolkit"]

    toolkits = ToolkitIndexPage.objects.get()
    tag(
        make_page(ToolkitPageFactory, toolkits, title="Nieuwe toolkit", slug="nt"),
        [terms["werk"]],
        [terms["werkgevers"]],
    )
    titles = sorted(a.get_text() for a in soup(client.get(url)).select(".card__title a"))
    assert titles == ["Nieuwe toolkit", "Toolkit werk"]
