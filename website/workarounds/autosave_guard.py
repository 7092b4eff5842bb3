"""An autosave only ever saves a draft: it never publishes, submits or acts on a workflow.

Wagtail's autosave posts the whole edit form. In the footer, "Approve", "Approve with comment",
"Request changes" and the like add hidden inputs to that form (``action-workflow-action``,
``workflow-action-name``...) just before submitting it; adding them counts as a change, so an
autosave request leaves at the same moment carrying the same action. Two requests then approve
the same task: the slower one finds the workflow finished and Wagtail's
``perform_workflow_action`` fails on ``current_workflow_task`` being None (a 500), or it saves
one more revision after the approval published, leaving the page "live + draft". Stripping the
action keys from autosave requests makes the footer's own submit the only one that acts.
"""

# The POST keys by which Wagtail's page and snippet edit views choose an action other than "save".
ACTION_KEYS = (
    "action-publish",
    "action-submit",
    "action-workflow-action",
    "workflow-action-name",
    "workflow-action-extra-data",
    "action-restart-workflow",
    "action-cancel-workflow",
    "action-unschedule",
)


def is_autosave(request) -> bool:
    """Wagtail tells its autosave (and live preview) requests apart by their Accept header: they
    want JSON, a person's submit wants HTML (``expects_json_response`` in its edit views)."""
    return request.method == "POST" and not request.accepts("text/html")


def autosave_saves_only(request, page, *args):
    """``before_edit_page`` / ``before_create_page`` hook: drop action keys from an autosave."""
    if not is_autosave(request) or not any(key in request.POST for key in ACTION_KEYS):
        return None
    data = request.POST.copy()
    for key in ACTION_KEYS:
        data.pop(key, None)
    data._mutable = False
    request.POST = data
    return None
