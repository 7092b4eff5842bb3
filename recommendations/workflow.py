"""The review workflow for recommendations: a reviewer approves before anything goes live.

Policy advice speaks for the whole network, so a second pair of eyes is required. The workflow
(one GroupApprovalTask for the "Reviewers" group) is attached to every recommendations index
page when it is created (see signals) and by the demo content; ``ensure_review_workflow`` is
idempotent, so it can run any number of times.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

REVIEWERS_GROUP = "Reviewers"
WORKFLOW_NAME = "Beleidsadvies: nazicht"
TASK_NAME = "Nazicht door reviewers"


@transaction.atomic
def ensure_review_workflow(page=None):
    """The review workflow (created if missing), assigned to ``page`` if given and not yet covered."""
    from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

    reviewers, created = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    if created:
        # Reviewers must be able to log in to the admin to see and approve what awaits them.
        access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
        reviewers.permissions.add(*access)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    if not task.groups.filter(pk=reviewers.pk).exists():
        task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if page is not None:
        if not WorkflowPage.objects.filter(page_id=page.pk).exists():
            WorkflowPage.objects.create(page_id=page.pk, workflow=workflow)
        # Approving publishes, so reviewers may edit and publish in this section (and nowhere else).
        for codename in ("change_page", "publish_page"):
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=reviewers, page_id=page.pk, permission=permission)
    return workflow
