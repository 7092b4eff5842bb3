"""Editors' journeys through the admin in a real browser, under the production CSP.

Each test is one journey as people do it: an editor writes and submits, a reviewer approves, a
translator translates, and a visitor sees the result. The ``admin_browser`` harness fails a test
on any CSP violation, JavaScript error or axe-core violation on the admin screens it visits.
"""

import re

import pytest
from playwright.sync_api import expect

from practices.factories import PracticeIndexPageFactory, PracticePageFactory
from recommendations.factories import RecommendationIndexPageFactory
from recommendations.models import RecommendationPage
from tests.admin_roles import make_roles
from themes.factories import ThemeIndexPageFactory, ThemePageFactory
from website.factories import DocumentFactory
from website.taxonomy.factories import ThemeFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Praktijktesten tegen discriminatie op de huurmarkt"
WORD = "praktijktesten"


@pytest.fixture
def site(home_pages, make_page, locales, translate_page, django_user_model):
    """A recommendations board (nl, fr) under review, a theme hub, a practice and a document."""
    nl, fr = locales["nl"], locales["fr"]
    wonen = ThemeFactory(name="Wonen", slug="wonen", locale=nl)
    translate_page(wonen, fr, name="Logement")
    board = make_page(RecommendationIndexPageFactory, home_pages["nl"])
    french_board = translate_page(board, fr, title="Avis politiques", slug="avis")
    practices = make_page(PracticeIndexPageFactory, home_pages["nl"])
    practice = make_page(PracticePageFactory, practices, title="Huurdersbond test zelf", slug="huurdersbond")
    hubs = make_page(ThemeIndexPageFactory, home_pages["nl"])
    hub = make_page(ThemePageFactory, hubs, title="Wonen", slug="wonen", theme=wonen)
    document = DocumentFactory(title="Volledig advies praktijktesten")
    return {
        "board": board,
        "french_board": french_board,
        "practice": practice,
        "hub": hub,
        "document": document,
        "users": make_roles(home_pages, django_user_model),
    }


def choose_theme(tab, name):
    """Themes are checkboxes (or, before they were, a multiple select)."""
    field = tab.locator("[data-contentpath=themes]")
    boxes = field.locator("input[type=checkbox]")
    if boxes.count():
        field.get_by_label(name, exact=True).check()
    else:
        field.locator("select").select_option(label=name)


def pick_date(tab, field_id):
    """Open the date picker of a field and click the 15th of the month it shows."""
    tab.locator(f"#{field_id}").click()
    picker = tab.locator(".xdsoft_datetimepicker:visible")
    expect(picker).to_be_visible()
    picker.locator(".xdsoft_date:not(.xdsoft_other_month)[data-date='15']").click()
    expect(tab.locator(f"#{field_id}")).to_have_value(re.compile(r"\d{4}-\d{2}-15"))
    tab.keyboard.press("Escape")


def choose_in_modal(admin_browser, title, label):
    """Search a chooser modal for ``title`` and pick it."""
    tab = admin_browser.page
    modal = tab.locator(".modal.fade.in")
    expect(modal).to_be_visible()
    expect(modal).to_have_css("opacity", "1")  # axe measures contrast after the fade-in
    search = modal.locator("input[name=q]")
    search.fill(title)
    result = modal.get_by_role("link", name=title)
    expect(result).to_be_visible()
    admin_browser.axe(label)
    result.click()
    expect(modal).to_be_hidden()


def open_more_actions(tab):
    tab.locator("footer [data-w-dropdown-target=toggle]").click()


def test_editor_writes_a_recommendation_a_reviewer_approves_it_and_visitors_find_it(admin_browser, site, live_server):
    board = site["board"]
    admin_browser.login(site["users"]["editor"])
    tab = admin_browser.visit(
        f"/admin/pages/add/recommendations/recommendationpage/{board.pk}/", "add recommendation", ready="#id_title"
    )
    tab.fill("#id_title", TITLE)
    tab.fill("#id_intro", "Praktijktesten tonen discriminatie aan; we vragen ze structureel in te zetten.")
    tab.locator("[data-contentpath=summary] [contenteditable=true]").fill("Veralgemeen praktijktesten op de huurmarkt.")
    tab.fill("#id_addressed_to", "Vlaams minister van Wonen")
    pick_date(tab, "id_date_issued")
    recommendations = tab.locator("[data-contentpath=recommendations]")
    recommendations.get_by_role("button", name=re.compile("Blok invoegen|Insert a block")).first.click()
    recommendations.locator("input[name='recommendations-0-value-title']").fill("Voer praktijktesten structureel in")
    choose_theme(tab, "Wonen")

    # A document chooser, then a page chooser inside a new inline-panel child.
    tab.locator("[data-contentpath=advice_document]").get_by_role(
        "button", name=re.compile("Kies een document|Choose a document")
    ).click()
    choose_in_modal(admin_browser, site["document"].title, "document chooser")
    expect(tab.locator("#id_advice_document")).to_have_value(str(site["document"].pk))
    tab.locator("#id_related_practices-ADD").click()
    child = tab.locator("#inline_child_related_practices-0")
    expect(child).to_be_visible()
    child.get_by_role("button", name=re.compile("Kies een pagina|Choose a page")).click()
    choose_in_modal(admin_browser, site["practice"].title, "page chooser")
    expect(tab.locator("#id_related_practices-0-practice")).to_have_value(str(site["practice"].pk))

    # Follow-up tab: "Add follow-up step", with its date from the picker.
    tab.locator("[role=tab]").nth(1).click()
    tab.locator("#id_status_history-ADD").click()
    expect(tab.locator("#inline_child_status_history-0")).to_be_visible()
    pick_date(tab, "id_status_history-0-date")
    tab.locator("#id_status_history-0-status").select_option("besproken")
    tab.fill("#id_status_history-0-note", "Besproken met het kabinet.")
    admin_browser.axe("add recommendation, filled in")

    open_more_actions(tab)
    with tab.expect_navigation():
        tab.locator("button[name=action-submit]").click()
    admin_browser.settle()
    expect(tab.locator(".messages .success")).to_be_visible()
    admin_browser.axe("after submitting for review")
    page = RecommendationPage.objects.get(title=TITLE)
    assert not page.live and page.workflow_in_progress
    assert admin_browser.new_tab().goto(live_server.url + board.url + page.slug + "/").status == 404

    # The reviewer finds it on the dashboard ("Awaiting your review") and approves it there.
    admin_browser.login(site["users"]["reviewer"])
    tab = admin_browser.page
    admin_browser.axe("reviewer's dashboard")
    expect(tab.get_by_role("link", name=TITLE).first).to_be_visible()
    # "Approve with comment" on the dashboard's "Awaiting your review" (plain "Approve" has no dialog).
    row = tab.locator("tr").filter(has=tab.get_by_role("link", name=TITLE))
    row.locator("[data-w-dropdown-target=toggle]").click()
    row.locator("button[data-workflow-action-url*='/approve/'][data-launch-modal]").click()
    modal = tab.locator(".modal.fade.in")
    expect(modal).to_be_visible()
    expect(modal).to_have_css("opacity", "1")
    admin_browser.axe("approve dialog")
    modal.locator("textarea").fill("Akkoord.")
    modal.locator("button[type=submit]").click()
    expect(modal).to_be_hidden()
    expect(tab.get_by_role("link", name=TITLE)).to_have_count(0)  # nothing waits any more
    admin_browser.settle()
    assert RecommendationPage.objects.get(pk=page.pk).live

    # Visitors: the public listing, site search and the theme hub.
    visitor = admin_browser.new_tab()
    visitor.goto(live_server.url + board.url)
    expect(visitor.locator(".listing__results").get_by_role("link", name=TITLE)).to_be_visible()
    visitor.goto(f"{live_server.url}/nl/search/?q={WORD}")
    expect(visitor.locator(".search-result").get_by_role("link", name=TITLE)).to_be_visible()
    visitor.goto(live_server.url + site["hub"].url)
    expect(visitor.get_by_role("link", name=TITLE).first).to_be_visible()


def approve_on_dashboard(admin_browser, reviewer, title):
    """The reviewer logs in, finds ``title`` waiting on the dashboard and approves it with a comment."""
    admin_browser.login(reviewer)
    tab = admin_browser.page
    admin_browser.axe("reviewer's dashboard")
    row = tab.locator("tr").filter(has=tab.get_by_role("link", name=title))
    row.locator("[data-w-dropdown-target=toggle]").click()
    row.locator("button[data-workflow-action-url*='/approve/'][data-launch-modal]").click()
    modal = tab.locator(".modal.fade.in")
    expect(modal).to_be_visible()
    expect(modal).to_have_css("opacity", "1")
    admin_browser.axe("approve dialog")
    modal.locator("textarea").fill("Akkoord.")
    modal.locator("button[type=submit]").click()
    expect(modal).to_be_hidden()
    expect(tab.get_by_role("link", name=title)).to_have_count(0)


def translate_segments(admin_browser, label):
    """In wagtail-localize's editor, translate every untranslated segment of every tab."""
    tab = admin_browser.page
    editor = tab.locator(".js-translation-editor")
    expect(editor.get_by_role("button", name="Translate", exact=True).first).to_be_visible()
    admin_browser.axe(label)
    translated = 0
    for tab_link in editor.get_by_role("tab").all() or [None]:
        if tab_link is not None:
            tab_link.click()
        panel = editor.locator("section[id^=tab-]:visible")
        buttons = panel.get_by_role("button", name="Translate", exact=True)
        while buttons.count():
            left = buttons.count()
            row = (
                panel.locator("li.incomplete").filter(has=tab.get_by_role("button", name="Translate", exact=True)).first
            )
            source = row.locator("p").first.inner_text()
            buttons.first.click()
            value = f"{source}-fr" if re.fullmatch(r"[a-z0-9-]+", source) else f"FR {source}"
            # One segment is edited at a time: its row now has the only text box and "Save".
            panel.locator("textarea").fill(value)
            panel.get_by_role("button", name="Save", exact=True).click()
            expect(buttons).to_have_count(left - 1)
            translated += 1
    return translated


def request_translation(admin_browser, editor, page, locale):
    """The editor's "Translate" of ``page`` into ``locale``, through wagtail-localize's form; the
    translation it makes (a draft)."""
    admin_browser.login(editor)
    tab = admin_browser.visit(f"/admin/localize/submit/page/{page.pk}/", "translate form")
    tab.locator(f"input[name=locales][value='{locale.pk}']").check()
    with tab.expect_navigation():
        tab.locator("main input[type=submit]").click()
    admin_browser.settle()
    return page.get_translation(locale)


def submit_translation_for_review(admin_browser):
    tab = admin_browser.page
    with tab.expect_navigation():
        tab.get_by_role("button", name="Submit this translation for review").click()
    admin_browser.settle()
    expect(tab.locator(".messages .success")).to_be_visible()
    expect(tab.get_by_text("This translation is waiting for review")).to_be_visible()


def test_translator_translates_a_live_recommendation_and_updates_it_after_the_source_changed(
    admin_browser, site, live_server, make_page, locales
):
    from wagtail.users.models import UserProfile
    from wagtail_localize.models import TranslationSource

    from recommendations.factories import RecommendationPageFactory

    source_page = make_page(RecommendationPageFactory, site["board"], title=TITLE, slug="praktijktesten")
    users = site["users"]
    for person in users.values():  # wagtail-localize's editor is labelled in English here
        profile = UserProfile.get_for_user(person)
        profile.preferred_language = "en"
        profile.save()

    # The editor: "Translate" -> Français. The French page is a draft, not on the French site.
    french = request_translation(admin_browser, users["editor"], source_page, locales["fr"])
    assert not french.live
    visitor = admin_browser.new_tab()
    assert visitor.goto(live_server.url + site["french_board"].url + "praktijktesten/").status == 404

    # The translator fills every segment in the translation editor and submits it for review.
    admin_browser.login(users["translator"])
    admin_browser.visit(f"/admin/pages/{french.pk}/edit/", "translation editor")
    assert translate_segments(admin_browser, "translation editor") >= 5
    submit_translation_for_review(admin_browser)
    admin_browser.axe("translation editor, submitted for review")
    assert visitor.goto(live_server.url + site["french_board"].url + "praktijktesten-fr/").status == 404

    french_title = f"FR {TITLE}"
    approve_on_dashboard(admin_browser, users["reviewer"], french_title)
    visitor.goto(live_server.url + site["french_board"].url)
    expect(visitor.get_by_role("link", name=french_title)).to_be_visible()
    visitor.goto(live_server.url + site["french_board"].url + "praktijktesten-fr/")
    expect(visitor.locator("html")).to_have_attribute("lang", "fr")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(french_title)

    # The Dutch source changes; the editor syncs the translations, which stay as they were online.
    source_page.intro = "Nieuwe samenvatting na het debat."
    source_page.save_revision().publish()
    admin_browser.login(users["editor"])
    translation_source = TranslationSource.objects.get(object_id=source_page.translation_key)
    tab = admin_browser.visit(f"/admin/localize/update/{translation_source.pk}/", "sync translated pages")
    expect(tab.get_by_label("Publish immediately")).to_have_count(0)
    with tab.expect_navigation():
        tab.locator("main input[type=submit]").click()
    admin_browser.settle()
    visitor = admin_browser.new_tab()  # a fresh browser: nothing from its HTTP cache
    visitor.goto(live_server.url + site["french_board"].url)
    expect(visitor.get_by_role("link", name=french_title)).to_be_visible()
    expect(visitor.get_by_text("Nieuwe samenvatting")).to_have_count(0)

    # The translator translates the new segment and submits; after approval it is online.
    admin_browser.login(users["translator"])
    admin_browser.visit(f"/admin/pages/{french.pk}/edit/", "translation editor, after sync")
    assert translate_segments(admin_browser, "translation editor, after sync") == 1
    submit_translation_for_review(admin_browser)
    approve_on_dashboard(admin_browser, users["reviewer"], french_title)
    visitor = admin_browser.new_tab()
    visitor.goto(live_server.url + site["french_board"].url)  # the card shows the intro
    expect(visitor.get_by_text("FR Nieuwe samenvatting na het debat.").first).to_be_visible()


@pytest.mark.parametrize(
    "live, comment",
    [(False, False), (True, False), (False, True)],
    ids=["new page", "change to a live page", "with a comment"],
)
def test_reviewer_approves_from_the_edit_page_footer(admin_browser, site, live_server, make_page, live, comment):
    """The reviewer opens the submitted page, touches it up and clicks "Approve" (or "Approve with
    comment") in the editor's footer."""
    from recommendations.factories import RecommendationPageFactory

    page = make_page(RecommendationPageFactory, site["board"], publish=live, title=TITLE, slug="praktijktesten")
    if live:
        page.intro = "Een nieuwe inleiding, nog na te kijken."
        page.save_revision(user=site["users"]["editor"])
    page.get_workflow().start(page, site["users"]["editor"])

    admin_browser.login(site["users"]["reviewer"])
    tab = admin_browser.visit(f"/admin/pages/{page.pk}/edit/", "edit page in review", ready="#id_title")
    tab.fill("#id_addressed_to", "Vlaams minister van Wonen en Onroerend Erfgoed")
    expect(tab.locator("#w-autosave-indicator .w-autosave-indicator__state--saved")).to_be_visible()
    open_more_actions(tab)
    approve = tab.locator("footer button[data-workflow-action-name=approve]")
    if comment:
        approve.and_(tab.locator("[data-workflow-action-modal-url]")).click()
        modal = tab.locator(".modal.fade.in")
        expect(modal).to_be_visible()
        expect(modal).to_have_css("opacity", "1")
        admin_browser.axe("approve dialog")
        modal.locator("textarea").fill("Akkoord, met een kleine aanpassing.")
        with tab.expect_navigation():
            modal.locator("button[type=submit]").click()
    else:
        with tab.expect_navigation():
            approve.and_(tab.locator(":not([data-workflow-action-modal-url])")).click()
    admin_browser.settle()
    expect(tab.locator(".messages .success")).to_be_visible()
    admin_browser.axe("after approving in the editor")
    page = RecommendationPage.objects.get(pk=page.pk)
    assert page.live and not page.workflow_in_progress and not page.has_unpublished_changes
    assert page.addressed_to == "Vlaams minister van Wonen en Onroerend Erfgoed"
    visitor = admin_browser.new_tab()
    visitor.goto(live_server.url + page.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
