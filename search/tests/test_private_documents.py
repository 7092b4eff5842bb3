"""Finding 2 of issue 14: a document keeps its collection's privacy in search.

The text of a PDF in a restricted collection never reaches the index entry of a public page that
links to it (so never its results or snippets); the result neither names nor links the document.
Lifting the restriction makes the text searchable; restricting it again takes it out.
"""

import pytest
from wagtail.models import Collection, CollectionViewRestriction

from search.factories import PdfDocumentFactory

from .test_documents import results

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_collection(root_page):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="geheim"
    )
    return collection


@pytest.fixture
def toolkit_with_private_pdf(add_page, private_collection, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = PdfDocumentFactory(
            title="Interne evaluatie",
            collection=private_collection,
            paragraphs=["Vertrouwelijk: de makelaars weigerden elf kandidaten."],
        )
    page = add_page("Toolkit eerlijke verhuur", "Instrumenten voor verhuurders.", document=document)
    return page, document


def test_finding_2_private_pdf_text_is_not_searchable_from_a_public_page(client, toolkit_with_private_pdf):
    _page, document = toolkit_with_private_pdf
    assert results(client, "/nl/search/?q=makelaars") == []
    assert results(client, "/nl/search/?q=kandidaten") == []
    # The page itself is found by its own words, and its result names and links no document.
    response = client.get("/nl/search/?q=verhuurders")
    assert results(client, "/nl/search/?q=verhuurders") == [("Toolkit eerlijke verhuur", [])]
    html = response.content.decode()
    assert "Vertrouwelijk" not in html
    assert f"/documents/{document.pk}/" not in html


@pytest.mark.postgresql  # document matches come from the ranked SQL
def test_finding_2_lifting_and_restoring_the_restriction_follows_in_search(
    client, toolkit_with_private_pdf, private_collection, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.filter(collection=private_collection).delete()
    assert results(client, "/nl/search/?q=makelaars") == [("Toolkit eerlijke verhuur", ["Interne evaluatie"])]
    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(
            collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    assert results(client, "/nl/search/?q=makelaars") == []


@pytest.mark.postgresql
def test_finding_2_moving_a_pdf_into_a_private_collection_takes_its_text_out(
    client, add_page, private_collection, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = PdfDocumentFactory(title="Publieke gids", paragraphs=["De makelaars kregen een opleiding."])
    add_page("Toolkit opleiding", "Voor verhuurders.", document=document)
    assert results(client, "/nl/search/?q=makelaars") == [("Toolkit opleiding", ["Publieke gids"])]
    with django_capture_on_commit_callbacks(execute=True):
        document.collection = private_collection
        document.save()
    assert results(client, "/nl/search/?q=makelaars") == []
