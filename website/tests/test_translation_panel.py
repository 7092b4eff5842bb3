"""The dashboard tells each person what waits for them: translations to do, pages to review."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.users.models import UserProfile

from website.factories import StandardPageFactory
from website.roles import TRANSLATORS_GROUP, ensure_translators_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_pages, locales, make_page, translate_page):
    """'Over ons' never translated; 'Privacy' translated to French, then changed and published again."""
    about = make_page(StandardPageFactory, home_pages["nl"], title="Over ons", slug="over-ons")
    privacy = make_page(StandardPageFactory, home_pages["nl"], title="Privacy", slug="privacy")
    translate_page(privacy, locales["fr"], title="Vie privée", slug="vie-privee")
    privacy.intro = "Nieuwe tekst over je gegevens."
    privacy.save_revision().publish()
    return {"about": about, "privacy": privacy}


def dashboard(client, user, language="nl") -> str:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def panel(body: str) -> str:
    """The panel's HTML, up to the next dashboard panel or the end of the page."""
    start = body.find('id="translations-to-do-section"')
    if start < 0:
        return ""
    end = body.find('class="w-panel w-panel--dashboard"', start)
    return body[start : end if end > 0 else len(body)]


def sections(body: str) -> dict[str, str]:
    """{language name: its part of the panel}."""
    found = re.findall(r"<h3[^>]*>([^<]+)</h3>(.*?)</section>", panel(body), re.S)
    return {name.strip(): text for name, text in found}


def test_panel_lists_missing_and_out_of_date_translations_per_language_with_links(client, admin_user, pages):
    by_language = sections(dashboard(client, admin_user))
    assert set(by_language) == {"Français", "English"}
    french, english = by_language["Français"], by_language["English"]
    # Missing in French: only the untranslated page (the home page and 'Privacy' are translated).
    assert (
        "1 pagina zonder vertaling" in french and ">Over ons<" in french and ">Privacy<" not in french.split("</ul>")[0]
    )
    about_translate = reverse("wagtail_localize:submit_page_translation", args=(pages["about"].pk,))
    assert f'href="{about_translate}"' in french
    # Out of date in French: 'Privacy' changed since it was translated; its link opens the French page.
    assert "1 vertaling verouderd" in french
    french_privacy = pages["privacy"].get_translation(pages["privacy"].locale.__class__.objects.get(language_code="fr"))
    assert f'href="{reverse("wagtailadmin_pages:edit", args=(french_privacy.pk,))}"' in french
    # English has neither page yet.
    assert "2 pagina&#x27;s zonder vertaling" in english or "2 pagina's zonder vertaling" in english
    assert "verouderd" not in english


def test_panel_speaks_the_users_language(client, admin_user, pages):
    body = dashboard(client, admin_user, "fr")
    assert "Traductions à faire" in panel(body)
    assert "1 page sans traduction" in sections(body)["Français"]


def test_translator_sees_their_languages_without_translate_links_and_a_reviewer_sees_none(
    client, django_user_model, home_pages, pages
):
    ensure_translators_group([home_pages["fr"], home_pages["en"]])
    translator = django_user_model.objects.create_user("translator", "t@example.org", "x")
    translator.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
    by_language = sections(dashboard(client, translator))
    assert set(by_language) == {"Français", "English"}
    assert "submit" not in panel(dashboard(client, translator)) and ">Over ons<" in by_language["Français"]

    from recommendations.workflow import REVIEWERS_GROUP, ensure_review_workflow

    ensure_review_workflow()
    reviewer = django_user_model.objects.create_user("reviewer", "r@example.org", "x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    assert panel(dashboard(client, reviewer)) == ""
