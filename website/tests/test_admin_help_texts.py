"""Every chooser and inline panel of our page types says what it is for."""

from django.db import models
from wagtail.admin.panels import FieldPanel, InlinePanel, PanelGroup
from wagtail.models import get_page_models


def _fields_and_inlines(model, panels):
    """(model, panel) for every FieldPanel and InlinePanel, inline panels' own panels included."""
    for panel in panels:
        if isinstance(panel, InlinePanel):
            yield model, panel
            child_model = model._meta.get_field(panel.relation_name).related_model
            yield from _fields_and_inlines(child_model, getattr(child_model, "panels", []))
        elif isinstance(panel, PanelGroup):
            yield from _fields_and_inlines(model, panel.children)
        elif isinstance(panel, FieldPanel):
            yield model, panel


def test_choosers_and_inline_panels_have_help_texts():
    missing, inline_panels, choosers = [], set(), set()
    for page_model in get_page_models():
        if page_model.__module__.startswith("wagtail") or not page_model.is_creatable:
            continue
        for model, panel in _fields_and_inlines(page_model, page_model.get_edit_handler().children):
            if isinstance(panel, InlinePanel):
                inline_panels.add((model, panel.relation_name))
                if not panel.help_text:
                    missing.append(f"{page_model.__name__}: inline panel {panel.relation_name}")
                continue
            field = model._meta.get_field(panel.field_name)
            if not isinstance(field, models.ForeignKey):
                continue
            choosers.add((model, field.name))
            if not (field.help_text or panel.help_text):
                missing.append(f"{model.__name__}: chooser {field.name}")
    assert sorted(set(missing)) == []
    assert len(inline_panels) >= 9 and len(choosers) >= 15  # not vacuous
