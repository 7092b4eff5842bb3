from django import forms
from django.utils.translation import gettext_lazy as _

from .check import MAX_CHARS, InvalidText, validate


class CheckForm(forms.Form):
    """The public checker: one text, checked and returned, never kept."""

    text = forms.CharField(
        label=_("Your text"),
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "true"}),
        strip=False,
        required=False,  # an empty text gets our own message, not Django's generic one
        help_text=_("Up to %(max)s characters. Your text is checked in memory and never stored.")
        % {"max": f"{MAX_CHARS:,}"},
    )

    def clean_text(self):
        try:
            return validate(self.cleaned_data.get("text") or "")
        except InvalidText as error:
            raise forms.ValidationError(str(error)) from None
