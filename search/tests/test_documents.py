"""Search inside documents: a match in a linked PDF finds the page and names the document."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.core.management import call_command

from search.factories import PdfDocumentFactory
from search.models import DocumentText
from website.factories.pdf import simple_pdf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("engine")]


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [
        (
            item.select_one(".search-result__title a").get_text(),
            [a.get_text() for a in item.select(".search-result__documents a")],
        )
        for item in html.select(".search-result")
    ]


@pytest.fixture
def toolkit_with_pdf(add_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = PdfDocumentFactory(
            title="Handleiding praktijktesten",
            paragraphs=["Praktijktesten meten discriminatie door makelaars bij de verhuur van appartementen."],
        )
    page = add_page("Toolkit eerlijke verhuur", "Instrumenten voor verhuurders.", document=document)
    return page, document


def test_pdf_text_is_extracted_on_upload(toolkit_with_pdf):
    _page, document = toolkit_with_pdf
    text = DocumentText.objects.get(document=document)
    assert "makelaars" in text.text
    assert text.error == ""


@pytest.mark.postgresql  # document matches come from the ranked SQL
def test_match_in_document_finds_page_and_names_document(client, toolkit_with_pdf):
    assert results(client, "/nl/search/?q=makelaars") == [("Toolkit eerlijke verhuur", ["Handleiding praktijktesten"])]
    # Stemming applies to document text too (appartementen -> appartement).
    assert results(client, "/nl/search/?q=appartement") == [
        ("Toolkit eerlijke verhuur", ["Handleiding praktijktesten"])
    ]
    # A match in the page itself names no document.
    assert results(client, "/nl/search/?q=verhuurders") == [("Toolkit eerlijke verhuur", [])]


def test_replacing_the_file_reindexes_linking_pages(client, toolkit_with_pdf, django_capture_on_commit_callbacks):
    _page, document = toolkit_with_pdf
    with django_capture_on_commit_callbacks(execute=True):
        document.file = ContentFile(simple_pdf("Nieuw", ["Huisvesting voor nieuwkomers en vluchtelingen."]), "new.pdf")
        document.save()
    assert results(client, "/nl/search/?q=makelaars") == []
    assert results(client, "/nl/search/?q=vluchtelingen") == [
        ("Toolkit eerlijke verhuur", ["Handleiding praktijktesten"])
    ]


def test_deleting_the_document_removes_its_text_from_the_page(
    client, toolkit_with_pdf, django_capture_on_commit_callbacks
):
    _page, document = toolkit_with_pdf
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert results(client, "/nl/search/?q=makelaars") == []


def test_broken_pdf_is_recorded_not_raised(add_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = PdfDocumentFactory(
            title="Kapot", file=ContentFile(b"%PDF-1.4 this is not really a pdf", "kapot.pdf")
        )
    assert DocumentText.objects.get(document=document).text == ""


def test_rebuild_command_reextracts_and_reindexes(client, toolkit_with_pdf, engine):
    _page, document = toolkit_with_pdf
    DocumentText.objects.all().delete()
    call_command("update_index", verbosity=0)
    engine.rebuild()  # the engine's own index, where it has one, forgets the text too
    assert results(client, "/nl/search/?q=makelaars") == []
    call_command("search_index", verbosity=0)
    assert DocumentText.objects.filter(document=document).exists()
    assert results(client, "/nl/search/?q=makelaars") == [("Toolkit eerlijke verhuur", ["Handleiding praktijktesten"])]


def test_document_tasks_keep_the_dotted_paths_queued_rows_hold():
    """Queued django-tasks rows name their function by dotted path: moving a task breaks them."""
    from search import documents

    assert documents.extract_document_text.module_path == "search.documents.extract_document_text"
    assert documents.reindex_collection.module_path == "search.documents.reindex_collection"
