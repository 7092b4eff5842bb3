"""Document text for search: PDF text extraction, which documents a page links to, their public
text in the page's own index entry, and which documents of a results page match the query.

Apart from the tasks in ``search.documents``: what the engines and the results page read here
(``FIELD_NAME``, ``page_document_ids``, ``public_documents``, ``matching_documents``) must not
import the tasks, which re-index pages through ``search.indexing`` and so the engines (that made
one import cycle of documents, indexing, engines, listing and results). The tasks keep the module
path ``search.documents`` because their dotted paths are stored in queued django-tasks rows.

Why a field attached from here rather than a method on ``BasePage``: ``website`` must not
depend on ``search``. At start-up (``SearchConfig.ready``) every BasePage subclass gets one more
``SearchField``, ``search_document_text``, a method that returns the extracted text of the
documents the page links to. So the text lands in the page's own index entry, a document match
finds the page in the SAME single query over BasePage, ranking and locale filtering apply
unchanged, and it is backend-neutral (Elasticsearch indexes the same field). Which documents a
page links to comes from Wagtail's ReferenceIndex: at indexing time from the page object itself
(``_extract_references_from_object``: FKs, StreamField blocks, rich text links, inline child
objects, whatever the page type), so the answer is current even before the reference-index task
has run; and from the ReferenceIndex table when a document's text changes and the pages that
link to it must be re-indexed.
"""

import hashlib
import logging

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from website.pages.visibility import public_media

from .wagtail_private import base_content_type, references_of

logger = logging.getLogger(__name__)

FIELD_NAME = "search_document_text"
# Beyond this a document adds little to ranking and only slows indexing.
MAX_TEXT_CHARS = 200_000
MAX_PDF_PAGES = 300


def extract_pdf_text(fileobj) -> str:
    from pypdf import PdfReader

    reader = PdfReader(fileobj)
    parts, size = [], 0
    for pdf_page in reader.pages[:MAX_PDF_PAGES]:
        text = pdf_page.extract_text() or ""
        parts.append(text)
        size += len(text)
        if size >= MAX_TEXT_CHARS:
            break
    # PostgreSQL text cannot hold NUL characters.
    return " ".join(" ".join(parts).replace("\x00", " ").split())[:MAX_TEXT_CHARS]


def file_hash(document) -> str:
    digest = hashlib.sha256()
    with document.open_file() as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def document_content_type_id() -> int:
    return base_content_type(get_document_model()).id


def page_document_ids(page) -> list[int]:
    """Ids of the documents a page links to, read from the page object through the ReferenceIndex."""
    document_ct = document_content_type_id()
    ids = []
    for content_type_id, object_id, _model_path, _content_path in references_of(page):
        if content_type_id == document_ct and object_id.isdigit() and int(object_id) not in ids:
            ids.append(int(object_id))
    return ids


def public_documents(ids):
    """The documents among ``ids`` whose collection (or an ancestor collection) has no view
    restriction: a private document's text must never make a public page findable. Asked of the
    database each time (``website.pages.visibility``), so every process sees a restriction at once."""
    return public_media(get_document_model().objects.filter(pk__in=ids))


def document_text_for_search(page) -> str:
    from .models import DocumentText

    ids = page_document_ids(page)
    if not ids:
        return ""
    # A document in a restricted collection keeps its privacy: its words never reach a page's index
    # entry (and so never its snippet). Re-indexed when the collection's restriction changes.
    texts = public_media(DocumentText.objects.filter(document_id__in=ids), "document__collection__path")
    return "\n".join(texts.order_by("document_id").values_list("text", flat=True))


def attach_document_text_field():
    """Give every BasePage subclass the ``search_document_text`` search field (see module docstring)."""
    from django.apps import apps

    from website.models import BasePage

    BasePage.search_document_text = document_text_for_search
    for model in apps.get_models():
        if issubclass(model, BasePage) and not any(
            getattr(field, "field_name", None) == FIELD_NAME for field in model.search_fields
        ):
            model.search_fields = [*model.search_fields, index.SearchField(FIELD_NAME)]


def referencing_page_ids(document_ids) -> list[int]:
    """Pages whose ReferenceIndex rows point at any of the documents."""
    page_ct = ContentType.objects.get_for_model(Page)
    return [
        int(object_id)
        for object_id in ReferenceIndex.objects.filter(
            base_content_type=page_ct,
            to_content_type_id=document_content_type_id(),
            to_object_id__in=[str(pk) for pk in document_ids],
        )
        .values_list("object_id", flat=True)
        .distinct()
    ]


def extract(document_id: int, force: bool = False) -> bool:
    """Extract one document's text if its file changed (or ``force``); True when the text changed."""
    from .models import DocumentText

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return False
    current = DocumentText.objects.filter(document=document).first()
    try:
        digest = file_hash(document)
    except OSError as error:
        logger.warning("Document %s: file unreadable: %s", document_id, error)
        return False
    if current is not None and current.file_hash == digest and not force:
        return False
    text, error = "", ""
    if document.file_extension.lower() == "pdf":
        try:
            with document.open_file() as handle:
                text = extract_pdf_text(handle)
        except Exception as exc:  # noqa: BLE001 - a broken PDF must not break the upload
            error = f"{type(exc).__name__}: {exc}"[:255]
            logger.warning("Document %s: text extraction failed: %s", document_id, error)
    changed = current is None or current.text != text
    DocumentText.objects.update_or_create(
        document=document, defaults={"text": text, "file_hash": digest, "error": error}
    )
    return changed


def matching_documents(pages, query: str, config: str | None) -> dict:
    """``{page_id: [document, ...]}``: documents linked from each page whose text matches the query.

    Two queries for a whole results page: the links (ReferenceIndex), then the documents whose
    text matches (full-text with the locale's configuration on PostgreSQL, words elsewhere).
    """
    from django.db import connection
    from django.db.models import F
    from django.db.models.functions import Left

    from .highlight import fold, words
    from .models import DocumentText

    if not pages or not query:
        return {}
    page_ct = ContentType.objects.get_for_model(Page)
    links = list(
        ReferenceIndex.objects.filter(
            base_content_type=page_ct,
            object_id__in=[str(page.pk) for page in pages],
            to_content_type_id=document_content_type_id(),
        ).values_list("object_id", "to_object_id")
    )
    document_ids = {int(to_id) for _page_id, to_id in links if to_id.isdigit()}
    if not document_ids:
        return {}
    texts = public_media(
        DocumentText.objects.filter(document_id__in=document_ids).exclude(text=""), "document__collection__path"
    ).select_related("document")
    if connection.vendor == "postgresql" and config:
        from django.contrib.postgres.search import SearchQuery, SearchVector

        vector = SearchVector(Left(F("text"), 100_000), config=config)
        rows = texts.annotate(vector=vector).filter(vector=SearchQuery(query, config=config, search_type="plain"))
        documents = {row.document_id: row.document for row in rows}
    else:
        terms = words(query)
        documents = {
            row.document_id: row.document for row in texts if terms and all(term in fold(row.text) for term in terms)
        }
    found: dict[int, list] = {}
    for page_id, to_id in links:
        document = documents.get(int(to_id)) if to_id.isdigit() else None
        if document is not None and document not in found.setdefault(int(page_id), []):
            found[int(page_id)].append(document)
    return found
