"""The public guide page: the glossary of its language, searchable and by theme, and the checker."""

import pytest
from bs4 import BeautifulSoup

from glossary import views
from glossary.check import MAX_CHARS

pytestmark = pytest.mark.django_db
TEXT = "Het allochtonenbeleid van de stad bereikt weinig allochtonen.\nHet woord 'neger' citeren we hier."


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_guide_lists_its_own_languages_entries_each_linkable(client, guide):
    page = soup(client.get("/nl/taalgids/"))
    assert [dt.get_text(" ", strip=True) for dt in page.select(".glossary-entry dt")] == [
        "allochtoon Vermijden",
        "kansarm Hangt af van de context",
        "neger Vermijden",
    ]
    assert page.select_one("#term-allochtoon dt a")["href"] == "#term-allochtoon"
    french = soup(client.get("/fr/guide-langage/"))
    assert [dt.a.get_text() for dt in french.select(".glossary-entry dt")] == ["clandestin"]


def test_visitors_search_the_guide_and_browse_it_by_theme(client, guide):
    found = soup(client.get("/nl/taalgids/?q=migratieachtergrond"))
    assert [dt.a.get_text() for dt in found.select(".glossary-entry dt")] == ["allochtoon"]
    by_theme = soup(client.get("/nl/taalgids/?theme=werk"))
    assert [dt.a.get_text() for dt in by_theme.select(".glossary-entry dt")] == ["kansarm"]
    assert by_theme.select_one('.glossary-themes [aria-current="page"]').get_text() == "Werk"
    nothing = soup(client.get("/nl/taalgids/?q=zzz"))
    assert "Geen woord uit de gids" in nothing.get_text()


def test_the_checker_works_without_javascript(client, guide):
    response = client.post("/nl/taalgids/", {"text": TEXT})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    marks = [mark.get_text() for mark in page.select(".glossary-highlighted mark")]
    assert marks == ["allochtonenbeleid", "allochtonen"]  # the quoted 'neger' is a mention
    assert page.select_one(".glossary-highlighted mark a")["href"] == "/nl/taalgids/#term-allochtoon"
    advice = page.select_one(".glossary-found").get_text(" ", strip=True)
    assert "Maakt van mensen blijvend buitenstaanders." in advice
    assert "persoon met een migratieachtergrond" in advice
    assert "Leesbaarheid (Flesch–Douma)" in page.select_one(".glossary-readability").get_text()
    assert page.select_one("textarea").get_text() == TEXT  # what was typed stays


def test_french_page_checks_with_the_french_glossary_and_answers_in_french(client, guide):
    page = soup(client.post("/fr/guide-langage/", {"text": "Des clandestins et des allochtonen."}))
    assert [mark.get_text() for mark in page.select(".glossary-highlighted mark")] == ["clandestins"]
    assert "mot à reconsidérer" in page.select_one(".glossary-summary").get_text()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Plak een tekst om na te kijken."),
        ("   \n ", "Plak een tekst om na te kijken."),
        ("woord " * (MAX_CHARS // 6 + 10), "Deze tekst is te lang"),
        ("PK\x03\x04\x00\x00binary", "Dit is geen tekst"),
    ],
)
def test_bad_input_gets_a_clear_translated_message_and_keeps_the_text(client, guide, text, message):
    response = client.post("/nl/taalgids/", {"text": text})
    assert response.status_code == 400
    page = soup(response)
    assert message in page.select_one("#id_text-error").get_text()
    assert page.select_one("textarea")["aria-invalid"] == "true"
    if text.strip() and "\x00" not in text:
        assert page.select_one("textarea").get_text() == text


def test_the_checker_is_rate_limited_per_visitor(client, guide, monkeypatch):
    monkeypatch.setattr(views, "RATE", 2)
    monkeypatch.setattr(views, "WINDOW", 3600)  # no window boundary in the middle of the test
    for _ in range(2):
        assert client.post("/nl/taalgids/", {"text": TEXT}).status_code == 200
    response = client.post("/nl/taalgids/", {"text": TEXT})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = soup(response)
    assert "Probeer het opnieuw over" in page.select_one('[role="alert"]').get_text()
    assert page.select_one("textarea").get_text() == TEXT
    assert not page.select(".glossary-highlighted")
