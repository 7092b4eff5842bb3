"""Good practices: creation rules, the structured record in three languages, the faceted
database with counts, bad parameters, preview and query budgets."""

import datetime

import pytest
from bs4 import BeautifulSoup

from practices.factories import PracticeDocumentFactory, PracticeIndexPageFactory, PracticePageFactory
from practices.models import PracticeImage, PracticeIndexPage, PracticePage
from tests.fixtures import count_queries
from website.factories import DocumentFactory, ImageFactory
from website.models import HomePage
from website.taxonomy.factories import PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def database(home_pages, make_page, translate_page):
    nl = make_page(PracticeIndexPageFactory, home_pages["nl"])
    translate_page(nl, home_pages["fr"].locale, title="Bonnes pratiques", slug="bonnes-pratiques")
    translate_page(nl, home_pages["en"].locale, title="Good practices", slug="good-practices")
    return nl


def make_practice(make_page, parent, slug, themes=(), audiences=(), regions=(), **fields):
    page = make_page(PracticePageFactory, parent, slug=slug, title=fields.pop("title", slug.title()), **fields)
    page.themes.set(themes)
    page.audiences.set(audiences)
    page.regions.set(regions)
    page.save_revision().publish()
    return page


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_creation_rules(home_pages):
    assert PracticeIndexPage in HomePage.allowed_subpage_models()
    assert PracticeIndexPage.allowed_subpage_models() == [PracticePage]
    assert PracticePage.allowed_parent_page_models() == [PracticeIndexPage]
    assert not PracticePage.can_create_at(home_pages["nl"])
    assert PracticePage.is_content


def test_every_editor_field_has_help_text():
    for model in (PracticePage, PracticeImage):
        for field in model._meta.get_fields():
            if getattr(field, "model", None) is model and field.editable and not field.name.endswith("_ptr"):
                if field.name in {"id", "page", "sort_order", "locale", "translation_key"}:
                    continue
                assert field.help_text, f"{model.__name__}.{field.name} has no help text"


def test_record_renders_every_part_in_three_languages(client, database, make_page, terms, translate_page, locales):
    practice = make_practice(
        make_page,
        database,
        "buddy-werking",
        title="Buddywerking voor nieuwe collega's",
        themes=[terms["werk"]],
        audiences=[terms["werkgevers"]],
        regions=[terms["brussel"]],
        organisation=PartnerFactory(name="Atlas Antwerpen", website="https://example.org/atlas"),
        sector=terms["zorg"],
        period_start=datetime.date(2021, 3, 1),
        period_end=datetime.date(2023, 6, 30),
        key_figures=[
            ("figure", {"value": "120", "label": "deelnemers"}),
            ("figure", {"value": "85%", "label": "aan het werk"}),
        ],
    )
    PracticeImage.objects.create(
        page=practice,
        image=ImageFactory(title="Buddy's"),
        alt_text="Twee collega's aan een bureau",
        locale=practice.locale,
    )
    PracticeDocumentFactory(
        page=practice, document=DocumentFactory(title="Eindverslag"), title="Eindverslag", language="fr"
    )
    practice.save_revision().publish()

    html = soup(client.get("/nl/goede-praktijken/buddy-werking/"))
    assert html.h1.get_text() == "Buddywerking voor nieuwe collega's"
    assert [h.get_text() for h in html.select(".detail__main h2")] == [
        "Context en uitdaging",
        "Aanpak",
        "Resultaten en impact",
        "Geleerde lessen",
        "Hoe overnemen",
        "Beelden",
        "Documenten",
    ]
    assert [li.get_text(" ", strip=True) for li in html.select(".key-figures li")] == [
        "120 deelnemers",
        "85% aan het werk",
    ]
    needs = html.select_one(".replicate").get_text(" ", strip=True)
    assert "6 maanden" in needs and "± 5.000 euro" in needs and "Een lokale partnerorganisatie" in needs
    facts = html.select_one(".facts").get_text(" ", strip=True)
    assert "Atlas Antwerpen" in facts and "2021–2023" in facts and "Brussel" in facts and "Zorg" in facts
    assert html.select_one(".gallery img")["alt"] == "Twee collega's aan een bureau"
    doc = html.select_one(".documents__item a")
    assert doc["hreflang"] == "fr" and doc["href"].startswith("/documents/")

    fr = translate_page(practice, locales["fr"], title="Parrainage de nouveaux collègues", slug="parrainage")
    html = soup(client.get(fr.url))
    assert html.h1.get_text() == "Parrainage de nouveaux collègues"
    assert "Résultats et impact" in [h.get_text() for h in html.select(".detail__main h2")]
    facts = html.select_one(".facts").get_text(" ", strip=True)
    assert "Bruxelles" in facts and "Soins" in facts

    en = translate_page(practice, locales["en"], title="Buddy scheme", slug="buddy-scheme")
    assert soup(client.get(en.url)).h1.get_text() == "Buddy scheme"


def test_database_filters_by_region_theme_and_start_year_with_counts(client, database, make_page, terms):
    make_practice(
        make_page,
        database,
        "a",
        themes=[terms["werk"]],
        regions=[terms["brussel"]],
        period_start=datetime.date(2022, 1, 1),
    )
    make_practice(
        make_page,
        database,
        "b",
        themes=[terms["werk"]],
        regions=[terms["vlaanderen"]],
        period_start=datetime.date(2022, 5, 1),
    )
    make_practice(
        make_page,
        database,
        "c",
        themes=[terms["wonen"]],
        regions=[terms["brussel"]],
        period_start=datetime.date(2020, 5, 1),
    )

    html = soup(client.get("/nl/goede-praktijken/?region=brussel&theme=werk&year=2022"))
    assert [a.get_text() for a in html.select(".listing__results .card__title a")] == ["A"]
    years = {i["value"]: i.find_next("label").get_text(" ", strip=True) for i in html.select("input[name=year]")}
    assert years == {"2022": years["2022"]} and years["2022"].startswith("2022 (1")  # 2020 has no werk+brussel result
    regions = {i["value"]: i.find_next("label").get_text(" ", strip=True) for i in html.select("input[name=region]")}
    assert regions["vlaanderen"].startswith("Vlaanderen (1")

    html = soup(client.get("/nl/goede-praktijken/?sort=az&theme=werk&theme=wonen"))
    assert [a.get_text() for a in html.select(".card__title a")] == ["A", "B", "C"]


@pytest.mark.parametrize(
    "query", ["region=mars", "page=abc", "page=99999", "year=0", "year=99999", "sector=x&sector=y"]
)
def test_bad_parameters_give_a_normal_page(client, database, make_page, terms, query):
    make_practice(make_page, database, "a", themes=[terms["werk"]])
    response = client.get(f"/nl/goede-praktijken/?{query}")
    assert response.status_code == 200
    assert [a.get_text() for a in soup(response).select(".card__title a")] == ["A"]


def test_preview_renders_a_draft(database, make_page):
    practice = make_practice(make_page, database, "p", title="Live titel")
    practice.title = "Concepttitel"
    practice.lessons = "<p>Nieuwe les</p>"
    response = practice.save_revision().as_object().make_preview_request()
    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text() == "Concepttitel" and "Nieuwe les" in html.get_text()


def _practice_with(make_page, database, terms, n):
    practice = make_practice(
        make_page, database, f"budget-{n}", themes=[terms["werk"]], regions=[terms["brussel"]], sector=terms["zorg"]
    )
    image, document = ImageFactory(title="Foto"), DocumentFactory(title="Verslag")
    for i in range(n):
        PracticeImage.objects.create(page=practice, image=image, caption=f"Foto {i}", locale=practice.locale)
        PracticeDocumentFactory(page=practice, document=document)
    practice.save_revision().publish()
    return practice


def test_detail_query_budget_does_not_grow_with_images_and_documents(client, database, make_page, terms):
    few, many = _practice_with(make_page, database, terms, 2), _practice_with(make_page, database, terms, 20)
    few_count, _ = count_queries(client, few.url)
    many_count, response = count_queries(client, many.url)
    assert len(soup(response).select(".gallery li")) == 20
    assert few_count == many_count <= 12, (few_count, many_count)


def test_listing_query_budget_does_not_grow_with_results(client, database, make_page, terms):
    image = ImageFactory(title="Kaart")
    url = "/nl/goede-praktijken/?theme=werk&region=brussel&year=2023"
    counts = []
    for n, start in ((2, 0), (20, 2)):
        for i in range(start, n):
            make_practice(
                make_page, database, f"l-{i}", themes=[terms["werk"]], regions=[terms["brussel"]], listing_image=image
            )
        count, response = count_queries(client, url)
        counts.append(count)
        assert len(soup(response).select(".listing__results .card")) == min(n, 12)
    assert counts[0] == counts[1] <= 15, counts
