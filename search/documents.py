"""Background tasks over document text: extract a document's text, and re-index the pages that
link to it or to a collection's documents (``search.document_text`` holds the text functions).

The task functions keep this module path: their dotted paths (``search.documents.
extract_document_text``, ``search.documents.reindex_collection``) are stored in queued
django-tasks rows, which must still find them after a deploy. Re-indexing goes through
``search.indexing`` and so the engines; the engines and the results page read document text
from ``search.document_text``, which imports nothing of this module, so there is no cycle.
"""

from django.db import transaction
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search import index

from .document_text import extract, referencing_page_ids


def reindex_pages(page_ids) -> int:
    from .indexing import pages_changed

    count = 0
    for page in Page.objects.filter(id__in=page_ids).specific():
        index.insert_or_update_object(page)
        count += 1
    pages_changed(page_ids)
    return count


@task()
def extract_document_text(document_id: int, force: bool = False) -> int:
    """Background task: extract the text, then re-index the pages that link to the document.

    Also when the text did not change: the save may have moved the document to a collection with
    another view restriction, which decides whether its text belongs in those pages' index entries.
    """
    extract(document_id, force=force)
    return reindex_pages(referencing_page_ids([document_id]))


@task()
def reindex_collection(collection_id: int) -> int:
    """Background task: a collection's view restriction changed; the pages linking to its documents
    (and its sub-collections') get their index entries with, or without, those documents' text."""
    from wagtail.models import Collection

    collection = Collection.objects.filter(pk=collection_id).first()
    if collection is None:
        return 0
    document_ids = (
        get_document_model().objects.filter(collection__path__startswith=collection.path).values_list("pk", flat=True)
    )
    return reindex_pages(referencing_page_ids(list(document_ids)))


def restriction_changed(sender, instance, **kwargs) -> None:
    collection_id = instance.collection_id
    transaction.on_commit(lambda: reindex_collection.enqueue(collection_id))


def enqueue_extraction(document_id: int) -> None:
    # After commit, so the worker sees the saved file and row.
    transaction.on_commit(lambda: extract_document_text.enqueue(document_id))
