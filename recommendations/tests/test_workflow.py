"""Moderation: a recommendation submitted by a moderator is only live once a reviewer approves."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from recommendations.models import RecommendationPage
from recommendations.workflow import REVIEWERS_GROUP, ensure_review_workflow

pytestmark = pytest.mark.django_db


@pytest.fixture
def users(django_user_model, index_page):
    moderator = django_user_model.objects.create_user("moderator", password="x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    reviewer = django_user_model.objects.create_user("reviewer", password="x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return moderator, reviewer


def add_form(title):
    return nested_form_data(
        {
            "title": title,
            "slug": "zij-instroom",
            "intro": "Meer leerkrachten met een migratieachtergrond.",
            "summary": rich_text("<p>We vragen een plan voor zij-instroom.</p>"),
            "policy_level": "vlaams",
            "addressee_kind": "minister",
            "addressed_to": "Vlaams minister van Onderwijs",
            "date_issued": "2024-05-02",
            "recommendations": streamfield(
                [("recommendation", {"title": "Erken buitenlandse diploma's sneller", "explanation": rich_text("")})]
            ),
            "body": streamfield([]),
            "related_practices": inline_formset([]),
            "status_history": inline_formset(
                [{"date": "2024-06-01", "status": "besproken", "note": "Besproken met het kabinet."}]
            ),
            "government_response": rich_text(""),
            "government_response_url": "",
            "action-submit": "Submit",
        }
    )


def test_index_page_gets_the_review_workflow(index_page):
    workflow = index_page.get_workflow()
    assert workflow is not None and workflow.active
    assert [task.specific.groups.get().name for task in workflow.tasks] == [REVIEWERS_GROUP]
    # Idempotent: running it again creates nothing new.
    assert ensure_review_workflow(index_page) == workflow


def test_moderator_submission_waits_for_reviewer_approval(
    client, index_page, users, django_capture_on_commit_callbacks
):
    moderator, reviewer = users
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:add", args=("recommendations", "recommendationpage", index_page.pk))
    response = client.post(url, add_form("Meer diversiteit bij leerkrachten"))
    assert response.status_code == 302, response.content.decode()[:2000]

    page = RecommendationPage.objects.get(slug="zij-instroom")
    assert not page.live
    assert page.status == "besproken"  # derived from the submitted history
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert client.get(f"{index_page.url}zij-instroom/").status_code == 404

    # The moderator cannot approve their own submission: the task only offers actions to reviewers.
    task_state = state.current_task_state
    assert task_state.task.specific.get_actions(page, moderator) == []

    client.force_login(reviewer)
    approve = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    # Publishing after the last approval happens when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve, {"comment": "Akkoord."})
    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk)
    assert page.live
    assert client.get(page.url).status_code == 200


def test_reviewer_approves_from_the_edit_page_footer(client, index_page, users, django_capture_on_commit_callbacks):
    """ "Approve" in the edit view's footer posts the edit form with the workflow action: the
    reviewer's approval publishes the page (it answered 500 before)."""
    moderator, reviewer = users
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:add", args=("recommendations", "recommendationpage", index_page.pk))
    assert client.post(url, add_form("Meer diversiteit bij leerkrachten")).status_code == 302
    page = RecommendationPage.objects.get(slug="zij-instroom")

    client.force_login(reviewer)
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert client.get(edit).status_code == 200
    data = add_form("Meer diversiteit bij leerkrachten")
    del data["action-submit"]
    data["intro"] = "Meer leerkrachten met een migratieachtergrond, en sneller."  # the reviewer's own touch
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(pk=page.pk)
    assert page.live and not page.workflow_in_progress
    assert client.get(page.url).status_code == 200


def test_an_autosave_carrying_the_footers_approve_only_saves_a_draft(client, index_page, users):
    """The footer's "Approve" adds its hidden inputs to the edit form, which sets off an autosave
    with them (website/workarounds/autosave_guard.py): that request must not approve too, or the footer's own
    submit finds the task gone (500) or a draft saved after the approval published."""
    moderator, reviewer = users
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:add", args=("recommendations", "recommendationpage", index_page.pk))
    assert client.post(url, add_form("Meer diversiteit bij leerkrachten")).status_code == 302
    page = RecommendationPage.objects.get(slug="zij-instroom")

    client.force_login(reviewer)
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = add_form("Meer diversiteit bij leerkrachten")
    del data["action-submit"]
    data.update(
        {
            "intro": "Bijgewerkt tijdens het nazicht.",
            "loaded_revision_id": str(page.latest_revision_id),
            "loaded_revision_created_at": page.latest_revision.created_at.isoformat(),
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
        }
    )
    response = client.post(edit, data, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["success"], response.content.decode()[:1000]
    page = RecommendationPage.objects.get(pk=page.pk)
    assert not page.live and page.workflow_in_progress  # still waiting for the reviewer's click
    assert page.get_latest_revision_as_object().intro == "Bijgewerkt tijdens het nazicht."
