"""The roles an organisation gives its people in the admin, as Wagtail groups.

- Editors (Wagtail's own group): write and change pages, submit them for review; they cannot
  publish (Wagtail gives the group add and change permissions on the tree, not publish).
- Reviewers (recommendations/workflow.py): approve policy recommendations in their workflow.
- Translators: edit the French and English pages only, never the Dutch sources. Wagtail's page
  permissions are per subtree, and each language has its own tree under its home page, so the
  group gets "change" on the home page of every language but the default one.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

EDITORS_GROUP = "Editors"
TRANSLATORS_GROUP = "Translators"


@transaction.atomic
def ensure_translators_group(translation_homes) -> Group:
    """The Translators group (created if missing), allowed to edit pages under ``translation_homes``."""
    from wagtail.models import GroupPagePermission

    group, _ = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    for home in translation_homes:
        GroupPagePermission.objects.get_or_create(group=group, page_id=home.pk, permission=change)
    return group
