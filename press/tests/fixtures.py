"""Press-room fixtures, shared by the press, syndication, public API and indicators tests."""

import datetime

import pytest

from press.factories import OpinionPageFactory, PressIndexPageFactory, PressReleasePageFactory
from website.taxonomy.factories import ThemeFactory


@pytest.fixture
def themes(locales):
    return {
        "wonen": ThemeFactory(name="Wonen", slug="wonen", locale=locales["nl"]),
        "werk": ThemeFactory(name="Werk", slug="werk", locale=locales["nl"]),
    }


@pytest.fixture
def press_room(home_pages, make_page):
    return make_page(PressIndexPageFactory, home_pages["nl"])


@pytest.fixture
def make_press_item(press_room, make_page):
    """``make_press_item("release"|"opinion", date, themes=[...], **fields)``: a published item."""

    def make(kind, date=datetime.date(2025, 3, 1), themes=(), parent=None, **fields):
        factory = PressReleasePageFactory if kind == "release" else OpinionPageFactory
        page = make_page(factory, parent or press_room, date=date, **fields)
        if themes:
            page.themes.set(themes)
            page.save_revision().publish()
        return page

    return make
