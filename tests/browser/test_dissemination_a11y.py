"""axe-core on the press room (filtered, nl and fr) and on the indicators dashboard as a logged-in manager."""

import datetime

import pytest
from playwright.sync_api import expect

from press.factories import OpinionPageFactory, PressIndexPageFactory, PressReleasePageFactory
from website.factories import ImageFactory
from website.taxonomy.factories import ThemeFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def press_site(home_pages, make_page, locales, translate_page):
    wonen = ThemeFactory(name="Wonen", slug="wonen", locale=locales["nl"])
    translate_page(wonen, locales["fr"], name="Logement")
    room = make_page(PressIndexPageFactory, home_pages["nl"])
    translate_page(room, locales["fr"], title="Presse", slug="presse", contact_role="Porte-parole")
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # flushed by an earlier transactional test
        Collection.add_root(name="Root")
    image = ImageFactory(title="Persfoto")
    for n in range(3):
        for factory in (PressReleasePageFactory, OpinionPageFactory):
            page = make_page(
                factory,
                room,
                slug=f"{factory.__name__[:5].lower()}-{n}",
                date=datetime.date(2023 + n, 3, 1),
                listing_image=image,
            )
            page.themes.set([wonen])
            page.save_revision().publish()
            if n == 1:
                translate_page(page, locales["fr"], title=f"Article {page.slug}", slug=f"{page.slug}-fr")
    return room


def test_press_index_is_accessible_and_filters_by_keyboard(live_server, page, press_site, assert_accessible):
    page.goto(f"{live_server.url}/nl/pers/")
    assert_accessible(page, "press index nl")
    # Keyboard only: tick "Opiniestuk" and submit the filter form.
    page.focus("input[name=type][value=opinion]")
    page.keyboard.press("Space")
    page.focus(".facets button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**type=opinion**")
    expect(page.locator(".card__title a")).to_have_count(3)
    expect(page.locator("meta[name=robots]")).to_have_attribute("content", "noindex, follow")
    assert_accessible(page, "filtered press index nl")
    page.goto(f"{live_server.url}/fr/presse/?year=2024")
    expect(page.locator(".card__title a")).to_have_count(2)
    assert_accessible(page, "filtered press index fr")
    page.locator(".card__title a").first.click()
    assert_accessible(page, "press item fr")


def test_indicators_dashboard_is_accessible(live_server, page, press_site, django_user_model, assert_accessible):
    django_user_model.objects.create_superuser("manager", "manager@example.org", "pw-manager-1")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "manager")
    page.fill("input[name=password]", "pw-manager-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    expect(page.locator(".indicators-panel")).to_have_count(1)
    page.goto(f"{live_server.url}/admin/indicators/?year=2024")
    expect(page.locator("#indicators-per-year")).to_contain_text("2/40")
    assert_accessible(page, "indicators dashboard")
