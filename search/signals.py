"""Signal wiring: document uploads feed text extraction; publishing changes reach search at once."""

from django.db.models.signals import post_save


def document_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # Raw fixture loads, and Wagtail filling in file_size/file_hash lazily, leave the text as it is.
    if raw or (update_fields and set(update_fields) <= {"file_size", "file_hash"}):
        return
    from .documents import enqueue_extraction

    enqueue_extraction(instance.pk)


def connect():
    from django.db.models.signals import post_delete
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.documents import get_document_model

    from website.caching import content_cache

    post_save.connect(document_saved, sender=get_document_model(), dispatch_uid="search-document-text")
    # A collection made private or public: its documents' text leaves or joins the linking pages.
    from wagtail.models import CollectionViewRestriction

    from .documents import restriction_changed

    post_save.connect(restriction_changed, sender=CollectionViewRestriction, dispatch_uid="search-collection-private")
    post_delete.connect(restriction_changed, sender=CollectionViewRestriction, dispatch_uid="search-collection-public")
    connect_delete()
    # Promoted results are cached under the content version: an editor's change shows at once.
    post_save.connect(content_cache.bump, sender=SearchPromotion, dispatch_uid="search-promotion-saved")
    post_delete.connect(content_cache.bump, sender=SearchPromotion, dispatch_uid="search-promotion-deleted")


def document_deleting(sender, instance, **kwargs):
    # Collected before the delete removes the ReferenceIndex rows; re-indexed once it committed.
    from django.db import transaction

    from .document_text import referencing_page_ids
    from .documents import reindex_pages

    page_ids = referencing_page_ids([instance.pk])
    if page_ids:
        transaction.on_commit(lambda: reindex_pages(page_ids))


def connect_delete():
    from django.db.models.signals import pre_delete
    from wagtail.documents import get_document_model

    pre_delete.connect(document_deleting, sender=get_document_model(), dispatch_uid="search-document-deleted")
