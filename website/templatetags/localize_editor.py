"""The strings the patched wagtail-localize bundle reads (website/workarounds/localize_bundle.py)."""

from django import template
from django.utils.html import json_script

from website.workarounds.localize_bundle import STRINGS_ELEMENT_ID, editor_strings

register = template.Library()


@register.simple_tag
def localize_editor_strings():
    """A JSON element, not a script: the admin's CSP runs no inline code."""
    return json_script(editor_strings(), STRINGS_ELEMENT_ID)
