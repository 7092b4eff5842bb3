"""The public API: filters, pagination limits, clear 4xx, CORS, OpenAPI, and never a draft or private item."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from press.factories import PressReleasePageFactory
from website.factories import DocumentFactory, ImageFactory, StandardPageFactory
from website.taxonomy.factories import AudienceFactory

pytestmark = pytest.mark.django_db


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    return response.json()


@pytest.fixture
def content(make_press_item, themes, locales, translate_page, press_room):
    employers = AudienceFactory(name="Werkgevers", slug="werkgevers", locale=locales["nl"])
    a = make_press_item("release", datetime.date(2025, 1, 1), [themes["wonen"]], title="Wonen A", slug="a")
    b = make_press_item("opinion", datetime.date(2025, 2, 1), [themes["werk"]], title="Werk B", slug="b")
    b.audiences.set([employers])
    b.save_revision().publish()
    translate_page(press_room, locales["fr"], title="Presse", slug="presse")
    a_fr = translate_page(a, locales["fr"], title="Logement A", slug="a-fr")
    return {"a": a, "b": b, "a_fr": a_fr}


def titles(data):
    return sorted(item["title"] for item in data["items"])


def test_lists_content_pages_with_filters(client, content):
    data = get(client, "/api/v1/pages/")
    assert data["meta"]["total_count"] == 3
    assert titles(get(client, "/api/v1/pages/?locale=fr")) == ["Logement A"]
    assert titles(get(client, "/api/v1/pages/?locale=nl&theme=wonen")) == ["Wonen A"]
    assert titles(get(client, "/api/v1/pages/?theme=wonen&theme=werk&locale=nl")) == ["Werk B", "Wonen A"]
    assert titles(get(client, "/api/v1/pages/?audience=werkgevers")) == ["Werk B"]
    item = get(client, "/api/v1/pages/?type=press.OpinionPage")["items"][0]
    assert item["type"] == "press.OpinionPage"
    assert item["url"] == "http://localhost/nl/pers/b/"
    assert item["themes"] == [{"slug": "werk", "name": "Werk"}]
    assert item["data"]["outlet"] == "De Standaard"
    assert item["data"]["date"] == "2025-02-01"


def test_only_content_pages_not_scaffolding(client, content, home_pages, make_page):
    make_page(StandardPageFactory, home_pages["nl"], title="Over ons", slug="over-ons")
    assert "Over ons" not in titles(get(client, "/api/v1/pages/?limit=100"))
    assert "Pers" not in titles(get(client, "/api/v1/pages/?limit=100"))


def test_drafts_private_and_unreachable_pages_never_leave(client, content, press_room, make_press_item, make_page):
    draft = make_press_item("release", title="Embargo", slug="embargo")
    draft.unpublish()
    private = make_press_item("release", title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    listed = titles(get(client, "/api/v1/pages/?limit=100"))
    assert "Embargo" not in listed and "Intern" not in listed
    for page in (draft, private):
        assert client.get(f"/api/v1/pages/{page.pk}/").status_code == 404
    # A whole press room taken offline hides the still-"live" items below it.
    press_room.unpublish()
    assert get(client, "/api/v1/pages/?locale=nl")["items"] == []
    assert client.get(f"/api/v1/pages/{content['b'].pk}/").status_code == 404


def test_detail_has_type_fields_and_translations(client, content):
    data = get(client, f"/api/v1/pages/{content['a'].pk}/")
    assert data["title"] == "Wonen A"
    assert data["data"]["kind"] == "release"
    assert data["translations"] == {"fr": content["a_fr"].pk}


def test_pagination_and_hard_limit(client, content):
    data = get(client, "/api/v1/pages/?limit=1&offset=1")
    assert data["meta"] == {"total_count": 3, "limit": 1, "offset": 1}
    assert len(data["items"]) == 1


@pytest.mark.parametrize(
    "query, status, message",
    [
        ("limit=100000", 422, "less than or equal to 100"),
        ("offset=-1", 422, "greater than or equal to 0"),
        ("limit=abc", 422, "valid integer"),
        ("locale=de", 400, "Unknown locale de"),
        ("fields=title,password", 400, "Unknown field password"),
        ("type=auth.User", 400, "Unknown type auth.User"),
        ("colour=red", 400, "Unknown parameter colour"),
    ],
)
def test_bad_input_gets_a_clear_4xx(client, content, query, status, message):
    response = client.get(f"/api/v1/pages/?{query}", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == status
    assert message in response.content.decode()


def test_unknown_theme_and_audience_slugs_are_ignored_as_on_the_listings(client, content):
    """Finding 7 of issue 14: a schema-valid slug is never a 400; like a listing's link, an unknown
    one is dropped and the known ones still filter."""
    everything = titles(get(client, "/api/v1/pages/"))
    assert titles(get(client, "/api/v1/pages/?audience=bestaat-niet")) == everything
    assert titles(get(client, "/api/v1/pages/?theme=bestaat-niet")) == everything
    assert titles(get(client, "/api/v1/pages/?audience=bestaat-niet&audience=werkgevers")) == ["Werk B"]
    assert titles(get(client, "/api/v1/pages/?theme=wonen&theme=%C2%B2&locale=nl")) == ["Wonen A"]


def test_the_description_lists_the_values_the_parameters_accept(client, content):
    spec = get(client, "/api/v1/openapi.json")
    params = {p["name"]: p["schema"] for p in spec["paths"]["/api/v1/pages/"]["get"]["parameters"]}
    assert params["locale"]["enum"] == ["nl", "fr", "en"]
    assert "press.OpinionPage" in params["type"]["enum"] and "auth.User" not in params["type"]["enum"]
    assert get(client, "/api/v1/pages/?fields=title, intro")["items"]
    assert client.get("/api/v1/pages/?fields=title,,intro").status_code == 400
    detail = {p["name"]: p["schema"] for p in spec["paths"]["/api/v1/pages/{page_id}/"]["get"]["parameters"]}
    assert detail["page_id"]["maximum"] == 2**31 - 1
    assert client.get(f"/api/v1/pages/{2**40}/").status_code == 422


def test_fields_parameter_trims_the_items(client, content):
    item = get(client, "/api/v1/pages/?fields=intro")["items"][0]
    assert set(k for k, v in item.items() if v is not None) == {"id", "type", "title", "locale", "url", "intro"}


def test_documents_and_images_only_when_used_by_public_pages(client, press_room, make_press_item, make_page):
    used = DocumentFactory(title="Persdossier")
    draft_only = DocumentFactory(title="Embargo-dossier")
    orphan = DocumentFactory(title="Los bestand")
    make_press_item("release", slug="met-bijlage", attachment=used)
    embargo = make_page(
        PressReleasePageFactory, press_room, slug="embargo", publish=False, live=False, attachment=draft_only
    )
    assert not embargo.live
    restricted = Collection.get_first_root_node().add_child(name="Intern")
    secret = DocumentFactory(title="Geheim", collection=restricted)
    make_press_item("release", slug="geheim", attachment=secret)
    CollectionViewRestriction.objects.create(collection=restricted, restriction_type="login")
    image = ImageFactory(title="Persfoto")
    make_press_item("release", slug="met-foto", listing_image=image)
    ImageFactory(title="Niet gebruikt")

    docs = get(client, "/api/v1/documents/")
    assert titles(docs) == ["Persdossier"]
    assert docs["items"][0]["url"].startswith("http://testserver/documents/")
    assert docs["items"][0]["file_extension"] == "pdf"
    assert orphan.title not in titles(docs)
    images = get(client, "/api/v1/images/")
    assert titles(images) == ["Persfoto"]
    assert images["items"][0]["width"] == 640
    assert client.get("/api/v1/images/?limit=500").status_code == 422


def test_errors_are_translated(client, content):
    response = client.get("/api/v1/pages/?locale=de", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.json()["detail"] == "Langue inconnue de. Utilisez l'une de : nl, fr, en."


def test_cors_is_read_only(client, content):
    response = client.get("/api/v1/pages/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/api/v1/pages/", HTTP_ORIGIN="https://partner.example")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert client.post("/api/v1/pages/", {}).status_code == 405
    assert client.delete(f"/api/v1/pages/{content['a'].pk}/").status_code == 405


def test_openapi_description(client):
    schema = get(client, "/api/v1/openapi.json")
    assert schema["info"]["title"] == "LEVL public API"
    assert {"/api/v1/pages/", "/api/v1/pages/{page_id}/", "/api/v1/documents/", "/api/v1/images/"} <= set(
        schema["paths"]
    )
    params = {p["name"]: p for p in schema["paths"]["/api/v1/pages/"]["get"]["parameters"]}
    assert params["limit"]["schema"]["maximum"] == 100


def test_list_query_budget_does_not_grow(client, make_press_item, themes):
    image = ImageFactory(title="Beeld")

    def add(start, count):
        for n in range(start, start + count):
            make_press_item(
                "release",
                datetime.date(2025, 1, 1 + n),
                [themes["wonen"], themes["werk"]],
                slug=f"i{n}",
                listing_image=image,
            )

    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    add(0, 2)
    few = queries("/api/v1/pages/?limit=50&theme=wonen&locale=nl")
    few_docs = queries("/api/v1/documents/")
    add(2, 20)
    assert queries("/api/v1/pages/?limit=50&theme=wonen&locale=nl") == few <= 10
    assert queries("/api/v1/documents/") == few_docs <= 4


@pytest.mark.parametrize(
    "path",
    ["/api/v1/pages/?limit=abc", "/api/v1/pages/?offset=-1", "/api/v1/documents/?limit=0", "/api/v1/pages/x/"],
)
def test_every_error_matches_the_openapi_description(client, content, path):
    """Finding 7 of issue 14: the status is documented for the operation and ``detail`` is a string."""
    spec = get(client, "/api/v1/openapi.json")
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code in (400, 404, 422)
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail
    template = "/api/v1/pages/{page_id}/" if path.endswith("/x/") else path.split("?")[0]
    documented = spec["paths"][template]["get"]["responses"]
    assert str(response.status_code) in documented


def test_unknown_parameter_on_page_detail_is_a_documented_400(client, content):
    spec = get(client, "/api/v1/openapi.json")
    assert "400" in spec["paths"]["/api/v1/pages/{page_id}/"]["get"]["responses"]
