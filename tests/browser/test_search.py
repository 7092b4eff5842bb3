"""Header search in a real browser: suggestions by keyboard, plain submit, accessible results page."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def search_pages(home_pages, make_page):
    from search.factories import SearchablePageFactory
    from website.taxonomy.factories import ThemeFactory

    theme = ThemeFactory(name="Werk", slug="werk")
    pages = []
    for title, text in (
        ("Inclusieve vacatureteksten schrijven", "Zo schrijf je een vacature die iedereen aanspreekt."),
        ("Inclusief aanwerven bij lokale besturen", "Diversiteit in het personeel van gemeenten."),
        ("Discriminatie op de huurmarkt", "Praktijktesten en een inclusieve verhuur."),
    ):
        page = make_page(SearchablePageFactory, home_pages["nl"], title=title, paragraphs=[text])
        page.themes.set([theme])
        page.save_revision().publish()
        pages.append(page)
    return pages


def test_pick_a_suggestion_by_keyboard(live_server, page, search_pages):
    page.goto(live_server.url + "/nl/")
    box = page.get_by_role("combobox", name="Zoek op de site")
    box.click()
    page.keyboard.type("inclusie", delay=40)
    listbox = page.get_by_role("listbox")
    listbox.wait_for(state="visible")
    options = listbox.get_by_role("option")
    expect(options).to_have_count(2)
    expect(box).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = options.nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", second.get_attribute("id"))
    chosen = second.inner_text().splitlines()[0]
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/nl/inclusie[a-z-]+/$"))
    expect(page.locator("h1")).to_have_text(chosen)


def test_escape_closes_and_enter_submits_the_plain_form(live_server, page, search_pages):
    page.goto(live_server.url + "/nl/")
    box = page.get_by_role("combobox", name="Zoek op de site")
    box.click()
    page.keyboard.type("inclusieve", delay=40)
    page.get_by_role("listbox").wait_for(state="visible")
    page.keyboard.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/nl/search/\?q=inclusieve"))
    expect(page.locator(".search-result")).to_have_count(2)


def test_results_page_is_accessible(live_server, page, search_pages, assert_accessible):
    page.goto(live_server.url + "/nl/search/?q=inclusieve&theme=werk")
    expect(page.locator(".search-result")).to_have_count(2)
    expect(page.locator(".search-result__snippet mark").first).to_be_visible()
    assert_accessible(page)
    page.goto(live_server.url + "/nl/search/?q=onvindbaar")
    assert_accessible(page)
    page.goto(live_server.url + "/nl/search/")
    assert_accessible(page)
