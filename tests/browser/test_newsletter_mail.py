"""The newsletter as a phone's mail app shows it: Chromium at 375 px, light and dark, images on and
blocked. The HTML is the one the suite's SMTP server received, so this is what subscribers get."""

import pytest
from playwright.sync_api import expect

from newsletters import sending
from newsletters.factories import SubscriberFactory
from newsletters.tests.conftest import archive, bilingual_issue, body, sender_settings, smtp  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 375, "height": 800}
IMAGES_LOADED = "[...document.images].every(image => image.complete && image.naturalWidth > 0)"


@pytest.fixture
def root_collection():
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # flushed by an earlier transactional test
        Collection.add_root(name="Root")


@pytest.fixture
def received_html(root_collection, smtp, bilingual_issue, live_server, settings):  # noqa: F811
    # Images and links point at the live server, as they point at BASE_URL in production.
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    SubscriberFactory(email="phone@example.org", language="en")
    sending.run_dispatch(sending.start_dispatch(bilingual_issue["en"]).pk)
    [message] = smtp.to("phone@example.org")
    return body(message, "html")


@pytest.fixture
def phone(browser):
    contexts = []

    def open_tab(**options):
        context = browser.new_context(viewport=PHONE, locale="en-GB", **options)
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        return tab

    yield open_tab
    for context in contexts:
        context.close()


def test_issue_fits_a_phone_in_light_and_dark_mode_with_tap_sized_footer_links(phone, received_html, assert_accessible):
    tab = phone()
    tab.set_content(received_html, wait_until="load")
    expect(tab.get_by_role("link", name="Read more")).to_be_visible()
    tab.wait_for_function(IMAGES_LOADED)
    assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    image = tab.get_by_role("img", name="Two people in a job interview")
    assert image.bounding_box()["width"] <= PHONE["width"]
    assert_accessible(tab, "issue mail, light")

    for name in ("Change your language or themes", "Unsubscribe"):
        box = tab.get_by_role("link", name=name).bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, (name, box)
    expect(tab.locator(".sender")).to_contain_text("Gaucheretstraat 164, 1030 Brussel")

    # Dark mode: the mail's own dark colours, still readable (axe checks contrast).
    tab.emulate_media(color_scheme="dark")
    expect(tab.locator("body")).to_have_css("background-color", "rgb(18, 24, 22)")
    expect(tab.locator(".btn").first).to_have_css("background-color", "rgb(143, 216, 204)")
    assert_accessible(tab, "issue mail, dark")


def test_with_images_blocked_the_reader_sees_a_described_block(phone, received_html):
    tab = phone()
    tab.route("**/media/**", lambda route: route.abort())
    tab.set_content(received_html, wait_until="load")
    cell = tab.locator(".img-cell")
    expect(cell).to_have_css("background-color", "rgb(223, 233, 231)")
    image = tab.get_by_role("img", name="Two people in a job interview")
    expect(image).to_have_css("color", "rgb(0, 71, 64)")
    assert tab.evaluate("document.images[0].naturalWidth") == 0  # blocked indeed
    # The block keeps the image's proportions (its width and height attributes): the layout does
    # not jump, and the tinted block shows the description where the picture would be.
    box = cell.bounding_box()
    ratio = int(image.get_attribute("height")) / int(image.get_attribute("width"))
    assert box["width"] <= PHONE["width"] and abs(box["height"] - box["width"] * ratio) < 2, box
    assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
