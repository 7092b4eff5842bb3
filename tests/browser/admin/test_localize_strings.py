"""wagtail-localize's translation editor speaks the translator's language, in a real browser under
the production admin CSP: its heading and its footer menu were hard-coded English in the compiled
bundle ("Nederlands to Français translation", "More actions"); website/workarounds/localize_bundle.py
serves the bundle with both read from the page. The editor must still render (segments, buttons),
which a DOM rewrite of the same strings had broken.
"""

import pytest
from playwright.sync_api import expect

from recommendations.factories import RecommendationPageFactory
from tests.browser.admin.test_editor_journeys import TITLE, request_translation, site  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    "language, heading, more_actions",
    [
        ("nl", "Vertaling van Nederlands naar Français", "Meer acties"),
        ("fr", "Traduction : Nederlands vers Français", "Plus d'actions"),
    ],
)
def test_translation_editor_heading_and_menu_are_in_the_translators_language(
    admin_browser,
    site,  # noqa: F811
    make_page,
    locales,
    language,
    heading,
    more_actions,
):
    from wagtail.users.models import UserProfile

    source_page = make_page(RecommendationPageFactory, site["board"], title=TITLE, slug="praktijktesten")
    editor, translator = site["users"]["editor"], site["users"]["translator"]
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = language
    profile.save()

    french = request_translation(admin_browser, editor, source_page, locales["fr"])

    admin_browser.login(translator)
    tab = admin_browser.visit(f"/admin/pages/{french.pk}/edit/", "translation editor")
    editor_root = tab.locator(".js-translation-editor")
    expect(editor_root.get_by_role("heading", name=heading)).to_be_visible()
    expect(editor_root.locator("li.incomplete").first).to_be_visible()  # the segments rendered
    expect(tab.locator("footer .w-dropdown__toggle .w-sr-only")).to_have_text(more_actions)
    expect(tab.get_by_text(" to Français translation")).to_have_count(0)
    admin_browser.axe("translation editor, translator's language")
