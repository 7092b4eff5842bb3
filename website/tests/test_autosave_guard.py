"""website/workarounds/autosave_guard.py against the Wagtail it guards: an upgrade that adds an
action key to the edit views, or tells autosave apart otherwise, must fail here, not in an editor's
double approval. (The behaviour itself: recommendations/tests/test_workflow.py.)"""

import inspect
import re

from wagtail.admin.views.generic import mixins
from wagtail.admin.views.pages import create, edit

from website.workarounds import autosave_guard

WAGTAIL_VIEWS = (edit, create, mixins)


def keys_wagtail_reads():
    source = "".join(inspect.getsource(module) for module in WAGTAIL_VIEWS)
    return set(re.findall(r"\"((?:action|workflow-action)-[a-z-]+)\"", source))


def test_every_action_key_the_edit_views_read_is_stripped_from_an_autosave():
    read = keys_wagtail_reads()
    assert {"action-publish", "action-workflow-action", "workflow-action-name"} <= read  # still found
    missing = read - set(autosave_guard.ACTION_KEYS)
    assert not missing, f"Wagtail's edit views read {sorted(missing)}: add them to autosave_guard.ACTION_KEYS"


def test_wagtail_still_tells_an_autosave_by_its_accept_header():
    source = inspect.getsource(mixins)
    assert 'not self.request.accepts("text/html")' in source, (
        "Wagtail's expects_json_response changed: revisit autosave_guard.is_autosave"
    )
