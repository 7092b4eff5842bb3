import datetime

import pytest


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
