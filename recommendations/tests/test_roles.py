"""Roles as the organisation uses them: an editor writes, a reviewer approves, a translator translates."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from recommendations.models import RecommendationPage
from recommendations.tests.test_workflow import add_form
from recommendations.workflow import REVIEWERS_GROUP
from website.roles import EDITORS_GROUP, TRANSLATORS_GROUP, ensure_translators_group

pytestmark = pytest.mark.django_db


def member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_editor_cannot_publish_a_recommendation_without_a_reviewers_approval(
    client, django_user_model, index_page, django_capture_on_commit_callbacks
):
    editor = member(django_user_model, "editor", EDITORS_GROUP)
    reviewer = member(django_user_model, "reviewer", REVIEWERS_GROUP)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("recommendations", "recommendationpage", index_page.pk))

    # The editor's edit form offers no "Publish"; posting it anyway only saves a draft.
    assert "action-publish" not in client.get(url).content.decode()
    form = add_form("Meer diversiteit bij leerkrachten")
    del form["action-submit"]
    form["action-publish"] = "Publish"
    assert client.post(url, form).status_code == 302
    page = RecommendationPage.objects.get(slug="zij-instroom")
    assert not page.live and page.has_unpublished_changes

    # Submitted for review, it waits for the reviewer; the editor has nothing to approve.
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    form = add_form("Meer diversiteit bij leerkrachten")
    assert client.post(edit, form).status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state
    assert task_state.task.specific.get_actions(page, editor) == []
    assert not Page.objects.get(pk=page.pk).live

    client.force_login(reviewer)
    # The reviewer's dashboard lists it under Wagtail's "Awaiting your review".
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    awaiting = dashboard[dashboard.index('id="awaiting-review-section"') :]
    assert "Meer diversiteit bij leerkrachten" in awaiting.split('class="w-panel w-panel--dashboard"')[0]
    approve = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve, {"comment": "Akkoord."}).status_code == 302
    assert Page.objects.get(pk=page.pk).live


def test_translator_edits_french_and_english_pages_never_the_dutch_source(client, django_user_model, home_pages):
    ensure_translators_group([home_pages["fr"], home_pages["en"]])
    translator = member(django_user_model, "translator", TRANSLATORS_GROUP)
    client.force_login(translator)
    for code, allowed in (("fr", True), ("en", True), ("nl", False)):
        page = home_pages[code]
        assert page.permissions_for_user(translator).can_edit() is allowed, code
        response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        assert (response.status_code == 200) is allowed, (code, response.status_code)
    assert not home_pages["fr"].permissions_for_user(translator).can_publish()
    # Idempotent: running it again grants nothing new.
    ensure_translators_group([home_pages["fr"], home_pages["en"]])
    assert Group.objects.get(name=TRANSLATORS_GROUP).page_permissions.count() == 2
