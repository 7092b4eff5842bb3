"""The results page: language-aware matching, locale isolation, results, highlighting, publishing."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("engine")]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(client, url):
    html = soup(client.get(url))
    return [a.get_text(strip=True) for a in html.select(".search-result__title a")]


@pytest.mark.postgresql  # SQLite does not stem
def test_dutch_stemming_finds_singular_for_plural(client, add_page):
    add_page("Betaalbare woning vinden", "Hulp bij het zoeken naar een woning op de private markt.")
    add_page("Onderwijs", "Gelijke kansen op school.")
    assert titles(client, "/nl/search/?q=woningen") == ["Betaalbare woning vinden"]


@pytest.mark.postgresql  # SQLite does not stem
def test_french_stemming_and_accents(client, add_page):
    add_page("Lutter contre la discrimination", "Pour l'égalité des chances au travail.", lang="fr")
    assert titles(client, "/fr/search/?q=discriminations") == ["Lutter contre la discrimination"]
    assert titles(client, "/fr/search/?q=egalite") == ["Lutter contre la discrimination"]
    assert titles(client, "/fr/search/?q=ÉGALITÉ") == ["Lutter contre la discrimination"]


def test_case_and_accent_folding_in_dutch(client, add_page):
    add_page("Beleidsparticipatie van nieuwkomers", "Inspraak in het lokale beleid.")
    assert titles(client, "/nl/search/?q=beleidsparticipatie") == ["Beleidsparticipatie van nieuwkomers"]
    assert titles(client, "/nl/search/?q=BELEIDSPARTICIPATIE") == ["Beleidsparticipatie van nieuwkomers"]
    assert titles(client, "/nl/search/?q=beleidsparticipatíe") == ["Beleidsparticipatie van nieuwkomers"]


def test_locale_isolation(client, add_page, home_pages, translate_page):
    dutch = add_page("Discriminatie op de huurmarkt", "Praktijktesten tegen discriminatie.")
    translate_page(dutch, home_pages["fr"].locale, title="Discrimination sur le marché locatif")
    add_page("Discriminatie op de werkvloer", "Alleen in het Nederlands.")
    assert titles(client, "/fr/search/?q=discrimination") == ["Discrimination sur le marché locatif"]
    assert set(titles(client, "/nl/search/?q=discriminatie")) == {
        "Discriminatie op de huurmarkt",
        "Discriminatie op de werkvloer",
    }
    assert titles(client, "/en/search/?q=discriminatie") == []


@pytest.mark.postgresql  # snippets are highlighted by ts_headline
def test_result_shows_type_themes_date_snippet_and_count(client, add_page):
    from website.taxonomy.factories import ThemeFactory

    theme = ThemeFactory(name="Wonen", slug="wonen")
    page = add_page("Toolkit inclusieve verhuur", "Een inclusieve verhuurder screent kandidaten objectief.")
    page.themes.set([theme])
    page.save_revision().publish()
    html = soup(client.get("/nl/search/?q=verhuurder"))
    assert html.select_one(".results-header__count").get_text().split()[0] == "1"
    result = html.select_one(".search-result")
    assert result.select_one(".search-result__type .card__kind").get_text(strip=True) == "Informatiepagina"
    assert [li.get_text() for li in result.select(".theme-label")] == ["Wonen"]
    assert result.select_one("time")["datetime"]
    assert [m.get_text() for m in result.select(".search-result__snippet mark")] == ["verhuurder"]
    assert result.select_one("a")["href"] == "/nl/toolkit-inclusieve-verhuur/"


def test_result_themes_are_named_in_the_visitors_language(client, add_page, locales):
    # Translated pages keep links to the source language's term rows; the label is the visitor's.
    from website.taxonomy.factories import ThemeFactory

    dutch = ThemeFactory(name="Wonen", slug="wonen", locale=locales["nl"])
    ThemeFactory(name="Logement", slug="wonen", locale=locales["fr"], translation_key=dutch.translation_key)
    page = add_page("Discrimination au logement", "Les propriétaires et les agences.", lang="fr")
    page.themes.set([dutch])
    page.save_revision().publish()
    result = soup(client.get("/fr/search/?q=propriétaires")).select_one(".search-result")
    assert [li.get_text() for li in result.select(".theme-label")] == ["Logement"]


def test_highlighting_escapes_editor_html(client, add_page):
    add_page(
        "Veilige weergave",
        "Tekst over wonen.",
        intro='<script>alert("x")</script> Huur & wonen: 5 < 6 <img src=x onerror=alert(1)> <b>vet</b>',
    )
    response = client.get("/nl/search/?q=wonen")
    body = response.content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    html = soup(response)
    snippet = html.select_one(".search-result__snippet")
    assert [child.name for child in snippet.find_all(True)] == ["mark"] * len(snippet.find_all(True))
    assert snippet.select("mark")
    assert "&amp;" in snippet.decode_contents()


def test_pagination(client, add_page):
    for number in range(13):
        add_page(f"Werkplek {number}", "Diversiteit op de werkplek.")
    first = soup(client.get("/nl/search/?q=werkplek"))
    assert len(first.select(".search-result")) == 10
    assert first.select_one(".results-header__count").get_text().split()[0] == "13"
    next_link = first.select_one(".pagination a[rel=next]")["href"]
    assert "q=werkplek" in next_link and "page=2" in next_link
    second = soup(client.get("/nl/search/" + next_link))
    assert len(second.select(".search-result")) == 3
    assert second.select_one("ol.search-results")["start"] == "11"


def test_unpublish_private_delete_disappear_and_publish_appears(client, add_page, home_pages, make_page):
    from search.factories import SearchablePageFactory

    page = add_page("Antiracisme op school", "Een aanpak tegen racisme.")
    assert titles(client, "/nl/search/?q=racisme") == ["Antiracisme op school"]

    page.unpublish()
    assert titles(client, "/nl/search/?q=racisme") == []
    page.save_revision().publish()
    assert titles(client, "/nl/search/?q=racisme") == ["Antiracisme op school"]

    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="geheim")
    assert titles(client, "/nl/search/?q=racisme") == []
    restriction.delete()
    assert titles(client, "/nl/search/?q=racisme") == ["Antiracisme op school"]

    page.delete()
    assert titles(client, "/nl/search/?q=racisme") == []

    draft = make_page(SearchablePageFactory, home_pages["nl"], publish=False, live=False, title="Racisme in de media")
    assert titles(client, "/nl/search/?q=racisme") == []
    draft.save_revision().publish()
    assert titles(client, "/nl/search/?q=racisme") == ["Racisme in de media"]


def test_edited_title_is_found_after_publish_not_before(client, add_page):
    page = add_page("Gelijke kansen", "Tekst.")
    page.title = "Onderwijskansen"
    page.save_revision()  # draft only
    assert titles(client, "/nl/search/?q=onderwijskansen") == []
    page.get_latest_revision().publish()
    assert titles(client, "/nl/search/?q=onderwijskansen") == ["Onderwijskansen"]


def test_promoted_results_for_the_query(client, add_page):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    promoted = add_page("Meldpunt discriminatie", "Waar meld je discriminatie?")
    add_page("Iets anders", "Over werk.")
    SearchPromotion.objects.create(query=Query.get("Melden"), page=promoted, description="Meld het hier.")
    html = soup(client.get("/nl/search/?q=melden"))
    promo = html.select_one(".search-promoted")
    assert promo.select_one("a").get_text() == "Meldpunt discriminatie"
    assert "Meld het hier." in promo.get_text()
    assert titles(client, "/fr/search/?q=melden") == []
    assert not soup(client.get("/fr/search/?q=melden")).select(".search-promoted")


def test_a_new_or_removed_promotion_shows_at_once(client, add_page):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    promoted = add_page("Meldpunt discriminatie", "Waar meld je discriminatie?")
    assert not soup(client.get("/nl/search/?q=melden")).select(".search-promoted")
    promotion = SearchPromotion.objects.create(query=Query.get("melden"), page=promoted, description="Hier.")
    assert soup(client.get("/nl/search/?q=melden")).select(".search-promoted")
    promotion.delete()
    assert not soup(client.get("/nl/search/?q=melden")).select(".search-promoted")


def test_header_has_search_form_on_every_page(client, add_page):
    add_page("Over ons", "Tekst.")
    for url in ("/nl/", "/nl/over-ons/", "/fr/", "/nl/search/?q=x"):
        form = soup(client.get(url)).select_one("header form[role=search]")
        assert form is not None, url
        assert form["action"] == f"/{url.split('/')[1]}/search/"
        assert form.select_one("input[name=q]")
        assert form.select_one("label").get_text(strip=True)
