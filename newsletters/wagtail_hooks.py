"""Admin: the subscriber list (search, filters, CSV export, GDPR tools) and sending an issue."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from . import admin_views
from .models import NewsletterPage, Subscriber


class GdprColumn(Column):
    """Links to the per-subscriber data export and erasure, straight from the list."""

    cell_template_name = "newsletters/admin/gdpr_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["export_url"] = reverse("newsletters_admin:gdpr_export", args=[instance.pk])
        context["erase_url"] = reverse("newsletters_admin:gdpr_erase", args=[instance.pk])
        return context


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "newsletters/subscribers"
    list_display = ["email", "language", "status", "created_at", "confirmed_at", GdprColumn("gdpr", label=_("Data"))]
    list_filter = ["language", "status", "themes", "all_themes"]
    list_export = [
        "email",
        "language",
        "status",
        "all_themes",
        "created_at",
        "source_url",
        "consent_version",
        "confirmed_at",
        "unsubscribed_at",
        "bounced_at",
    ]
    export_filename = "subscribers"
    search_fields = ["email"]
    search_backend_name = None
    form_fields = ["email", "language", "all_themes", "themes", "status"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_subscribers():
    return SubscriberViewSet("newsletter_subscribers")


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    from django.urls import include

    urls = [
        path("issue/<int:page_id>/", admin_views.dispatch_view, name="dispatch"),
        path("subscriber/<int:pk>/export/", admin_views.gdpr_export, name="gdpr_export"),
        path("subscriber/<int:pk>/erase/", admin_views.gdpr_erase, name="gdpr_erase"),
    ]
    return [path("newsletters/", include((urls, "newsletters_admin"), namespace="newsletters_admin"))]


def send_buttons(page):
    """The "Send newsletter" button of an issue, in its header and in page listings alike."""
    if isinstance(page.specific_deferred, NewsletterPage):
        yield Button(
            _("Send newsletter"),
            url=reverse("newsletters_admin:dispatch", args=[page.pk]),
            icon_name="mail",
            priority=5,
        )


@hooks.register("register_page_header_buttons")
def send_button(page, user, view_name, next_url=None):
    yield from send_buttons(page)


@hooks.register("register_page_listing_more_buttons")
def send_listing_button(page, user, next_url=None, **kwargs):
    yield from send_buttons(page)
