"""Admin hooks of the shared website app."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def csp_initialisers():
    """Starts the widgets whose inline scripts website/admin_csp.py turned into JSON data blocks."""
    return format_html('<script src="{}"></script>', static("website/admin/csp-init.js"))
