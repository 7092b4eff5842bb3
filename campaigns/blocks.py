"""Calls to action: what a campaign asks people to do, each a button to a page or a web address."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class CallToActionBlock(blocks.StructBlock):
    """One button; an internal page keeps working when its address changes, so it comes first."""

    label = blocks.CharBlock(
        max_length=80,
        label=_("Label"),
        help_text=_("Button text, as a verb: 'Sign the call', 'Download the poster'."),
    )
    page = blocks.PageChooserBlock(
        required=False, label=_("Page"), help_text=_("Page on this website the button leads to.")
    )
    url = blocks.URLBlock(
        required=False,
        label=_("Web address"),
        help_text=_("Or an external web address (https://...) if no page is chosen."),
    )

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "campaigns/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(_("Choose a page or enter a web address."))])}
            )
        return value


class CallToActionStreamBlock(blocks.StreamBlock):
    call_to_action = CallToActionBlock()
