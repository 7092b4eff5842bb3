"""RSS 2.0 and Atom feeds of listing pages: valid documents, same items as the page, clear 400s."""

import datetime

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def items(make_press_item, themes):
    return [
        make_press_item("release", datetime.date(2024, 5, 1), [themes["wonen"]], title="R2024 wonen", slug="a"),
        make_press_item("release", datetime.date(2025, 5, 1), [themes["werk"]], title="R2025 werk", slug="b"),
        make_press_item("opinion", datetime.date(2025, 6, 1), [themes["wonen"]], title="O2025 wonen", slug="c"),
    ]


def rss(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required)
    return channel


def test_rss_feed_has_required_elements_and_items(client, press_room, items):
    channel = rss(client, f"/feeds/{press_room.pk}/rss/")
    assert channel.findtext("language") == "nl"
    assert channel.findtext("link") == "http://localhost/nl/pers/"
    entries = channel.findall("item")
    assert [e.findtext("title") for e in entries] == ["O2025 wonen", "R2025 werk", "R2024 wonen"]
    first = entries[0]
    assert first.findtext("link") == "http://localhost/nl/pers/c/"
    assert first.find("guid").get("isPermaLink") == "true"
    assert first.findtext("pubDate").startswith("Sun, 01 Jun 2025")  # the piece's own date
    assert [c.text for c in first.findall("category")] == ["Wonen"]


def test_atom_feed_is_valid(client, press_room, items):
    response = client.get(f"/feeds/{press_room.pk}/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{required}")
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    for entry in entries:
        assert entry.findtext(f"{ATOM}id") and entry.findtext(f"{ATOM}updated") and entry.findtext(f"{ATOM}title")
        assert entry.find(f"{ATOM}link").get("href").startswith("http://localhost/nl/pers/")
        assert entry.find(f"{ATOM}author/{ATOM}name").text == "LEVL"


@pytest.mark.parametrize("query", ["theme=wonen", "type=release&year=2025", "year=2024&year=2025&sort=az"])
def test_filtered_feed_holds_the_same_items_as_the_filtered_page(client, press_room, items, query):
    page = BeautifulSoup(client.get(f"/nl/pers/?{query}").content, "html.parser")
    on_page = [a.get_text() for a in page.select(".card__title a")]
    channel = rss(client, f"/feeds/{press_room.pk}/rss/?{query}")
    assert [e.findtext("title") for e in channel.findall("item")] == on_page
    assert on_page  # the filters do select something


def test_feed_is_in_the_language_of_its_index(client, press_room, items, locales, translate_page):
    fr_room = translate_page(press_room, locales["fr"], title="Presse", slug="presse")
    translate_page(items[0], locales["fr"], title="R2024 logement", slug="a-fr")
    channel = rss(client, f"/feeds/{fr_room.pk}/rss/")
    assert channel.findtext("language") == "fr"
    assert [e.findtext("title") for e in channel.findall("item")] == ["R2024 logement"]


@pytest.mark.parametrize(
    "query, message",
    [
        # In the index's language (Dutch here), listing what is allowed.
        ("theme=onbekend", "Onbekende waarde onbekend voor filter theme. Gekende waarden: werk, wonen."),
        ("year=abcd", "Onbekende waarde abcd voor filter year."),
        ("sort=random", "Onbekende sortering"),
        ("page=-1", "geheel getal"),
    ],
)
def test_unknown_filters_give_a_clear_400(client, press_room, items, query, message):
    response = client.get(f"/feeds/{press_room.pk}/rss/?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()


def test_parameters_that_are_no_filter_are_ignored(client, press_room, items):
    # utm_* of a newsletter link, a tracker's fbclid: the feed of the listing, not a 400 (issue 14).
    plain = client.get(f"/feeds/{press_room.pk}/rss/")
    tracked = client.get(f"/feeds/{press_room.pk}/rss/?colour=red&utm_source=newsletter")
    assert tracked.status_code == plain.status_code == 200
    assert tracked.content.count(b"<item>") == plain.content.count(b"<item>")


def test_feeds_only_for_live_public_listing_pages(client, press_room, items, home_pages):
    def status(url):
        return client.get(url).status_code  # a plain 404, not a redirect to /nl/...

    assert status(f"/feeds/{home_pages['nl'].pk}/rss/") == 404  # no listing
    assert status(f"/feeds/{items[0].pk}/rss/") == 404
    assert status(f"/feeds/{press_room.pk}/json/") == 404
    press_room.unpublish()
    assert status(f"/feeds/{press_room.pk}/rss/") == 404


def test_drafts_never_reach_the_feed(client, press_room, items):
    items[1].unpublish()
    channel = rss(client, f"/feeds/{press_room.pk}/rss/")
    assert "R2025 werk" not in [e.findtext("title") for e in channel.findall("item")]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_query_budget_does_not_grow(client, press_room, make_press_item, themes, kind):
    from website.factories import ImageFactory

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

    def queries():
        url = f"/feeds/{press_room.pk}/{kind}/?theme=wonen"
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    add(0, 2)
    few = queries()
    add(2, 20)
    many = queries()
    assert few == many <= 10
