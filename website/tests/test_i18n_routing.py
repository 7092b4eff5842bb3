"""Language routing: URLs carry the language, / picks the visitor's language, switcher never 404s."""

import pytest
from bs4 import BeautifulSoup

from website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("fr-BE,fr;q=0.9,en;q=0.5", "/fr/"), ("en-GB,en;q=0.9", "/en/"), ("de-DE,de;q=0.9", "/nl/"), ("", "/nl/")],
)
def test_root_redirects_to_best_language(client, home_pages, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(("code", "title"), [("nl", "Samen bouwen"), ("fr", "Construire ensemble"), ("en", "Building")])
def test_home_in_each_language_has_lang_canonical_and_alternates(client, home_pages, code, title):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == code
    assert title in html.h1.get_text()
    assert html.find("link", rel="canonical")["href"] == f"http://localhost/{code}/"
    alternates = {link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate")}
    assert alternates == {
        "nl": "http://localhost/nl/",
        "fr": "http://localhost/fr/",
        "en": "http://localhost/en/",
        "x-default": "http://localhost/nl/",
    }


def test_switcher_links_to_translation_or_home_with_note(client, home_pages, make_page, translate_page, locales):
    about = make_page(StandardPageFactory, home_pages["nl"], title="Over ons", slug="over-ons")
    translate_page(about, locales["fr"], title="Qui sommes-nous", slug="qui-sommes-nous")

    html = soup(client.get("/nl/over-ons/"))
    switcher = html.find("nav", class_="language-switcher")
    links = {a["hreflang"]: a for a in switcher.find_all("a")}
    assert links["fr"]["href"] == "/fr/qui-sommes-nous/"
    # No English translation: the link goes to the English home page and says so.
    assert links["en"]["href"] == "/en/?untranslated=1"
    assert "not translated" in links["en"].get_text()
    # Only existing translations are announced as alternates.
    alternates = {link["hreflang"] for link in html.find_all("link", rel="alternate")}
    assert alternates == {"nl", "fr", "x-default"}

    landing = client.get(links["en"]["href"])
    assert landing.status_code == 200
    assert "not available in this language" in soup(landing).find(role="status").get_text()


def test_unknown_page_gives_translated_404(client, home_pages):
    for code, text in (("nl", "Pagina niet gevonden"), ("fr", "Page introuvable"), ("en", "Page not found")):
        response = client.get(f"/{code}/bestaat-niet/")
        assert response.status_code == 404
        html = soup(response)
        assert html.html["lang"] == code
        assert text in html.h1.get_text()
        assert html.find("a", class_="skip-link")
