"""A replaced or renamed document changes what toolkit and practice pages show (cached under the
content version), so a document save or delete bumps that version like a publish does."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model

from website.caching import content_cache

# Wagtail fills these in lazily on first use (e.g. while a page renders): not an editor's change.
LAZY_FIELDS = {"file_size", "file_hash"}


def _document_changed(sender, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= LAZY_FIELDS:
        return
    content_cache.bump()


post_save.connect(_document_changed, sender=get_document_model(), dispatch_uid="toolkits-document-saved")
post_delete.connect(_document_changed, sender=get_document_model(), dispatch_uid="toolkits-document-deleted")
