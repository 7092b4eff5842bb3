"""The foundation as a visitor meets it in a real browser: no WCAG 2.1 AA violations, and the
language switcher works with the keyboard alone.

Debian's Chromium (Playwright) against pytest-django's live server, axe-core from npm.
"""

import re

import pytest
from playwright.sync_api import expect

from website.factories import ImageFactory, StandardPageFactory
from website.models import HomeFeaturedItem
from website.taxonomy.factories import ThemeFactory

pytestmark = pytest.mark.django_db(transaction=True)

# At most this many Tab presses from the top of the page to reach the switcher: the skip link,
# the logo, the menu items and the current language come first. A higher count means the
# switcher has become hard to reach by keyboard.
MAX_TABS = 12


@pytest.fixture
def site(home_pages, make_page, translate_page, locales):
    """Home pages in three languages with real cards (image, theme label), a menu, a footer link
    and an 'about' page translated into French only."""
    home = home_pages["nl"]
    theme = ThemeFactory(name="Werk", slug="werk", colour="indigo")
    image = ImageFactory(title="Mensen aan het werk", width_px=800, height_px=450)
    about = make_page(
        StandardPageFactory,
        home,
        title="Over ons",
        slug="over-ons",
        intro="LEVL werkt aan een inclusieve samenleving.",
        show_in_menus=True,
        listing_image=image,
        body=[
            ("heading", {"text": "Visie", "level": "h2"}),
            ("paragraph", "<p>Mensen leven met elkaar en niet naast elkaar.</p>"),
            ("quote", {"quote": "Iedereen telt.", "attribution": "LEVL"}),
        ],
    )
    about.themes.add(theme)
    about.save_revision().publish()
    make_page(StandardPageFactory, home, title="Privacyverklaring", slug="privacy", show_in_footer=True)
    HomeFeaturedItem.objects.create(home=home, page=about, sort_order=0, locale=home.locale)
    home.save_revision().publish()
    translate_page(about, locales["fr"], title="Qui sommes-nous", slug="qui-sommes-nous")
    return {"about": about}


@pytest.mark.parametrize(("code", "heading"), [("nl", "Samen bouwen"), ("fr", "Construire"), ("en", "Building")])
def test_home_page_has_no_accessibility_violations(live_server, site, page, assert_accessible, code, heading):
    response = page.goto(f"{live_server.url}/{code}/")
    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.locator("h1")).to_contain_text(heading)
    assert_accessible(page)


def test_standard_page_has_no_accessibility_violations(live_server, site, page, assert_accessible):
    response = page.goto(f"{live_server.url}/nl/over-ons/")
    assert response.status == 200
    expect(page.locator("h1")).to_have_text("Over ons")
    expect(page.locator("nav.breadcrumbs")).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_not_found_page_has_no_accessibility_violations(live_server, site, page, assert_accessible, code):
    response = page.goto(f"{live_server.url}/{code}/bestaat-niet/")
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", code)
    assert_accessible(page)


def _tab_to(page, selector: str) -> int:
    """Press Tab from the top of the page until ``selector`` has focus; return the number of presses."""
    target = page.locator(selector)
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return presses
    raise AssertionError(f"{selector} not reached within {MAX_TABS} Tab presses")


def test_skip_link_is_first_and_moves_focus_to_main(live_server, site, page):
    page.goto(f"{live_server.url}/nl/over-ons/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_keyboard_switches_to_translated_page(live_server, site, page, assert_accessible):
    page.goto(f"{live_server.url}/nl/over-ons/")
    _tab_to(page, ".language-switcher a[hreflang='fr']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/fr/qui-sommes-nous/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text("Qui sommes-nous")
    expect(page.locator(".notice[role=status]")).to_have_count(0)
    assert_accessible(page)


def test_keyboard_switch_to_untranslated_page_lands_on_home_with_note(live_server, site, page, assert_accessible):
    page.goto(f"{live_server.url}/nl/over-ons/")
    link = page.locator(".language-switcher a[hreflang='en']")
    # The visitor is told before following the link that the page itself is not translated.
    expect(link).to_contain_text("not translated")
    _tab_to(page, ".language-switcher a[hreflang='en']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"^{re.escape(live_server.url)}/en/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_contain_text("Building an inclusive society")
    note = page.locator(".notice[role=status]")
    expect(note).to_be_visible()
    expect(note).to_contain_text("not available in this language")
    assert_accessible(page)
