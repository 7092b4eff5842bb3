from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/search-terms/", admin_views.report, name="search_terms_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return AdminOnlyMenuItem(_("Search terms"), reverse("search_terms_report"), icon_name="search", order=900)
