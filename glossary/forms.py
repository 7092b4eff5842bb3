from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .check import MAX_CHARS, InvalidText, validate


class CheckForm(forms.Form):
    """The public checker: one text, checked and returned, never kept."""

    text = forms.CharField(
        label=gettext_lazy("Your text"),
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "true"}),
        strip=False,
        required=False,  # an empty text gets our own message, not Django's generic one
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Our own message for binary input ("not text") instead of Django's "null characters".
        self.fields["text"].validators = []
        self.fields["text"].help_text = _(
            "Up to %(max)s characters. Your text is checked in memory and never stored."
        ) % {"max": number_format(MAX_CHARS, force_grouping=True)}

    def clean_text(self):
        try:
            return validate(self.cleaned_data.get("text") or "")
        except InvalidText as error:
            raise forms.ValidationError(str(error)) from None
