"""Bump the content version whenever what visitors can see of the page tree changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .caching import content_cache
from .pages import visibility

# Wagtail fills these in lazily on first use (saving only them); nothing a visitor sees changes.
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


def _media_saved(sender, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    content_cache.bump()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_cache.bump()


page_published.connect(content_cache.bump, dispatch_uid="content-published")
page_unpublished.connect(content_cache.bump, dispatch_uid="content-unpublished")
post_page_move.connect(content_cache.bump, dispatch_uid="content-moved")
post_delete.connect(_page_deleted, dispatch_uid="content-deleted")
# Images and documents too: their titles are alt texts and link texts on cached pages.
for _model in (PageViewRestriction, Site):
    post_save.connect(content_cache.bump, sender=_model, dispatch_uid=f"content-save-{_model.__name__}")
    post_delete.connect(content_cache.bump, sender=_model, dispatch_uid=f"content-delete-{_model.__name__}")
for _model in (get_image_model(), get_document_model()):
    post_save.connect(_media_saved, sender=_model, dispatch_uid=f"content-save-{_model.__name__}")
    post_delete.connect(content_cache.bump, sender=_model, dispatch_uid=f"content-delete-{_model.__name__}")


def _snippet_or_setting(sender) -> bool:
    """Snippets (themes, partners, promoted results, ...) and settings are shown on pages; their
    registries are complete only once every app is ready, so they are asked at save time."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.snippets.models import get_snippet_models

    return issubclass(sender, (BaseGenericSetting, BaseSiteSetting)) or sender in get_snippet_models()


def _shown_on_pages_changed(sender, **kwargs):
    if _snippet_or_setting(sender):
        content_cache.bump()


post_save.connect(_shown_on_pages_changed, dispatch_uid="content-save-snippet")
post_delete.connect(_shown_on_pages_changed, dispatch_uid="content-delete-snippet")


# The request that changed a restriction sees its own change (other requests read it afresh anyway).
for _model in (PageViewRestriction, CollectionViewRestriction):
    post_save.connect(
        lambda **kwargs: visibility.forget(), sender=_model, dispatch_uid=f"visibility-{_model.__name__}", weak=False
    )
    post_delete.connect(
        lambda **kwargs: visibility.forget(),
        sender=_model,
        dispatch_uid=f"visibility-del-{_model.__name__}",
        weak=False,
    )
