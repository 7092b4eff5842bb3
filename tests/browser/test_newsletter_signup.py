"""Subscribe from the footer with the keyboard only; axe on the form, its errors and confirmations."""

import re

import pytest
from playwright.sync_api import expect

from newsletters.models import Subscriber
from newsletters.tests.conftest import body
from newsletters.tests.helpers import link

# serialized_rollback puts back the migration data (root collection, ...) the flush removes.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def smtp(settings):
    from devservices.base import free_port
    from newsletters.tests.conftest import Controller, Mailbox

    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.NEWSLETTER_MIN_FILL_SECONDS = 0
    yield mailbox
    controller.stop()


def _tab_to(page, selector, limit=80):
    """Press Tab until the element matching ``selector`` has focus (keyboard only, no clicks)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(sel) => document.activeElement.matches(sel)", selector):
            return
    raise AssertionError(f"could not reach {selector} with Tab")


def test_footer_signup_with_keyboard_only_and_accessible_pages(
    page, live_server, home_pages, smtp, assert_accessible, settings
):
    from django.core.cache import cache

    cache.clear()
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    # The home page's own form is its one call to action; other pages have the footer's.
    page.goto(f"{live_server.url}/nl/")
    expect(page.locator("form.signup")).to_have_count(1)
    expect(page.locator(".site-footer form.signup")).to_have_count(0)
    page.goto(f"{live_server.url}/nl/search/?q=werk")
    assert_accessible(page, "search page with footer sign-up form")

    # Error state: submit the footer form without ticking consent, by keyboard.
    _tab_to(page, "footer input[type=email]")
    page.keyboard.type("toetsenbord@example.org")
    _tab_to(page, "footer button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/nl/subscriptions/subscribe/$"))
    expect(page.locator(".signup__errors")).to_be_visible()
    expect(page.locator("main input[type=email]")).to_have_value("toetsenbord@example.org")
    assert_accessible(page, "sign-up form with errors")

    # Fix it with the keyboard: tick consent with Space, submit with Enter.
    _tab_to(page, "main input[name=consent]")
    page.keyboard.press("Space")
    _tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/thanks/$"))
    expect(page.locator("h1")).to_have_text("Kijk in je mailbox")
    # A success state instead of the form: in the page (success colours) and in the footer.
    expect(page.locator("main .success-state")).to_have_css("background-color", "rgb(238, 247, 240)")
    expect(page.locator(".site-footer .signup-box--done h2")).to_be_visible()
    expect(page.locator("form.signup")).to_have_count(0)
    assert_accessible(page, "check your inbox page")

    [mail] = smtp.to("toetsenbord@example.org")
    page.goto(live_server.url + link(body(mail), "confirm"))
    assert_accessible(page, "confirm page")
    _tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Je inschrijving is bevestigd")
    expect(page.locator("form.signup")).to_have_count(0)
    assert_accessible(page, "confirmed page")
    assert Subscriber.objects.get(email="toetsenbord@example.org").status == Subscriber.Status.CONFIRMED

    # Saved preferences are a success, never shown in the warning style.
    page.get_by_role("link", name=re.compile("taal of thema", re.I)).click()
    page.locator("main button[type=submit]").click()
    saved = page.locator("main .notice[role=status]")
    expect(saved).to_be_visible()
    expect(saved).to_have_css("background-color", "rgb(238, 247, 240)")
    expect(saved).to_have_css("border-left-color", "rgb(22, 101, 52)")
    assert_accessible(page, "saved preferences")

    # The confirmation has no unsubscribe link (nothing to leave yet); every newsletter has this one.
    from newsletters.emails import personal_links

    page.goto(personal_links(Subscriber.objects.get(email="toetsenbord@example.org"))["unsubscribe_url"])
    assert_accessible(page, "unsubscribe page")
    _tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Je bent uitgeschreven")
    assert_accessible(page, "unsubscribed page")
