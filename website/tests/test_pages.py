"""Page types: where they may be created, what they render, how many queries they cost."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from website.factories import ImageFactory, StandardPageFactory
from website.models import BasePage, HomeFeaturedItem, HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_creation_rules(home_pages):
    # One home page under the root: a second cannot be added, a first can.
    assert not HomePage.can_create_at(Page.get_first_root_node())
    for home in HomePage.objects.filter(depth=2):
        home.delete()
    assert HomePage.can_create_at(Page.get_first_root_node())
    assert not StandardPage.can_create_at(Page.get_first_root_node())
    assert not BasePage.is_creatable
    assert StandardPage in HomePage.allowed_subpage_models()
    assert HomePage not in StandardPage.allowed_subpage_models()


def test_standard_page_renders_body_breadcrumbs_and_footer_link(client, home_pages, make_page):
    make_page(
        StandardPageFactory,
        home_pages["nl"],
        title="Privacyverklaring",
        slug="privacy",
        show_in_footer=True,
        body=[
            ("heading", {"text": "Welke gegevens", "level": "h2"}),
            ("quote", {"quote": "Iedereen telt.", "attribution": "LEVL"}),
        ],
    )
    html = BeautifulSoup(client.get("/nl/privacy/").content, "html.parser")
    assert html.h1.get_text() == "Privacyverklaring"
    assert html.find("h2", string="Welke gegevens")
    assert html.find("blockquote").get_text(strip=True) == "Iedereen telt."
    crumbs = html.find("nav", class_="breadcrumbs")
    assert [a.get_text() for a in crumbs.find_all("a")] == ["Samen bouwen aan een inclusieve samenleving"]
    assert html.find("nav", class_="footer-nav").find("a", string="Privacyverklaring")


def test_menu_shows_pages_marked_for_menus_only(client, home_pages, make_page):
    make_page(StandardPageFactory, home_pages["nl"], title="Over ons", slug="over-ons", show_in_menus=True)
    make_page(StandardPageFactory, home_pages["nl"], title="Verborgen", slug="verborgen", show_in_menus=False)
    nav = BeautifulSoup(client.get("/nl/").content, "html.parser").find("nav", class_="main-nav")
    assert [a.get_text() for a in nav.find_all("a")] == ["Over ons"]


def _home_with_featured(home, make_page, count, start=0):
    from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory

    image = ImageFactory(title="Beeld")
    library = home.get_children().filter(slug="toolkits").first() or make_page(ToolkitIndexPageFactory, home)
    for index in range(start, start + count):
        page = make_page(
            ToolkitPageFactory, library, title=f"Uitgelicht {index}", slug=f"uitgelicht-{index}", listing_image=image
        )
        HomeFeaturedItem.objects.create(home=home, page=page, sort_order=index, locale=home.locale)
    home.save_revision().publish()


def _count_queries(client, url):
    client.get(url)  # warm-up: renditions are created on first view, caches filled
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("featured", [2, 12])
def test_home_page_query_budget(client, home_pages, make_page, featured):
    _home_with_featured(home_pages["nl"], make_page, featured)
    count, response = _count_queries(client, "/nl/")
    cards = BeautifulSoup(response.content, "html.parser").select("#featured-heading + .card-list > li")
    assert len(cards) == featured
    assert count <= 12, f"home page used {count} queries"


def test_home_page_queries_do_not_grow_with_featured_items(client, home_pages, make_page):
    _home_with_featured(home_pages["nl"], make_page, 2)
    few, _ = _count_queries(client, "/nl/")
    _home_with_featured(home_pages["nl"], make_page, 10, start=2)
    many, _ = _count_queries(client, "/nl/")
    assert few == many
