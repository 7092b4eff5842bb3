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


@pytest.fixture
def manager(django_user_model):
    return django_user_model.objects.create_superuser("manager", "manager@example.org", "pw-manager-1")


@pytest.fixture
def press_history(make_press_item, themes, locales, translate_page, press_room):
    """Press items over three years; one translated (counts once), one unpublished (not counted)."""
    items = [
        ("release", datetime.date(2023, 3, 1), [themes["wonen"]]),
        ("opinion", datetime.date(2024, 4, 1), [themes["werk"]]),
        ("release", datetime.date(2024, 5, 1), [themes["wonen"], themes["werk"]]),
        ("release", datetime.date(2025, 1, 10), [themes["werk"]]),
        ("opinion", datetime.date(2025, 2, 10), [themes["wonen"]]),
        ("opinion", datetime.date(2025, 3, 10), [themes["wonen"]]),
    ]
    pages = [make_press_item(kind, date, terms, slug=f"p{n}") for n, (kind, date, terms) in enumerate(items)]
    translate_page(press_room, locales["fr"], title="Presse", slug="presse")
    translate_page(pages[3], locales["fr"], title="Traduit", slug="traduit")
    make_press_item("release", datetime.date(2025, 4, 1), [themes["werk"]], slug="concept").unpublish()
    return pages
