"""An editor creates one page of each content family in the admin, in a real browser under the
production CSP: its inline panels, its image, document, page and snippet choosers and its dates
(through the date picker). The editor submits it, a moderator approves it (Wagtail's default
"Moderators approval" workflow on the whole tree), and a visitor finds it on its listing and at
its address. Recommendations have their own journey (test_editor_journeys.py).

The ``admin_browser`` harness fails a test on any CSP violation, JavaScript error, 4xx/5xx answer
or axe-core violation on the admin screens it visits.
"""

import re

import pytest
from playwright.sync_api import expect

from campaigns.factories import CampaignIndexPageFactory
from practices.factories import PracticeIndexPageFactory, PracticePageFactory
from press.factories import PressIndexPageFactory
from tests.admin_roles import PASSWORD, make_roles
from tests.browser.admin.test_editor_journeys import open_more_actions, pick_date
from themes.factories import ThemeIndexPageFactory
from toolkits.factories import ToolkitIndexPageFactory
from website.factories import DocumentFactory, ImageFactory
from website.taxonomy.factories import PartnerFactory, SectorFactory, ThemeFactory

pytestmark = pytest.mark.django_db(transaction=True)

IMAGE = "Mensen in gesprek aan een tafel"
DOCUMENT = "Werkblad inclusief aanwerven"
PRACTICE = "Huurdersbond test zelf"
PARTNER = "Vereniging van Vlaamse Steden en Gemeenten"


def default_moderation(root_page, django_user_model):
    """Wagtail's default workflow as its migrations create it (flushed by transactional tests):
    the Moderators group approves what editors submit anywhere in the tree. Returns a moderator."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=moderators, page=root_page, permission=permission)
    task, _ = GroupApprovalTask.objects.get_or_create(name="Moderators approval")
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name="Moderators approval", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=root_page, defaults={"workflow": workflow})
    moderator = django_user_model.objects.create_user("moderator", "moderator@example.org", PASSWORD)
    moderator.groups.add(moderators)
    return moderator


@pytest.fixture
def site(home_pages, root_page, make_page, locales, django_user_model):
    """Each family's index under the Dutch home, the things the choosers offer, and the people."""
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # flushed by an earlier transactional test
        Collection.add_root(name="Root")
    nl = locales["nl"]
    home = home_pages["nl"]
    practices = make_page(PracticeIndexPageFactory, home)
    users = make_roles(home_pages, django_user_model)
    users["moderator"] = default_moderation(root_page, django_user_model)
    return {
        "indexes": {
            "toolkit": make_page(ToolkitIndexPageFactory, home),
            "practice": practices,
            "campaign": make_page(CampaignIndexPageFactory, home),
            "theme": make_page(ThemeIndexPageFactory, home),
            "press": make_page(PressIndexPageFactory, home),
        },
        "practice": make_page(PracticePageFactory, practices, title=PRACTICE, slug="huurdersbond"),
        "image": ImageFactory(title=IMAGE),
        "document": DocumentFactory(title=DOCUMENT),
        "partner": PartnerFactory(name=PARTNER),
        "theme": ThemeFactory(name="Wonen", slug="wonen", locale=nl),
        "sector": SectorFactory(name="Zorg en welzijn", slug="zorg", locale=nl),
        "users": users,
    }


def approve_on_dashboard(admin_browser, moderator, title):
    """The moderator logs in, finds ``title`` under "Awaiting your review" and approves it with a
    comment. (The moderator's dashboard also lists the page among recent edits, so the row's
    approve button, not the link, is what goes away.)"""
    admin_browser.login(moderator)
    tab = admin_browser.page
    admin_browser.axe("moderator's dashboard")
    approve = "button[data-workflow-action-url*='/approve/'][data-launch-modal]"
    row = tab.locator("tr").filter(has=tab.get_by_role("link", name=title)).filter(has=tab.locator(approve))
    row.locator("[data-w-dropdown-target=toggle]").click()
    row.locator(approve).click()
    modal = tab.locator(".modal.fade.in")
    expect(modal).to_be_visible()
    expect(modal).to_have_css("opacity", "1")
    admin_browser.axe("approve dialog")
    modal.locator("textarea").fill("Akkoord.")
    modal.locator("button[type=submit]").click()
    expect(modal).to_be_hidden()
    expect(row).to_have_count(0)
    admin_browser.settle()


# -- what an editor does on an edit form


def field(scope, name):
    """A form field's block on an edit form (``scope``: the page, or an inline panel's child)."""
    return scope.locator(f"[data-contentpath={name}]").first


def choose(admin_browser, scope, title, label):
    """Open the chooser of a field block, search ``title`` and pick it."""
    tab = admin_browser.page
    scope.get_by_role("button", name=re.compile("^(Kies|Choose)")).first.click()
    modal = tab.locator(".modal.fade.in")
    expect(modal).to_be_visible()
    expect(modal).to_have_css("opacity", "1")  # axe measures contrast after the fade-in
    search = modal.locator("input[name=q]")
    expect(search).to_be_visible()
    search.fill(title)
    result = modal.get_by_role("link", name=title).first  # an image link is named twice (alt, heading)
    expect(result).to_be_visible()
    admin_browser.axe(label)
    result.click()
    expect(modal).to_be_hidden()
    expect(scope.locator("[data-chooser-title]").first).to_have_text(title)


def add_child(tab, relation, index=0):
    """ "Add ..." below an inline panel: a new child form, returned."""
    tab.locator(f"#id_{relation}-ADD").click()
    child = tab.locator(f"#inline_child_{relation}-{index}")
    expect(child).to_be_visible()
    return child


def tick(tab, name, label):
    """A many-to-many field shown as labelled checkboxes (or, if not, a multiple select)."""
    container = field(tab, name)
    if container.locator("input[type=checkbox]").count():
        container.get_by_label(label, exact=True).check()
    else:
        container.locator("select").select_option(label=label)


def rich_text(tab, field, text):
    tab.locator(f"[data-contentpath={field}] [contenteditable=true]").first.fill(text)


# -- each family's own fields


def fill_toolkit(admin_browser, site):
    tab = admin_browser.page
    rich_text(tab, "summary", "Tien stappen naar een eerlijke selectie, van vacature tot eerste werkdag.")
    resource = add_child(tab, "resources")
    choose(admin_browser, field(resource, "document"), DOCUMENT, "document chooser")
    resource.locator("select[name='resources-0-language']").select_option("fr")
    related = add_child(tab, "related_pages")
    choose(admin_browser, field(related, "related_page"), PRACTICE, "page chooser")
    tab.fill("#id_contact_name", "Team Werk")
    tab.fill("#id_contact_email", "werk@example.org")
    pick_date(tab, "id_last_reviewed")
    tick(tab, "themes", "Wonen")
    tick(tab, "sectors", "Zorg en welzijn")


def check_toolkit(visitor, page):
    expect(visitor.get_by_text(DOCUMENT).first).to_be_visible()
    expect(visitor.get_by_role("link", name=re.compile(PRACTICE)).first).to_be_visible()
    assert page.resources.get().language == "fr"
    assert page.last_reviewed.day == 15


def fill_practice(admin_browser, site):
    tab = admin_browser.page
    choose(admin_browser, field(tab, "organisation"), PARTNER, "snippet chooser")
    choose(admin_browser, field(tab, "sector"), "Zorg en welzijn", "snippet chooser, sector")
    pick_date(tab, "id_period_start")
    rich_text(tab, "approach", "Huurders testen zelf met fictieve kandidaten.")
    image = add_child(tab, "gallery_images")
    choose(admin_browser, field(image, "image"), IMAGE, "image chooser, gallery")
    image.locator("input[name='gallery_images-0-alt_text']").fill("Huurders rond een tafel met formulieren")
    documents = add_child(tab, "documents")
    choose(admin_browser, field(documents, "document"), DOCUMENT, "document chooser")
    tick(tab, "themes", "Wonen")


def check_practice(visitor, page):
    expect(visitor.get_by_text(PARTNER).first).to_be_visible()
    expect(visitor.get_by_role("img", name="Huurders rond een tafel met formulieren")).to_be_visible()
    expect(visitor.get_by_text(DOCUMENT).first).to_be_visible()
    assert page.period_start.day == 15 and page.organisation.name == PARTNER


def fill_campaign(admin_browser, site):
    tab = admin_browser.page
    pick_date(tab, "id_start_date")
    pick_date(tab, "id_end_date")
    tab.fill("#id_key_message", "Wie beelden maakt, kiest ook wie er te zien is.")
    choose(admin_browser, field(tab, "hero_image"), IMAGE, "image chooser, hero")
    material = add_child(tab, "materials")
    choose(admin_browser, field(material, "document"), DOCUMENT, "document chooser")
    material.locator("input[name='materials-0-description']").fill("A3-affiche voor je organisatie")
    tick(tab, "partners", PARTNER)
    related = add_child(tab, "related_links")
    choose(admin_browser, field(related, "page"), PRACTICE, "page chooser")
    tab.fill("#id_newsletter_heading", "Blijf op de hoogte")
    choose(admin_browser, field(tab, "newsletter_page"), PRACTICE, "page chooser, newsletter")
    tick(tab, "themes", "Wonen")


def check_campaign(visitor, page):
    expect(visitor.get_by_text("Wie beelden maakt, kiest ook wie er te zien is.").first).to_be_visible()
    expect(visitor.get_by_text("A3-affiche voor je organisatie").first).to_be_visible()
    assert page.start_date.day == 15 and page.end_date.day == 15
    assert page.hero_image.title == IMAGE and list(page.partners.all()) == [page.partners.get(name=PARTNER)]


def fill_theme(admin_browser, site):
    tab = admin_browser.page
    choose(admin_browser, field(tab, "theme"), "Wonen", "snippet chooser")


def check_theme(visitor, page):
    assert page.theme.slug == "wonen"


def fill_press(admin_browser, site):
    tab = admin_browser.page
    pick_date(tab, "id_date")
    tab.fill("#id_location", "Brussel")
    choose(admin_browser, field(tab, "attachment"), DOCUMENT, "document chooser")
    tick(tab, "themes", "Wonen")


def check_press(visitor, page):
    expect(visitor.locator(".press-item__download a")).to_have_attribute("href", page.attachment.url)
    assert page.date.day == 15 and page.location == "Brussel"


FAMILIES = {
    # family: (model path in the admin's add URL, title, slug, fill, check)
    "toolkit": ("toolkits/toolkitpage", "Inclusief aanwerven", "inclusief-aanwerven", fill_toolkit, check_toolkit),
    "practice": (
        "practices/practicepage",
        "Huurders testen zelf",
        "huurders-testen-zelf",
        fill_practice,
        check_practice,
    ),
    "campaign": (
        "campaigns/campaignpage",
        "Beeldvorming in de media",
        "beeldvorming-in-de-media",
        fill_campaign,
        check_campaign,
    ),
    "theme": ("themes/themepage", "Wonen", "wonen", fill_theme, check_theme),
    "press": (
        "press/pressreleasepage",
        "LEVL vraagt praktijktesten",
        "levl-vraagt-praktijktesten",
        fill_press,
        check_press,
    ),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_editor_creates_a_page_of_each_family_and_visitors_see_it(admin_browser, site, live_server, family):
    from wagtail.models import Page

    model_path, title, slug, fill, check = FAMILIES[family]
    index = site["indexes"][family]
    admin_browser.login(site["users"]["editor"])
    tab = admin_browser.visit(f"/admin/pages/add/{model_path}/{index.pk}/", f"add {family}", ready="#id_title")
    tab.fill("#id_title", title)
    tab.fill("#id_intro", f"{title}: wat het is en voor wie, in een paar zinnen.")
    if family != "practice":  # the practice's image goes in its gallery
        choose(admin_browser, field(tab, "listing_image"), IMAGE, "image chooser")
    fill(admin_browser, site)
    admin_browser.axe(f"add {family}, filled in")
    # Autosave has made the draft by now; an editor sees "Saved" before they submit. (Submitting
    # while an autosave of the new page is in flight races it: both create the page, and the
    # loser's slug clash is a 500 from Wagtail's create view.)
    expect(tab.locator("#w-autosave-indicator .w-autosave-indicator__state--saved")).to_be_visible()
    expect(tab.locator("#w-autosave-indicator .w-autosave-indicator__state--saving")).to_be_hidden()

    open_more_actions(tab)
    with tab.expect_navigation():
        tab.locator("button[name=action-submit]").click()
    admin_browser.settle()
    expect(tab.locator(".messages .success")).to_be_visible()
    admin_browser.axe(f"after submitting the {family}")
    page = Page.objects.get(title=title, depth=index.depth + 1).specific
    assert not page.live and page.workflow_in_progress
    # The address Wagtail made from the title, as the editor saw it on the form.
    assert page.slug == slug
    url = live_server.url + index.url + slug + "/"
    assert admin_browser.new_tab().goto(url).status == 404

    approve_on_dashboard(admin_browser, site["users"]["moderator"], title)
    page.refresh_from_db()
    assert page.live

    visitor = admin_browser.new_tab()
    visitor.goto(live_server.url + index.url)
    expect(visitor.locator("main").get_by_role("link", name=re.compile(re.escape(title))).first).to_be_visible()
    response = visitor.goto(url)
    assert response.status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    check(visitor, page)
