"""Autocomplete endpoint: prefix matching in the visitor's language, safe input, rate limit."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def suggest(client, lang, query, **extra):
    response = client.get(f"/{lang}/search/suggest/", {"q": query}, **extra)
    return response


def test_prefix_matching_of_titles(client, add_page):
    add_page("Inclusieve vacatureteksten schrijven", "Tekst.")
    add_page("Inburgering en werk", "Tekst.")
    add_page("Onderwijs", "Tekst.")
    response = suggest(client, "nl", "inclu")
    assert response.status_code == 200
    data = response.json()
    assert [s["title"] for s in data["suggestions"]] == ["Inclusieve vacatureteksten schrijven"]
    assert data["suggestions"][0]["url"] == "/nl/inclusieve-vacatureteksten-schrijven/"
    assert {s["title"] for s in suggest(client, "nl", "in").json()["suggestions"]} == {
        "Inclusieve vacatureteksten schrijven",
        "Inburgering en werk",
    }
    # A word inside the title, accents folded.
    assert [s["title"] for s in suggest(client, "nl", "vacaturé").json()["suggestions"]] == [
        "Inclusieve vacatureteksten schrijven"
    ]


def test_suggestions_stay_in_locale_and_follow_publishing(client, add_page):
    page = add_page("Werkgevers en diversiteit", "Tekst.")
    add_page("Werkgevers et diversité", "Texte.", lang="fr")
    assert [s["title"] for s in suggest(client, "nl", "werkg").json()["suggestions"]] == ["Werkgevers en diversiteit"]
    assert [s["title"] for s in suggest(client, "fr", "werkg").json()["suggestions"]] == ["Werkgevers et diversité"]
    page.unpublish()
    assert suggest(client, "nl", "werkg").json()["suggestions"] == []


@pytest.mark.parametrize("query", ["", " ", "a", "'", '"', "&|!", "x" * 10_000, "<script>", "' OR 1=1 --", "\x00"])
def test_bad_input_gives_json_not_error(client, add_page, query):
    add_page("Werkgevers", "Tekst.")
    response = suggest(client, "nl", query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert isinstance(response.json()["suggestions"], list)


@override_settings()
def test_rate_limit_per_client(client, add_page, monkeypatch):
    from search import ratelimit

    monkeypatch.setattr(ratelimit, "RATE", 5)
    monkeypatch.setattr(ratelimit, "WINDOW", 3600)  # no window boundary in the middle of the test
    add_page("Werkgevers", "Tekst.")
    statuses = [suggest(client, "nl", "werk", REMOTE_ADDR="10.0.0.1").status_code for _ in range(7)]
    assert statuses == [200] * 5 + [429, 429]
    limited = suggest(client, "nl", "werk", REMOTE_ADDR="10.0.0.1")
    assert int(limited["Retry-After"]) >= 1
    assert limited.json()["error"]
    # Another client is not affected.
    assert suggest(client, "nl", "werk", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_rate_limit_behind_a_proxy_counts_each_visitor(client, add_page, monkeypatch, settings):
    # Behind one reverse proxy every request comes from the proxy's address; the visitor is the
    # address the proxy appended. A value the visitor sends itself cannot buy a fresh budget.
    from search import ratelimit

    monkeypatch.setattr(ratelimit, "RATE", 3)
    monkeypatch.setattr(ratelimit, "WINDOW", 3600)  # no window boundary in the middle of the test
    settings.TRUSTED_PROXY_COUNT = 1
    add_page("Werkgevers", "Tekst.")
    proxy = {"REMOTE_ADDR": "10.0.0.254"}
    first = [
        suggest(client, "nl", "werk", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.7", **proxy).status_code
        for n in range(5)
    ]
    assert first == [200] * 3 + [429, 429]
    # Another visitor behind the same proxy has a budget of its own.
    assert suggest(client, "nl", "werk", HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy).status_code == 200

    # Without a trusted proxy, the header is ignored: it is the visitor's to forge.
    settings.TRUSTED_PROXY_COUNT = 0
    direct = [
        suggest(client, "nl", "werk", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code
        for n in range(4)
    ]
    assert direct == [200] * 3 + [429]
