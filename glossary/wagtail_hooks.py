from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, editor_checks
from .models import GlossaryEntry


class GlossaryEntryViewSet(SnippetViewSet):
    """Editors and translators keep the glossary under Snippets → Glossary entries."""

    model = GlossaryEntry
    icon = "warning"
    menu_label = _("Glossary")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["term", "severity", "locale"]
    list_filter = ["severity", "locale", "themes"]
    search_fields = ["term", "forms", "explanation"]
    ordering = ["term"]


register_snippet(GlossaryEntryViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/glossary-terms/", admin_views.report, name="glossary_terms_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(_("Glossary terms on the site"), reverse("glossary_terms_report"), icon_name="warning", order=910)


hooks.register("construct_wagtail_userbar", editor_checks.replace_checker)
