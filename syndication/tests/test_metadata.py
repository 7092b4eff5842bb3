"""Social cards, JSON-LD and robots rules in every page's <head>."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from website.factories import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def meta(html, key):
    tag = html.find("meta", attrs={"property": key}) or html.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def json_ld(html):
    scripts = html.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    # A data block the browser never runs: no nonce needed, so the page stays cacheable.
    assert scripts[0].get("nonce") is None and scripts[0]["type"] == "application/ld+json"
    graph = json.loads(scripts[0].string)["@graph"]
    return {node["@type"]: node for node in graph}


def test_home_page_has_organization_website_and_breadcrumbs(client, home_pages):
    nodes = json_ld(head(client, "/nl/"))
    assert nodes["Organization"]["name"] == "LEVL"
    assert nodes["Organization"]["url"] == "http://localhost/nl/"
    assert nodes["WebSite"]["inLanguage"] == "nl"
    assert nodes["BreadcrumbList"]["itemListElement"][0]["item"] == "http://localhost/nl/"


def test_every_page_gets_open_graph_and_twitter_tags_with_an_image_rendition(client, home_pages, make_page):
    image = ImageFactory(title="Mensen rond een tafel", width_px=1600, height_px=900)
    page = make_page(
        StandardPageFactory,
        home_pages["nl"],
        title="Over ons",
        slug="over-ons",
        intro="Wie we zijn.",
        listing_image=image,
    )
    html = head(client, page.url)
    assert meta(html, "og:title") == "Over ons"
    assert meta(html, "og:description") == "Wie we zijn."
    assert meta(html, "og:url") == "http://localhost/nl/over-ons/"
    assert meta(html, "og:locale") == "nl_BE"
    assert meta(html, "og:type") == "website"
    assert meta(html, "og:image").startswith("http://testserver/media/images/")
    assert (meta(html, "og:image:width"), meta(html, "og:image:height")) == ("1200", "630")
    assert meta(html, "og:image:alt") == "Mensen rond een tafel"
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:title") == "Over ons"
    crumbs = json_ld(html)["BreadcrumbList"]["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, home_pages["nl"].title, "http://localhost/nl/"),
        (2, "Over ons", "http://localhost/nl/over-ons/"),
    ]
    assert json_ld(html)["WebPage"]["image"] == meta(html, "og:image")


def test_page_without_image_gets_a_summary_card(client, home_pages, make_page):
    page = make_page(StandardPageFactory, home_pages["nl"], slug="zonder-beeld")
    html = head(client, page.url)
    assert meta(html, "twitter:card") == "summary"
    assert meta(html, "og:image") is None


def test_press_release_is_a_news_article(client, make_press_item, themes):
    page = make_press_item("release", datetime.date(2025, 3, 12), title="Praktijktesten <nu>", slug="pt")
    nodes = json_ld(head(client, page.url))
    article = nodes["NewsArticle"]
    assert article["headline"] == "Praktijktesten <nu>"  # escaped in HTML, intact once parsed
    assert article["datePublished"] == "2025-03-12"
    assert article["publisher"]["name"] == "LEVL"
    assert article["url"] == page.get_full_url()
    assert "dateModified" in article and article["inLanguage"] == "nl"


def test_opinion_piece_names_author_and_outlet(client, make_press_item):
    page = make_press_item("opinion", outlet="Knack", author="An Peeters", slug="op")
    node = json_ld(head(client, page.url))["OpinionNewsArticle"]
    assert node["author"] == {"@type": "Person", "name": "An Peeters"}
    assert node["publisher"] == {"@type": "Organization", "name": "Knack"}


def test_filtered_listing_is_noindex_and_links_its_filtered_feeds(client, press_room, themes):
    plain = head(client, "/nl/pers/")
    assert meta(plain, "robots") is None
    assert [link["href"] for link in plain.find_all("link", rel="alternate", type="application/rss+xml")] == [
        f"/feeds/{press_room.pk}/rss/"
    ]
    filtered = head(client, "/nl/pers/?theme=wonen&theme=onbekend&page=2")
    assert meta(filtered, "robots") == "noindex, follow"
    assert filtered.find("link", rel="canonical")["href"] == "http://localhost/nl/pers/"
    atom = filtered.find("link", rel="alternate", type="application/atom+xml")
    assert atom["href"] == f"/feeds/{press_room.pk}/atom/?theme=wonen"  # unknown values dropped


def test_warm_page_head_costs_no_extra_query(client, home_pages, make_page, django_assert_max_num_queries):
    image = ImageFactory(title="Beeld")
    page = make_page(StandardPageFactory, home_pages["nl"], slug="warm", listing_image=image)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(page.url)
    with CaptureQueriesContext(connection) as captured:
        client.get(page.url)
    assert len(captured) <= 8  # the standard page's own budget: the head adds nothing
