"""Editors, translators and reviewers for admin tests, with the permissions those roles need here.

Built by the tests themselves (transactional browser tests flush Wagtail's default groups); the
demo content's roles are set up elsewhere. The password is the same for all.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

PASSWORD = "a-long-test-passphrase"


def _page_permissions(group, pages, codenames):
    from wagtail.models import GroupPagePermission

    for page in pages:
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _collection_permissions(group, codenames):
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    for codename in codenames:
        for permission in Permission.objects.filter(codename=codename):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def make_roles(home_pages, django_user_model):
    """``{"editor": user, "translator": user, "reviewer": user}`` in their groups."""
    from recommendations.workflow import REVIEWERS_GROUP, ensure_review_workflow

    ensure_review_workflow()
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    # Created by a wagtail-localize migration, so gone after a transactional test's flush.
    translation_type, _ = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    translate, _ = Permission.objects.get_or_create(
        content_type=translation_type, codename="submit_translation", defaults={"name": "Can submit translations"}
    )
    homes = list(home_pages.values())
    media = ["add_document", "choose_document", "add_image", "choose_image"]

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(access, translate)
    _page_permissions(editors, homes, ["add_page", "change_page"])
    _collection_permissions(editors, media)

    translators, _ = Group.objects.get_or_create(name="Translators")
    translators.permissions.add(access)
    _page_permissions(translators, [home_pages["fr"], home_pages["en"]], ["change_page"])
    _collection_permissions(translators, ["choose_document", "choose_image"])

    reviewers = Group.objects.get(name=REVIEWERS_GROUP)
    reviewers.permissions.add(access)
    _collection_permissions(reviewers, ["choose_document", "choose_image"])

    users = {}
    for username, group in (("editor", editors), ("translator", translators), ("reviewer", reviewers)):
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=username.title()
        )
        user.groups.add(group)
        users[username] = user
    return users
