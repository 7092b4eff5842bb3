"""The one module that calls Wagtail's private APIs (no public equivalent exists).

- ``ReferenceIndex._get_base_content_type(model)``: the content type Wagtail files references
  under (the concrete base model), needed to read a document's rows in the reference index.
- ``ReferenceIndex._extract_references_from_object(obj)``: the references of a page object as
  it is in memory (before the reference index is updated), so indexing a page sees the documents
  it links to now.

``search/tests/test_private_apis.py`` fails on an upgrade that changes either; modelsearch's
internals are likewise confined to ``search/backends.py``.
"""

from wagtail.models import ReferenceIndex


def base_content_type(model):
    return ReferenceIndex._get_base_content_type(model)


def references_of(obj):
    """``(content_type_id, object_id, model_path, content_path)`` for each reference ``obj`` holds."""
    return ReferenceIndex._extract_references_from_object(obj)
