"""Factories for search tests, demo content and the benchmark: pages with body text and linked PDFs."""

import factory
from django.core.files.base import ContentFile

from website.factories import DocumentFactory, StandardPageFactory
from website.factories.pdf import simple_pdf


def paragraph(html: str):
    return ("paragraph", html)


def body(*paragraphs: str, document=None) -> list:
    """A StreamField value: paragraphs of text, and a link to ``document`` when given."""
    blocks = [paragraph(f"<p>{text}</p>") for text in paragraphs]
    if document is not None:
        blocks.append(paragraph(f'<p>Download <a linktype="document" id="{document.pk}">{document.title}</a>.</p>'))
    return blocks


class PdfDocumentFactory(DocumentFactory):
    """A document whose PDF holds ``paragraphs`` as real, extractable text."""

    class Params:
        paragraphs = factory.LazyAttribute(lambda o: [o.title])

    file = factory.LazyAttribute(lambda o: ContentFile(simple_pdf(o.title, o.paragraphs), name="document.pdf"))


class SearchablePageFactory(StandardPageFactory):
    """A standard page with paragraphs of body text (``paragraphs``) and optionally a linked document."""

    class Params:
        paragraphs = ()
        document = None

    body = factory.LazyAttribute(lambda o: body(*o.paragraphs, document=o.document))
