"""What visitors read as a page's type (cards, search results, search's type filter) is a real,
translated word in every language: never Django's fallback plural ("page standards",
"numéro de newsletters") nor an editor's term ("standard page")."""

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.text import capfirst

from website.models import BasePage

PAGE_MODELS = [model for model in apps.get_models() if issubclass(model, BasePage) and model is not BasePage]


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_page_type_has_its_own_plural(model):
    assert "verbose_name_plural" in model._meta.original_attrs or model.public_type_label_plural, (
        f"{model.__name__}: set Meta.verbose_name_plural or public_type_label_plural"
    )


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_type_labels_are_translated(code):
    with translation.override(code):
        for model in PAGE_MODELS:
            singular, plural = model.type_label(), model.type_label_plural()
            if "verbose_name_plural" not in model._meta.original_attrs:  # Django's fallback is never shown
                assert plural == capfirst(str(model.public_type_label_plural)), f"{model.__name__} in {code}"
            assert singular and plural
    with translation.override("fr"):
        from website.models import StandardPage

        assert StandardPage.type_label() == "Page d'information"
        assert StandardPage.type_label_plural() == "Pages d'information"
