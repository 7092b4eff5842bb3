"""An editor composes a newsletter issue in the admin, previews it as an e-mail, sends a test to
themselves and then sends it, in a real browser under the production CSP. Mail goes to the
suite's real SMTP server (aiosmtpd); the subscribers' messages are the ones it received.

The ``admin_browser`` harness fails the test on any CSP violation, JavaScript error, 4xx/5xx
answer or axe-core violation on the admin screens it visits.
"""

import re

import pytest
from playwright.sync_api import expect

from newsletters.factories import SubscriberFactory
from newsletters.tests.conftest import archive, body, sender_settings, smtp  # noqa: F401
from tests.admin_roles import make_roles
from tests.browser.admin.test_editor_journeys import open_more_actions
from tests.browser.admin.test_page_families import choose, field
from website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Nieuwsbrief december"
SUBJECT = "Eerlijk aanwerven: tien stappen"
TEASED = "Toolkit inclusief aanwerven"


@pytest.fixture
def newsroom(archive, sender_settings, home_pages, make_page, django_user_model, live_server, settings):  # noqa: F811
    """The archive, a page to tease, two subscribers and an editor who may publish and send issues."""
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupPagePermission

    if Collection.get_first_root_node() is None:  # flushed by an earlier transactional test
        Collection.add_root(name="Root")
    # Links and images in the mail point at the live server, as they point at BASE_URL in production.
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    users = make_roles(home_pages, django_user_model)
    editor = users["editor"]
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    # Sending is for whoever may publish the issue (newsletters/admin_views.py): here the editors
    # who run the newsletter, on its archive.
    GroupPagePermission.objects.create(group=editor.groups.get(), page=archive["nl"], permission=publish)
    teased = make_page(
        StandardPageFactory,
        home_pages["nl"],
        title=TEASED,
        slug="toolkit",
        intro="Tien stappen naar een eerlijke selectie.",
    )
    subscribers = [SubscriberFactory(email=f"lezer{n}@example.org", language="nl") for n in (1, 2)]
    SubscriberFactory(email="lecteur@example.org", language="fr")  # another language: not this issue
    return {"editor": editor, "archive": archive["nl"], "teased": teased, "subscribers": subscribers}


def test_editor_composes_previews_tests_and_sends_an_issue(admin_browser, newsroom, smtp, live_server):  # noqa: F811
    from newsletters.models import Delivery, NewsletterPage

    admin_browser.login(newsroom["editor"])
    tab = admin_browser.visit(
        f"/admin/pages/add/newsletters/newsletterpage/{newsroom['archive'].pk}/",
        "add newsletter issue",
        ready="#id_title",
    )
    tab.fill("#id_title", TITLE)
    tab.fill("#id_intro", "Het nieuws van december: eerlijk aanwerven, van vacature tot eerste werkdag.")
    tab.fill("#id_subject", SUBJECT)
    stream = field(tab, "body")
    stream.get_by_role("button", name=re.compile("Blok invoegen|Insert a block")).first.click()
    tab.get_by_role("option", name=re.compile("^(Titel|Heading)$")).click()
    stream.locator("input[name='body-0-value-text']").fill("In de kijker")
    stream.get_by_role("button", name=re.compile("Blok invoegen|Insert a block")).last.click()
    tab.get_by_role("option", name=re.compile("^(Tekst|Text)$")).click()
    stream.locator("[contenteditable=true]").last.fill("Tien stappen, en wat werkgevers er zelf over zeggen.")
    stream.get_by_role("button", name=re.compile("Blok invoegen|Insert a block")).last.click()
    tab.get_by_role("option", name=re.compile("^(Inhoudspagina|Content page)$")).click()
    # (Stream children's content paths are their block ids; the teaser's "page" is the only one.)
    choose(admin_browser, stream.locator("[data-contentpath=page]").last, TEASED, "page chooser")
    admin_browser.axe("add newsletter issue, filled in")
    expect(tab.locator("#w-autosave-indicator .w-autosave-indicator__state--saved")).to_be_visible()
    expect(tab.locator("#w-autosave-indicator .w-autosave-indicator__state--saving")).to_be_hidden()

    open_more_actions(tab)
    with tab.expect_navigation():
        tab.locator("button[name=action-publish]").click()
    admin_browser.settle()
    expect(tab.locator(".messages .success")).to_be_visible()
    issue = NewsletterPage.objects.get(title=TITLE)
    assert issue.live and smtp.messages == []  # publishing sends nothing

    # The send screen: the audience, a preview of the mail, a test to the editor, then the send.
    tab = admin_browser.visit(f"/admin/newsletters/issue/{issue.pk}/", "send newsletter")
    expect(tab.locator("main")).to_contain_text("2")  # "This issue will go to 2 confirmed subscribers"
    with tab.context.expect_page() as opened:
        tab.get_by_role("link", name=re.compile("Voorbeeld als e-mail|Preview as email")).click()
    preview = opened.value
    expect(preview.get_by_role("heading", name="In de kijker")).to_be_visible()
    expect(preview.get_by_role("link", name=re.compile(TEASED)).first).to_be_visible()
    preview.close()
    assert smtp.messages == []  # a preview sends nothing

    with tab.expect_navigation():
        tab.get_by_role("button", name=re.compile("Stuur mij een test|Send a test to me")).click()
    admin_browser.settle()
    expect(tab.locator(".messages .success")).to_contain_text("editor@example.org")
    admin_browser.axe("send newsletter, test sent")
    [test] = smtp.to("editor@example.org")
    assert SUBJECT in test["Subject"] and "In de kijker" in body(test, "html")
    assert smtp.recipients() == ["editor@example.org"]  # nobody else yet
    assert not Delivery.objects.exists()

    with tab.expect_navigation():
        tab.get_by_role("button", name=re.compile("^(Versturen|Send)$")).click()
    admin_browser.settle()
    expect(tab.locator(".messages .success")).to_be_visible()
    # The progress shows every subscriber sent (the page refreshes itself while sending).
    expect(tab.locator("main")).to_contain_text(re.compile(r"(Verstuurd|Sent): 2"))
    admin_browser.axe("send newsletter, sent")
    for subscriber in newsroom["subscribers"]:
        [message] = smtp.to(subscriber.email)
        assert message["Subject"] == SUBJECT
        assert TEASED in body(message, "html") and "In de kijker" in body(message, "plain")
    assert sorted(smtp.recipients()) == ["editor@example.org", "lezer1@example.org", "lezer2@example.org"]
    assert sorted(Delivery.objects.filter(status=Delivery.Status.SENT).values_list("email", flat=True)) == [
        "lezer1@example.org",
        "lezer2@example.org",
    ]

    # A second click on the done issue sends nothing more.
    expect(tab.get_by_role("button", name=re.compile("^(Versturen|Send)$"))).to_have_count(0)

    # Visitors find the sent issue in the public archive.
    visitor = admin_browser.new_tab()
    visitor.goto(live_server.url + newsroom["archive"].url)
    expect(visitor.get_by_role("link", name=re.compile(TITLE)).first).to_be_visible()
