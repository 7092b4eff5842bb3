"""Autocomplete endpoint: prefix matching in the visitor's language, safe input, rate limit."""

import pytest
from django.db import connection
from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("engine")]


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
    settings.FORWARDED_ALLOW_IPS = ["10.0.0.0/24"]
    add_page("Werkgevers", "Tekst.")
    proxy = {"REMOTE_ADDR": "10.0.0.254"}
    first = [
        suggest(client, "nl", "werk", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.7", **proxy).status_code
        for n in range(5)
    ]
    assert first == [200] * 3 + [429, 429]
    # Another visitor behind the same proxy has a budget of its own.
    assert suggest(client, "nl", "werk", HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy).status_code == 200

    # A client that reaches the app directly (not from a proxy address) cannot forge one either.
    bypass = [
        suggest(client, "nl", "werk", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code
        for n in range(4)
    ]
    assert bypass == [200] * 3 + [429]

    # Without a trusted proxy, the header is ignored: it is the visitor's to forge.
    settings.TRUSTED_PROXY_COUNT = 0
    direct = [
        suggest(client, "nl", "werk", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code
        for n in range(4)
    ]
    assert direct == [200] * 3 + [429]


def titles(client, lang, query):
    return [s["title"] for s in suggest(client, lang, query).json()["suggestions"]]


def test_suggestions_follow_a_new_title_at_once(client, add_page):
    page = add_page("Huurmarkt zonder drempels", "Tekst.")
    assert titles(client, "nl", "huurm") == ["Huurmarkt zonder drempels"]
    page.title = "Praktijktesten op de woningmarkt"
    page.save_revision().publish()
    assert titles(client, "nl", "huurm") == []
    assert titles(client, "nl", "praktijkt") == ["Praktijktesten op de woningmarkt"]


def test_suggestions_cost_the_same_queries_for_one_or_eight_pages(client, add_page):
    from django.test.utils import CaptureQueriesContext

    def queries_for(query):
        with CaptureQueriesContext(connection) as captured:
            found = titles(client, "nl", query)
        return len(found), len(captured)

    add_page("Gemeenten en participatie", "Tekst.")
    for number in range(9):
        add_page(f"Werkvloer {number}", "Tekst.")
    titles(client, "nl", "partic")  # site root paths and content version, as on any warm request
    one, one_queries = queries_for("gemeen")
    eight, eight_queries = queries_for("werkvl")
    assert (one, eight) == (1, 8)
    # Titles, URLs and page types come with the match: no query per suggestion. The other query
    # reads the view restrictions afresh (website.pages.visibility): never a process's memory of them.
    # Wagtail's Site lookup comes from the shared cache (website.workarounds.site_lookup).
    assert one_queries == eight_queries == 2


@pytest.mark.postgresql  # the narrow suggestion table is PostgreSQL's
def test_narrow_suggestion_rows_follow_wagtails_index(client, add_page):
    # Kept in step by a trigger on Wagtail's index table: whatever writes the index writes them.
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    from search.models import AutocompleteEntry
    from website.taxonomy.factories import ThemeFactory

    page = add_page("Beleidsparticipatie van nieuwkomers", "Tekst.")
    french = add_page("Participation politique", "Texte.", lang="fr")
    theme = ThemeFactory(name="Beleidsparticipatie", slug="beleidsparticipatie")  # indexed, but not a page
    rows = {row.page_id: row for row in AutocompleteEntry.objects.filter(page_id__in=[page.pk, french.pk])}
    assert {pk: row.locale_id for pk, row in rows.items()} == {page.pk: page.locale_id, french.pk: french.locale_id}
    theme_type = ContentType.objects.get_for_model(theme)
    assert not AutocompleteEntry.objects.filter(content_type_id=theme_type.pk).exists()
    call_command("search_index", verbosity=0)  # the rebuild command rewrites Wagtail's index
    assert set(AutocompleteEntry.objects.filter(page_id__in=rows).values_list("page_id", "locale_id")) == {
        (page.pk, page.locale_id),
        (french.pk, french.locale_id),
    }
    assert titles(client, "nl", "beleidsp") == ["Beleidsparticipatie van nieuwkomers"]
    page.delete()
    assert not AutocompleteEntry.objects.filter(page_id=page.pk).exists()
    assert AutocompleteEntry.objects.filter(page_id=french.pk).exists()
