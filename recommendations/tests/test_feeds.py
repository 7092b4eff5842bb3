"""The status board's RSS/Atom feeds carry the same filters as the board itself."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from .conftest import day

pytestmark = pytest.mark.django_db


def test_filtered_board_links_a_feed_with_the_same_items(client, index_page, make_recommendation):
    make_recommendation(
        title="Diversiteit in het lerarenkorps", slug="lerarenkorps", history=[(day(3), "overgenomen", "")]
    )
    make_recommendation(
        title="Praktijktesten op de huurmarkt", slug="praktijktesten", history=[(day(4), "besproken", "")]
    )

    board = BeautifulSoup(client.get(f"{index_page.url}?status=overgenomen").content, "html.parser")
    rss_link = board.find("link", rel="alternate", type="application/rss+xml")
    assert "status=overgenomen" in rss_link["href"]

    feed = client.get(rss_link["href"])
    assert feed.status_code == 200
    titles = [item.findtext("title") for item in ET.fromstring(feed.content).iter("item")]
    assert titles == ["Diversiteit in het lerarenkorps"]

    unfiltered = client.get(rss_link["href"].split("?")[0])
    assert len(list(ET.fromstring(unfiltered.content).iter("item"))) == 2
    assert client.get(rss_link["href"].split("?")[0] + "?status=bestaat-niet").status_code == 400
