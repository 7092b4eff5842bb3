"""The site on a phone (390 px) and a desktop (1280 px), in Dutch and French: home, a filtered
listing, a detail page and the recommendation board have no WCAG 2.1 AA violations, no heading
runs out of its box, nothing scrolls sideways, and on a phone the first result is within the
first two screens. Also: the header's menu button is a working disclosure, and a listing still
filters without JavaScript (its submit button)."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from recommendations.factories import RecommendationIndexPageFactory, RecommendationPageFactory
from recommendations.models import StatusChange
from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory
from website.factories import ImageFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
# A long Dutch compound: it must wrap (hyphens, overflow-wrap) instead of running out of its card.
LONG_TITLE = "Ondersteuningspakket arbeidsmarktintegratiebegeleiding voor werkgeversorganisaties"


@pytest.fixture
def site(home_pages, make_page, translate_page, terms):
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # flushed by an earlier transactional test
        Collection.add_root(name="Root")
    fr = home_pages["fr"].locale
    image = ImageFactory(title="Illustratie")
    toolkits = make_page(ToolkitIndexPageFactory, home_pages["nl"])
    translate_page(toolkits, fr, title="Boîtes à outils", slug="boites-a-outils")
    for index, (slug, title, theme) in enumerate(
        (("pakket", LONG_TITLE, "werk"), ("wonen", "Betaalbaar wonen", "wonen"), ("werven", "Inclusief werven", "werk"))
    ):
        toolkit = make_page(
            ToolkitPageFactory, toolkits, slug=slug, title=title, listing_image=image if index else None
        )
        toolkit.themes.set([terms[theme]])
        toolkit.audiences.set([terms["werkgevers"]])
        toolkit.save_revision().publish()
        translate_page(toolkit, fr, title=f"{title} (FR)", slug=f"{slug}-fr")
    board = make_page(RecommendationIndexPageFactory, home_pages["nl"])
    advice = RecommendationPageFactory.build(slug="huur", title="Advies huur", date_issued=datetime.date(2025, 1, 15))
    advice.status_history = [
        StatusChange(
            date=datetime.date(2025, 3, 1), status="besproken", note="Besproken.", locale=home_pages["nl"].locale
        )
    ]
    board.add_child(instance=advice)
    advice.themes.set([terms["wonen"]])
    advice.save_revision().publish()
    translate_page(board, fr, title="Avis politiques", slug="avis")
    translate_page(advice, fr, title="Tests de situation", slug="tests")


PAGES = {
    "nl": ["/nl/", "/nl/toolkits/?theme=werk&audience=werkgevers", "/nl/toolkits/pakket/", "/nl/beleidsadviezen/"],
    "fr": ["/fr/", "/fr/boites-a-outils/?theme=werk", "/fr/boites-a-outils/pakket-fr/", "/fr/avis/"],
}
LISTINGS = ("/nl/toolkits/?theme=werk&audience=werkgevers", "/nl/beleidsadviezen/", "/fr/boites-a-outils/?theme=werk")

# Headings whose text is wider than their box, and whether the page scrolls sideways.
LAYOUT_PROBLEMS = """() => {
  const overflowing = [...document.querySelectorAll('h1, h2, h3')]
    .filter(h => h.offsetParent !== null && h.scrollWidth > h.clientWidth + 1)
    .map(h => h.textContent.trim().slice(0, 60));
  return {overflowing, sideways: document.documentElement.scrollWidth > window.innerWidth};
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
@pytest.mark.parametrize("code", ["nl", "fr"])
def test_main_pages_fit_the_screen_and_pass_axe(
    live_server, site, browser, axe_source, assert_accessible, viewport, code
):
    context = browser.new_context(viewport=viewport, locale="nl-BE")
    tab = context.new_page()
    failures = []
    try:
        for path in PAGES[code]:
            response = tab.goto(live_server.url + path)
            expect(tab.locator("main h1")).to_be_visible()
            try:
                assert response.status == 200, f"{path}: HTTP {response.status}"
                problems = tab.evaluate(LAYOUT_PROBLEMS)
                assert problems == {"overflowing": [], "sideways": False}, f"{path}: {problems}"
                assert_accessible(tab, f"{path} at {viewport['width']} px")
            except AssertionError as error:
                failures.append(str(error))
    finally:
        context.close()
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("path", LISTINGS)
def test_on_a_phone_the_first_result_is_within_two_screens(live_server, site, browser, path):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    tab.goto(live_server.url + path)
    first = tab.locator(".listing__results .card").first
    expect(first).to_be_visible()
    # Results come first: the filters are one closed "Filters (n)" line above them.
    expect(tab.locator(".facets-panel")).not_to_have_attribute("open", "")
    top = first.evaluate("el => el.getBoundingClientRect().top + window.scrollY")
    assert top < 2 * PHONE["height"], f"first result starts at {top:.0f} px"
    context.close()


def test_filter_panel_counts_chips_and_clear_all(live_server, site, browser):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    tab.goto(live_server.url + "/nl/toolkits/?theme=werk&audience=werkgevers")
    expect(tab.locator(".facets-panel__summary")).to_have_text(re.compile(r"Filters \(2\)"))
    expect(tab.locator(".active-filters .chip")).to_have_count(2)
    # An option that would give no results cannot be ticked.
    expect(tab.locator("input[name=theme][value=onderwijs]")).to_be_disabled()
    tab.locator(".active-filters .chip", has_text="Thema: Werk").click()
    expect(tab).not_to_have_url(re.compile(r"theme="))
    expect(tab.locator(".active-filters .chip")).to_have_count(1)
    tab.get_by_role("link", name="Alles wissen").click()
    expect(tab.locator(".active-filters")).to_have_count(0)
    expect(tab.locator(".listing__results .card")).to_have_count(3)
    context.close()


def test_menu_button_is_a_disclosure(live_server, site, browser):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    tab.goto(live_server.url + "/nl/toolkits/")
    button = tab.get_by_role("button", name="Menu")
    menu = tab.locator("#site-menu")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    header = tab.locator(".site-header").bounding_box()
    assert header["height"] < 100, f"header is {header['height']:.0f} px tall on a phone"
    button.focus()
    tab.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    expect(tab.locator("#site-menu .language-switcher")).to_be_visible()
    tab.keyboard.press("Tab")  # into the menu
    tab.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(menu).to_be_hidden()
    context.close()
    # On a wide screen there is no button: the menu is always shown.
    context = browser.new_context(viewport=DESKTOP)
    tab = context.new_page()
    tab.goto(live_server.url + "/nl/toolkits/")
    expect(tab.locator(".menu-toggle")).to_be_hidden()
    expect(tab.locator("#site-menu .language-switcher")).to_be_visible()
    context.close()


def test_without_javascript_the_menu_shows_and_filters_apply_with_the_button(live_server, site, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + "/nl/toolkits/")
    expect(tab.locator(".menu-toggle")).to_be_hidden()
    expect(tab.locator("#site-menu .language-switcher")).to_be_visible()
    tab.locator(".facets-panel__summary").click()
    tab.locator("label[for=facet-theme-wonen]").click()
    tab.get_by_role("button", name="Filters toepassen").click()
    expect(tab).to_have_url(re.compile(r"theme=wonen"))
    expect(tab.locator(".listing__results .card__title a")).to_have_text(["Betaalbaar wonen"])
    context.close()


def test_language_switch_keeps_the_filters(live_server, site, page):
    page.goto(live_server.url + "/nl/toolkits/?theme=werk&page=1")
    page.locator(".language-switcher a[hreflang=fr]").click()
    expect(page).to_have_url(re.compile(r"/fr/boites-a-outils/\?theme=werk$"))
    expect(page.locator(".active-filters .chip")).to_have_count(1)
