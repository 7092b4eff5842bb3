"""Press room: creation rules, rendering in three languages, filters and query budgets."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from press.models import OpinionPage, PressIndexPage, PressItemPage, PressReleasePage
from website.factories import DocumentFactory, ImageFactory
from website.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_creation_rules():
    assert PressIndexPage in HomePage.allowed_subpage_models()
    assert PressIndexPage not in StandardPage.allowed_subpage_models()
    assert set(PressIndexPage.allowed_subpage_models()) == {PressReleasePage, OpinionPage}
    assert not PressItemPage.is_creatable
    assert PressReleasePage.allowed_parent_page_models() == [PressIndexPage]
    assert OpinionPage.allowed_subpage_models() == []


def test_kind_follows_the_page_type(make_press_item):
    assert make_press_item("release").kind == "release"
    assert make_press_item("opinion").kind == "opinion"


def test_opinion_page_shows_outlet_author_date_and_link(client, make_press_item):
    page = make_press_item(
        "opinion",
        date=datetime.date(2025, 2, 4),
        title="Een naam mag niet bepalen waar je woont",
        slug="naam",
        outlet="De Standaard",
        author="An Peeters, directeur",
        link="https://www.example.org/opinie/naam",
    )
    html = soup(client.get(page.url))
    assert html.h1.get_text() == "Een naam mag niet bepalen waar je woont"
    meta = html.select_one(".press-item__meta").get_text(" ", strip=True)
    assert "De Standaard" in meta and "4 februari 2025" in meta
    assert "An Peeters, directeur" in html.select_one(".press-item__author").get_text()
    assert html.find("a", href="https://www.example.org/opinie/naam")
    contact = html.select_one(".press-contact")
    assert "pers@example.org" in contact.get_text()


def test_press_release_offers_its_attachment(client, make_press_item):
    attachment = DocumentFactory(title="Persbericht wonen")
    page = make_press_item("release", slug="wonen", attachment=attachment)
    html = soup(client.get(page.url))
    link = html.select_one(".press-item__download a")
    assert link["href"] == attachment.url
    assert "(PDF)" in link.get_text()


def test_index_renders_in_three_languages(client, press_room, make_press_item, locales, translate_page):
    release = make_press_item("release", title="Praktijktesten nu", slug="praktijktesten")
    fr_room = translate_page(press_room, locales["fr"], title="Presse", slug="presse")
    translate_page(press_room, locales["en"], title="Press", slug="press")
    translate_page(release, locales["fr"], title="Tests de situation", slug="tests")
    nl = soup(client.get("/nl/pers/"))
    assert [a.get_text() for a in nl.select(".card__title a")] == ["Praktijktesten nu"]
    assert nl.find("h2", string="Perscontact")
    fr = soup(client.get(fr_room.url))
    assert fr.html["lang"] == "fr"
    assert [a.get_text() for a in fr.select(".card__title a")] == ["Tests de situation"]
    assert fr.find("h2", string="Contact presse")
    en = soup(client.get("/en/press/"))
    assert en.select(".card__title a") == []  # nothing translated into English yet: empty state
    assert en.select_one(".empty-state")


def test_filters_by_theme_type_and_year_with_counts(client, make_press_item, themes):
    make_press_item("release", datetime.date(2024, 5, 1), [themes["wonen"]], title="R2024 wonen", slug="a")
    make_press_item("release", datetime.date(2025, 5, 1), [themes["werk"]], title="R2025 werk", slug="b")
    make_press_item("opinion", datetime.date(2025, 6, 1), [themes["wonen"]], title="O2025 wonen", slug="c")
    make_press_item("opinion", datetime.date(2023, 6, 1), [themes["werk"]], title="O2023 werk", slug="d")

    def titles(query):
        html = soup(client.get(f"/nl/pers/?{query}"))
        return [a.get_text() for a in html.select(".card__title a")], html

    found, html = titles("type=opinion&year=2025")
    assert found == ["O2025 wonen"]
    found, html = titles("theme=wonen")
    assert found == ["O2025 wonen", "R2024 wonen"]  # newest first by date
    labels = {" ".join(label.get_text().split()) for label in html.select(".facets__option label")}
    assert "Persbericht (1), 1 resultaat" in labels and "Opiniestuk (1), 1 resultaat" in labels
    assert "2025 (1), 1 resultaat" in labels and "2024 (1), 1 resultaat" in labels
    found, _ = titles("year=2025&year=2023&type=opinion")
    assert found == ["O2025 wonen", "O2023 werk"]


@pytest.mark.parametrize("query", ["type=interview", "year=abcd", "page=99999", "theme=onbekend&page=abc"])
def test_bad_parameters_give_a_normal_page(client, make_press_item, query):
    make_press_item("release", slug="x")
    html = soup(client.get(f"/nl/pers/?{query}"))
    assert len(html.select(".card__title a")) == 1


def test_drafts_and_private_items_are_not_listed(client, make_press_item, press_room):
    from wagtail.models import PageViewRestriction

    make_press_item("release", title="Zichtbaar", slug="zichtbaar")
    draft = make_press_item("release", title="Embargo", slug="embargo")
    draft.unpublish()
    private = make_press_item("opinion", title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = soup(client.get("/nl/pers/"))
    assert [a.get_text() for a in html.select(".card__title a")] == ["Zichtbaar"]


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _fill(make_press_item, themes, count, start=0):
    image = ImageFactory(title="Persfoto")
    for n in range(start, start + count):
        make_press_item(
            "release" if n % 2 else "opinion",
            datetime.date(2020 + n % 6, 1, 1 + n % 27),
            [themes["wonen"], themes["werk"]],
            slug=f"item-{n}",
            listing_image=image,
        )


def test_listing_query_budget_does_not_grow(client, make_press_item, themes):
    _fill(make_press_item, themes, 2)
    url = "/nl/pers/?theme=wonen&type=release&year=2021"
    few = _queries(client, url)
    _fill(make_press_item, themes, 20, start=2)
    many = _queries(client, url)
    assert many <= 15, many
    assert few == many
    assert _queries(client, "/nl/pers/") <= 15


@pytest.mark.parametrize("kind", ["release", "opinion"])
def test_detail_query_budget(client, make_press_item, themes, kind):
    image = ImageFactory(title="Persfoto")
    page = make_press_item(kind, themes=[themes["wonen"], themes["werk"]], slug="detail", listing_image=image)
    assert _queries(client, page.url) <= 12
