"""``related_cards``: the one helper for related-content cards (toolkits with suggestions,
recommendations and campaigns with the editor's picks only)."""

import pickle

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory
from website.factories import ImageFactory
from website.pages.listings import CARD_RENDITIONS, related_cards

pytestmark = pytest.mark.django_db


@pytest.fixture
def toolkits(home_pages, make_page, terms):
    index = make_page(ToolkitIndexPageFactory, home_pages["nl"], slug="toolkits")
    image = ImageFactory(title="Kaart")
    made = {}
    for slug in ("bron", "een", "twee", "drie"):
        page = make_page(ToolkitPageFactory, index, title=slug.title(), slug=slug, listing_image=image)
        page.themes.set([terms["werk"]])
        page.save_revision().publish()
        made[slug] = page
    return made


def test_picks_come_first_in_the_editors_order_then_suggestions(toolkits):
    source, picks = toolkits["bron"], [toolkits["drie"].pk, toolkits["een"].pk]
    assert [card.slug for card in related_cards(source, picks)] == ["drie", "een", "twee"]
    assert [card.slug for card in related_cards(source, picks, limit=2)] == ["drie", "een"]


def test_picks_only_without_suggestions(toolkits):
    source = toolkits["bron"]
    assert [card.slug for card in related_cards(source, [toolkits["drie"].pk, toolkits["een"].pk], suggest=False)] == [
        "drie",
        "een",
    ]
    assert related_cards(source, [], suggest=False) == []
    toolkits["een"].unpublish()
    assert [card.slug for card in related_cards(source, [toolkits["een"].pk], suggest=False)] == []


def test_cached_cards_carry_their_renditions(toolkits):
    cards = pickle.loads(pickle.dumps(related_cards(toolkits["bron"], [toolkits["een"].pk], suggest=False)))
    with CaptureQueriesContext(connection) as queries:
        cards[0].listing_image.get_rendition(CARD_RENDITIONS[0])
    assert len(queries) == 0
