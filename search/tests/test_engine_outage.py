"""The OpenSearch node stops in the middle of a run: the site keeps serving, search answers from
the database in the visitor's language, and the index catches up once the node is back."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from search.models import PendingIndexUpdate

pytestmark = [pytest.mark.django_db, pytest.mark.opensearch, pytest.mark.xdist_group("opensearch")]

FRENCH_NOTICE = "Le moteur de recherche est indisponible pour le moment"


def titles(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".search-result__title a")]


@pytest.fixture
def on_opensearch(opensearch_server, settings):
    from search.engines import get_engine

    settings.SEARCH_URL = f"{opensearch_server.url}/levl-test-outage"
    get_engine().clear()
    return opensearch_server


def test_node_stopped_mid_run(client, add_page, on_opensearch):
    page = add_page("Betaalbare woning vinden", "Hulp bij het zoeken naar een woning.")
    assert titles(client.get("/nl/search/?q=woningen")) == ["Betaalbare woning vinden"]

    on_opensearch.stop_node()
    try:
        # Publishing still works; the page waits for the engine.
        french = add_page("Lutter contre la discrimination", "Pour l'égalité des chances.", lang="fr")
        assert PendingIndexUpdate.objects.filter(page_id=french.pk).exists()
        assert client.get(page.url).status_code == 200
        response = client.get("/fr/search/?q=egalite")
        assert titles(response) == ["Lutter contre la discrimination"]  # from the database's index
        assert FRENCH_NOTICE in response.content.decode()
        suggestions = client.get("/fr/search/suggest/", {"q": "lutt"}).json()["suggestions"]
        assert [s["title"] for s in suggestions] == ["Lutter contre la discrimination"]
        health = client.get("/healthz")
        assert health.status_code == 200 and health.json()["search_engine"]["status"] == "unavailable"
    finally:
        on_opensearch.start()

    call_command("search_index", "--pending", verbosity=0)
    assert not PendingIndexUpdate.objects.exists()
    response = client.get("/fr/search/?q=egalite")
    assert titles(response) == ["Lutter contre la discrimination"]
    assert FRENCH_NOTICE not in response.content.decode()
    assert client.get("/healthz").json()["search_engine"] == {"engine": "opensearch", "status": "ok"}
