"""Admin URLs, the account settings panel and the account's action, through Wagtail's public hooks."""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel

from . import devices, views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/code/", views.verify, name="two_factor_verify"),
        path("two-factor/enrol/", views.enrol, name="two_factor_enrol"),
        path("two-factor/recovery-codes/", views.recovery_codes, name="two_factor_recovery_codes"),
        path("two-factor/recovery-codes/new/", views.renew_recovery_codes, name="two_factor_renew_recovery_codes"),
        path("two-factor/", views.manage, name="two_factor_manage"),
        path("two-factor/<int:pk>/remove/", views.remove, name="two_factor_remove"),
    ]


class TwoFactorPanel(BaseSettingsPanel):
    """Whether the account has an authenticator app, with the way to manage them; no fields."""

    name = "two_factor"
    title = _("Two-factor authentication")
    order = 550
    template_name = "two_factor/account_panel.html"

    def get_form(self):
        return forms.Form()  # never bound: the account page's save ignores it

    def get_context_data(self):
        return {
            "form": self.get_form(),
            "count": devices.confirmed_devices(self.user).count(),
            "manage_url": reverse("two_factor_manage"),
        }


@hooks.register("register_account_settings_panel")
def two_factor_panel(request, user, profile):
    return TwoFactorPanel(request, user, profile)


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("two_factor_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Add or remove the authenticator apps that give your login codes."),
    }
