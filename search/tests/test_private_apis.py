"""Fails loudly when an upgrade changes the private Wagtail/modelsearch APIs search relies on.

Wagtail's private calls are all in ``search/wagtail_private.py``, modelsearch's internals all in
``search/backends.py``. On failure: read the new release's code for the name in the message,
adapt that one module, then update the versions below.
"""

import inspect

import modelsearch
import pytest
import wagtail
from modelsearch.backends.database.postgres import postgres

pytestmark = pytest.mark.django_db

# The versions these modules were checked against (requirements.txt pins them).
CHECKED = {"wagtail": "8.0.1", "modelsearch": "1.3.2"}


def installed(module):
    from importlib.metadata import version

    return version(module.__name__)


def test_versions_are_the_ones_the_private_calls_were_checked_against():
    found = {"wagtail": installed(wagtail), "modelsearch": installed(modelsearch)}
    assert found == CHECKED, (
        "Wagtail or modelsearch was upgraded: re-check search/wagtail_private.py and search/backends.py "
        "against the new release (private APIs), then update CHECKED here."
    )


def test_wagtail_reference_index_privates_still_behave(add_page):
    from wagtail.documents import get_document_model

    from search.factories import PdfDocumentFactory
    from search.wagtail_private import base_content_type, references_of

    document = PdfDocumentFactory(title="Handleiding", paragraphs=["Tekst."])
    page = add_page("Toolkit", "Tekst.", document=document)
    content_type = base_content_type(get_document_model())
    assert content_type.model_class() is get_document_model()
    references = list(references_of(page))
    assert all(len(row) == 4 for row in references)
    assert (content_type.id, str(document.pk)) in {(row[0], row[1]) for row in references}


def test_modelsearch_internals_used_by_backends_exist():
    compiler = postgres.PostgresSearchQueryCompiler
    for name in ("get_config", "build_tsquery", "build_tsquery_content", "get_index_vectors", "_build_rank_expression"):
        assert callable(getattr(compiler, name, None)), f"modelsearch PostgresSearchQueryCompiler.{name} is gone"
    assert list(inspect.signature(compiler._build_rank_expression).parameters) == ["self", "vectors", "config"]
    assert callable(getattr(postgres.PostgresIndex, "add_items", None))
    assert hasattr(postgres, "PostgresAutocompleteQueryCompiler")
