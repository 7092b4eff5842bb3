"""The public text checker in a real browser: without JavaScript (the form posts) and with it
(checks as the visitor types, through the API), each state with axe-core at 0 violations."""

import re

import pytest
from playwright.sync_api import expect

from glossary.tests.conftest import entries, guide  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db(transaction=True)
TEXT = "Het stadsbestuur praat over allochtonen en over kansarmen. Het woord 'neger' citeren we hier alleen."


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()


def test_the_checker_works_without_javascript(browser, page, live_server, guide, assert_accessible):  # noqa: F811
    # axe needs JavaScript to run, so the page states a visitor without it gets are checked for
    # accessibility in a second, JavaScript-enabled tab that submits the same form.
    context = browser.new_context(locale="nl-BE", java_script_enabled=False)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    try:
        tab.goto(f"{live_server.url}/nl/taalgids/")
        expect(tab.locator("#term-allochtoon")).to_be_visible()
        tab.get_by_label("Je tekst").fill(TEXT)
        tab.get_by_role("button", name="Mijn tekst nakijken").click()
        marks = tab.locator(".glossary-highlighted mark")
        expect(marks).to_have_text(["allochtonen", "kansarmen"])
        expect(tab.locator(".glossary-found")).to_contain_text("persoon met een migratieachtergrond")
        expect(tab.locator(".glossary-readability")).to_contain_text("Leesbaarheid (Flesch–Douma)")
        expect(tab.get_by_label("Je tekst")).to_have_value(TEXT)

        tab.get_by_label("Je tekst").fill("")
        tab.get_by_role("button", name="Mijn tekst nakijken").click()
        expect(tab.locator("#id_text-error")).to_have_text("Plak een tekst om na te kijken.")
        expect(tab.get_by_label("Je tekst")).to_have_attribute("aria-invalid", "true")

        tab.goto(f"{live_server.url}/nl/taalgids/?theme=werk#glossary-heading")
        expect(tab.locator(".glossary-entry dt a")).to_have_text(["kansarm"])
    finally:
        context.close()

    page.goto(f"{live_server.url}/nl/taalgids/")
    assert_accessible(page, "guide page")
    page.get_by_label("Je tekst").fill(TEXT)
    page.get_by_role("button", name="Mijn tekst nakijken").click()
    expect(page.locator(".glossary-highlighted mark")).to_have_text(["allochtonen", "kansarmen"])
    assert_accessible(page, "guide page with a checked text (server-rendered)")
    page.get_by_label("Je tekst").fill("")
    page.get_by_role("button", name="Mijn tekst nakijken").click()
    expect(page.locator("#id_text-error")).to_have_text("Plak een tekst om na te kijken.")
    assert_accessible(page, "guide page with an input error")


def test_with_javascript_it_checks_as_the_visitor_types(page, live_server, guide, assert_accessible):  # noqa: F811
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{live_server.url}/nl/taalgids/")
    url = page.url
    page.get_by_label("Je tekst").press_sequentially("Veel allochtonen wonen hier al jaren.", delay=5)
    marks = page.locator(".glossary-highlighted mark")
    expect(marks).to_have_text(["allochtonen"])
    expect(page.locator(".glossary-summary")).to_have_text("1 woord om te herbekijken.")
    expect(page.locator(".glossary-found")).to_contain_text("Maakt van mensen blijvend buitenstaanders.")
    assert page.url == url  # no form submission: the check came from the API
    marks.first.locator("a").click()
    expect(page).to_have_url(re.compile(r"/nl/taalgids/#term-allochtoon$"))
    expect(page.locator("#term-allochtoon")).to_be_in_viewport()
    assert_accessible(page, "guide page checked as the visitor types")
    assert errors == []  # no CSP violation, no script error
