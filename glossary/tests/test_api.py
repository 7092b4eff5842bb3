"""The same check in the public API: POST /api/v1/glossary/check/, described in the OpenAPI."""

import pytest

from glossary import views
from glossary.check import MAX_CHARS

pytestmark = pytest.mark.django_db
URL = "/api/v1/glossary/check/"


def post(client, **body):
    return client.post(URL, body, content_type="application/json")


def test_a_text_comes_back_with_hits_advice_and_readability(client, guide):
    text = "Het allochtonenbeleid en 'allochtoon' als citaat. Kansarmen wonen hier al jaren met hun gezin."
    response = post(client, text=text, language="nl")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store, private"
    data = response.json()
    assert [(text[h["start"] : h["end"]], h["term"]) for h in data["hits"]] == [
        ("allochtonenbeleid", "allochtoon"),
        ("Kansarmen", "kansarm"),
    ]
    assert data["terms"]["allochtoon"]["alternatives"] == ["persoon met een migratieachtergrond"]
    assert data["terms"]["allochtoon"]["url"] == "http://testserver/nl/taalgids/#term-allochtoon"
    assert data["terms"]["kansarm"]["severity_label"] == "Hangt af van de context"
    assert data["readability"]["formula"] == "Flesch–Douma"


def test_each_language_uses_its_own_glossary(client, guide):
    data = post(client, text="Des clandestins et des allochtonen.", language="fr").json()
    assert [h["term"] for h in data["hits"]] == ["clandestin"]
    assert data["terms"]["clandestin"]["severity_label"] == "À éviter"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"text": "", "language": "nl"}, "Plak een tekst om na te kijken."),
        ({"text": "x" * (MAX_CHARS + 1), "language": "nl"}, "Deze tekst is te lang"),
        ({"text": "\x00\x01binary", "language": "nl"}, "Dit is geen tekst"),
        ({"text": "tekst", "language": "de"}, "Onbekende taal"),
    ],
)
def test_bad_input_is_a_clear_400(client, guide, body, message):
    response = client.post(URL, body, content_type="application/json", headers={"Accept-Language": "nl"})
    assert response.status_code == 400
    assert message in response.json()["detail"]


def test_rate_limited_with_retry_after(client, guide, monkeypatch):
    monkeypatch.setattr(views, "RATE", 1)
    monkeypatch.setattr(views, "WINDOW", 3600)
    assert post(client, text="Een tekst.", language="nl").status_code == 200
    response = post(client, text="Een tekst.", language="nl")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0


def test_the_rest_of_the_api_stays_read_only_and_the_check_is_in_the_openapi(client, guide):
    assert client.post("/api/v1/pages/", {}).status_code == 405
    assert client.get(URL).status_code == 405
    options = client.options(URL)
    assert "POST" in options["Access-Control-Allow-Methods"]
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/glossary/check/"]["post"]
    assert "never stored" in operation["description"]
    assert "429" in operation["responses"]
