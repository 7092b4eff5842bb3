"""A translation of a live page is a draft until its review approves it, never live in Dutch."""

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from recommendations.factories import RecommendationIndexPageFactory, RecommendationPageFactory
from tests.admin_roles import make_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(home_pages, make_page, locales, translate_page, django_user_model):
    index = make_page(RecommendationIndexPageFactory, home_pages["nl"])
    french_index = translate_page(index, locales["fr"], title="Avis politiques", slug="avis")
    page = make_page(RecommendationPageFactory, index, title="Praktijktesten op de huurmarkt", slug="huur")
    return {"page": page, "french_index": french_index, "users": make_roles(home_pages, django_user_model)}


def translate_button(client, page, locale):
    """What "Translate → Français" does: wagtail-localize's submit view."""
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content.decode()[:500]
    return page.get_translation(locale)


def fill_segments(page, locale, text="Tests de situation"):
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)
    for segment in translation.source.stringsegment_set.select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": f"{text} {segment.order}" if segment.order else text},
        )
    return translation


def test_translating_a_live_page_makes_a_draft_that_goes_live_after_review(
    client, setup, locales, django_capture_on_commit_callbacks
):
    page, users = setup["page"], setup["users"]
    client.force_login(users["editor"])
    french = translate_button(client, page, locales["fr"])

    assert page.live and not french.live
    client.logout()
    assert client.get(setup["french_index"].url).content.decode().count("/huur/") == 0
    assert client.get(f"{setup['french_index'].url}huur/").status_code == 404

    client.force_login(users["translator"])
    translation = fill_segments(page, locales["fr"])
    submit = reverse("levl_translation_submit_for_review", args=[translation.pk])
    assert client.post(submit).status_code == 302
    french.refresh_from_db()
    assert not french.live and french.workflow_in_progress

    client.force_login(users["reviewer"])
    state = WorkflowState.objects.get(object_id=str(french.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    approve = reverse("wagtailadmin_pages:workflow_action", args=(french.pk, "approve", state.current_task_state.pk))
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve, {"comment": "Goed vertaald."}).status_code == 302
    french = Page.objects.get(pk=french.pk)
    assert french.live and french.title.startswith("Tests de situation")
    client.logout()
    response = client.get(french.url)
    assert response.status_code == 200 and "Tests de situation" in response.content.decode()


def test_an_untranslated_segment_cannot_be_submitted_or_published(client, setup, locales, django_user_model):
    page, users = setup["page"], setup["users"]
    client.force_login(users["editor"])
    french = translate_button(client, page, locales["fr"])
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["fr"])

    client.force_login(users["translator"])
    response = client.post(reverse("levl_translation_submit_for_review", args=[translation.pk]), follow=True)
    assert "not translated yet" in response.content.decode()
    french.refresh_from_db()
    assert not french.workflow_in_progress

    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "x")
    client.force_login(admin)
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    response = client.post(edit, {"action": "publish"}, follow=True)
    assert "not translated yet" in response.content.decode()
    assert not Page.objects.get(pk=french.pk).live


def test_syncing_translations_never_publishes_them(client, setup, locales, translate_page, django_user_model):
    page = setup["page"]
    french = translate_page(page, locales["fr"], title="Tests de situation", slug="huur")
    page.title = "Praktijktesten op de private huurmarkt"
    page.save_revision().publish()
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "x")
    client.force_login(admin)
    source = Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["fr"]).source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    form = client.get(url).content.decode()
    assert "Publish immediately" not in form and 'name="publish_translations"' in form  # hidden, always off
    assert client.post(url, {"publish_translations": "on"}).status_code == 302
    french = Page.objects.get(pk=french.pk)
    assert french.title == "Tests de situation"  # the live French page keeps its French text
    assert not french.has_unpublished_changes
