"""The home page leads in: ways in by audience and theme, featured toolkits, the latest
recommendations with their status, and one newsletter call to action."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from recommendations.factories import RecommendationIndexPageFactory, RecommendationPageFactory, StatusChangeFactory
from themes.factories import ThemeIndexPageFactory, ThemePageFactory
from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory
from website.demo.helpers import translated_rows
from website.factories import StandardPageFactory
from website.models import HomeAudienceLink, HomeFeaturedItem

pytestmark = pytest.mark.django_db


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _featured_titles(client, url):
    return [a.get_text() for a in _soup(client, url).select("#featured-heading + .card-list .card__title a")]


@pytest.fixture
def library(home_pages, make_page):
    index = make_page(ToolkitIndexPageFactory, home_pages["nl"])
    toolkits = [make_page(ToolkitPageFactory, index, title=f"Toolkit {n}", slug=f"toolkit-{n}") for n in range(5)]
    return index, toolkits


def _feature(home, pages):
    for order, page in enumerate(pages):
        HomeFeaturedItem.objects.create(home=home, page=page, sort_order=order, locale=home.locale)
    home.save_revision().publish()


def test_featured_toolkits_in_the_editors_order_and_only_visible_ones(client, home_pages, library, make_page):
    index, toolkits = library
    draft = make_page(ToolkitPageFactory, index, title="Concept", slug="concept", publish=False, live=False)
    PageViewRestriction.objects.create(page=toolkits[1], restriction_type=PageViewRestriction.LOGIN)
    _feature(home_pages["nl"], [toolkits[3], toolkits[1], draft, toolkits[0]])
    # The restricted pick and the draft leave their slots to the latest toolkits not yet shown.
    assert _featured_titles(client, "/nl/") == ["Toolkit 3", "Toolkit 0", "Toolkit 4", "Toolkit 2"]


def test_without_picks_the_latest_toolkits_are_featured(client, home_pages, library):
    assert _featured_titles(client, "/nl/") == ["Toolkit 4", "Toolkit 3", "Toolkit 2"]


def test_only_toolkits_can_be_featured(home_pages, library, make_page):
    about = make_page(StandardPageFactory, home_pages["nl"], title="Over ons", slug="over-ons")
    item = HomeFeaturedItem(home=home_pages["nl"], page=about, locale=home_pages["nl"].locale)
    with pytest.raises(ValidationError):
        item.clean()
    HomeFeaturedItem(home=home_pages["nl"], page=library[1][0], locale=home_pages["nl"].locale).clean()


def test_featured_toolkits_follow_the_home_into_french(client, home_pages, library, translate_page, locales):
    index, toolkits = library
    translate_page(index, locales["fr"], title="Boîtes à outils", slug="boites-a-outils")
    french = translate_page(toolkits[2], locales["fr"], title="Boîte à outils deux", slug="boite-deux")
    _feature(home_pages["nl"], [toolkits[2]])
    translate_page(home_pages["nl"], locales["fr"], title="Construire ensemble", slug="home", hero_message="Chacun.")
    assert _featured_titles(client, "/fr/") == [french.title]


def test_a_pick_without_a_translation_leaves_its_slot_to_the_latest_toolkit_of_that_language(
    client, home_pages, library, translate_page, locales
):
    """The demo's French home showed two featured toolkits where the Dutch one shows three."""
    index, toolkits = library
    translate_page(index, locales["fr"], title="Boîtes à outils", slug="boites-a-outils")
    deux = translate_page(toolkits[2], locales["fr"], title="Boîte à outils deux", slug="boite-deux")
    quatre = translate_page(toolkits[4], locales["fr"], title="Boîte à outils quatre", slug="boite-quatre")
    _feature(home_pages["nl"], [toolkits[2], toolkits[0], toolkits[1]])
    translate_page(home_pages["nl"], locales["fr"], title="Construire ensemble", slug="home", hero_message="Chacun.")
    assert _featured_titles(client, "/nl/") == ["Toolkit 2", "Toolkit 0", "Toolkit 1"]
    assert _featured_titles(client, "/fr/") == [deux.title, quatre.title]  # all French toolkits there are


def test_audience_ways_in_open_the_filtered_listing_in_the_visitors_language(
    client, home_pages, library, terms, translate_page, locales
):
    index, toolkits = library
    toolkits[0].audiences.set([terms["werkgevers"]])
    toolkits[0].save_revision().publish()
    home = home_pages["nl"]
    HomeAudienceLink.objects.create(
        home=home, label="Ik ben werkgever", audience=terms["werkgevers"], listing_page=index, locale=home.locale
    )
    home.save_revision().publish()
    link = _soup(client, "/nl/").select_one(".entry-points a")
    assert (link.get_text(), link["href"]) == ("Ik ben werkgever", "/nl/toolkits/?audience=werkgevers")
    listing = _soup(client, link["href"])
    assert [a.get_text() for a in listing.select(".card__title a")] == ["Toolkit 0"]

    translate_page(index, locales["fr"], title="Boîtes à outils", slug="boites-a-outils")
    rows = translated_rows(list(home.audience_links.all()), "label", ["Je suis employeur"])
    translate_page(home, locales["fr"], title="Construire", slug="home", hero_message="Chacun.", audience_links=rows)
    link = _soup(client, "/fr/").select_one(".entry-points a")
    assert (link.get_text(), link["href"]) == ("Je suis employeur", "/fr/boites-a-outils/?audience=werkgevers")


def test_a_way_in_to_a_private_listing_is_left_out(client, home_pages, library, terms):
    index, _ = library
    home = home_pages["nl"]
    HomeAudienceLink.objects.create(
        home=home, label="Ik ben werkgever", audience=terms["werkgevers"], listing_page=index, locale=home.locale
    )
    home.save_revision().publish()
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert _soup(client, "/nl/").select(".entry-points a") == []


def test_theme_ways_in_lead_to_the_theme_hubs(client, home_pages, make_page, terms):
    themes = make_page(ThemeIndexPageFactory, home_pages["nl"])
    for slug in ("wonen", "werk"):
        make_page(ThemePageFactory, themes, title=terms[slug].name, slug=slug, theme=terms[slug])
    tiles = _soup(client, "/nl/").select(".home-themes .theme-tile")
    assert [(tile.select_one(".theme-tile__name").get_text(), tile["href"]) for tile in tiles] == [
        ("Wonen", "/nl/themas/wonen/"),
        ("Werk", "/nl/themas/werk/"),
    ]
    assert "theme-tile--teal" in tiles[0]["class"]


def test_latest_recommendations_show_their_status_badge(client, home_pages, make_page):
    board = make_page(RecommendationIndexPageFactory, home_pages["nl"])
    older = make_page(RecommendationPageFactory, board, title="Ouder advies", date_issued=datetime.date(2023, 1, 10))
    newer = make_page(RecommendationPageFactory, board, title="Nieuw advies", date_issued=datetime.date(2024, 5, 2))
    StatusChangeFactory(page=newer, status="overgenomen", date=datetime.date(2024, 9, 1))
    newer.save_revision().publish()
    section = _soup(client, "/nl/").select_one(".home-recommendations")
    cards = section.select(".recommendation-card")
    assert [card.select_one(".card__title").get_text() for card in cards] == [newer.title, older.title]
    badge = cards[0].select_one(".status-badge")
    assert "status-badge--overgenomen" in badge["class"]
    assert "Overgenomen" in badge.get_text()
    assert section.select_one(".section__more a")["href"] == "/nl/beleidsadviezen/"


def test_one_newsletter_call_to_action_on_the_home_page(client, home_pages, make_page):
    home_html = _soup(client, "/nl/")
    assert len(home_html.select("form.signup")) == 1
    assert home_html.select_one(".site-footer form.signup") is None
    # Elsewhere the footer keeps its form.
    make_page(StandardPageFactory, home_pages["nl"], title="Over ons", slug="over-ons")
    assert len(_soup(client, "/nl/over-ons/").select(".site-footer form.signup")) == 1


def test_editors_pick_toolkits_and_listings_in_the_home_page_editor(admin_client, home_pages, library):
    response = admin_client.get(f"/admin/pages/{home_pages['nl'].pk}/edit/")
    assert response.status_code == 200
    formsets = response.context["form"].formsets
    featured = formsets["featured_items"].empty_form.fields["page"].widget
    listing = formsets["audience_links"].empty_form.fields["listing_page"].widget
    assert [model._meta.label for model in featured.target_models] == ["toolkits.ToolkitPage"]
    assert {model._meta.label for model in listing.target_models} == {
        "toolkits.ToolkitIndexPage",
        "practices.PracticeIndexPage",
    }


def test_every_section_filled_keeps_the_home_page_query_budget(client, home_pages, library, make_page, terms):
    from tests.fixtures import count_queries

    before, _ = count_queries(client, "/nl/")
    index, toolkits = library
    home = home_pages["nl"]
    HomeAudienceLink.objects.create(
        home=home, label="Ik ben werkgever", audience=terms["werkgevers"], listing_page=index, locale=home.locale
    )
    _feature(home, toolkits[:3])
    themes = make_page(ThemeIndexPageFactory, home)
    make_page(ThemePageFactory, themes, title="Wonen", slug="wonen", theme=terms["wonen"])
    board = make_page(RecommendationIndexPageFactory, home)
    make_page(RecommendationPageFactory, board)
    after, response = count_queries(client, "/nl/")
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select(".entry-points a") and html.select(".theme-tile") and html.select(".recommendation-card")
    # The ways in, featured toolkits, theme tiles and recommendations are cached per content version:
    # only the "latest" strip, uncached, prefetches its cards' themes once it has cards.
    assert after <= before + 1 and after <= 12, f"home page used {after} queries (empty sections: {before})"
