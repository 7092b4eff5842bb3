"""The page edit form offers taxonomy terms in the page's own language only.

Terms are translatable snippets, one row per language: Django's default widget for a page's
themes listed every row of every language ("Housing", "Logement", "Wonen"...), which looked like
duplicates and let a French page be tagged with Dutch names. Pages may still point at another
language's row (wagtail-localize copies many-to-many links from the source as they are), so the
form shows such a link as the same term in the page's language; a linked term that has no
translation yet stays listed, so saving never silently drops it.
"""

from django import forms
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm

from .models import Term


def _locale_of(form):
    if form.instance.locale_id:
        return form.instance.locale
    return form.parent_page.locale if form.parent_page else None


def _as_pks(value) -> list:
    """An initial value (a term, a pk or a list of either) as a list of pks."""
    if value is None or value == "":
        return []
    if isinstance(value, (str, int)) or hasattr(value, "pk"):
        value = [value]
    return [getattr(item, "pk", item) for item in value]


class LocalisedTermsPageForm(WagtailAdminPageForm):
    """Base form of every content page: taxonomy fields limited to the page's language,
    many-to-many ones as labelled checkboxes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = _locale_of(self)
        if locale is None:
            return
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model is None or not issubclass(model, Term):
                continue
            self._localise_field(name, field, model, locale)

    def _localise_field(self, name, field, model, locale):
        linked = list(model.objects.filter(pk__in=_as_pks(self.initial.get(name))))
        in_locale = {
            term.translation_key: term.pk
            for term in model.objects.filter(
                locale=locale, translation_key__in=[term.translation_key for term in linked]
            )
        }
        shown = [in_locale.get(term.translation_key, term.pk) for term in linked]
        untranslated = [pk for pk in shown if pk not in in_locale.values()]
        if isinstance(field, forms.ModelMultipleChoiceField):
            field.widget = forms.CheckboxSelectMultiple()
        # Setting the queryset also hands the (new) widget its choices.
        field.queryset = model.objects.filter(Q(locale=locale) | Q(pk__in=untranslated)).order_by("sort_order", "name")
        if isinstance(field, forms.ModelMultipleChoiceField):
            self.initial[name] = shown
        else:
            self.initial[name] = shown[0] if shown else None
