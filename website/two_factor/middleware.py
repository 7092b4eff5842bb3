"""The admin asks for the second factor after the password, before any other admin screen."""

from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse

from . import devices

ADMIN_PREFIX = "/admin/"
# What a session between password and code may still open: the way out, the admin's script
# catalogue and icons (the code page needs them), and the code and enrolment pages themselves.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
    "two_factor_enrol",
}


class AdminTwoFactorMiddleware:
    """After django-otp's OTPMiddleware: under ``/admin/``, an admin user whose session has not
    entered a code is sent to the code page (a confirmed app) or, when 2FA is required, to
    enrolment. Outside the admin such a session is a visitor's (no restricted page or private
    document on a password alone); everyone without admin access is untouched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(ADMIN_PREFIX):
            if self._second_factor_missing(request.user):
                # A password alone opens no login-restricted page or private document either:
                # outside the admin, the session counts as a visitor's until the code is given.
                request.user = AnonymousUser()
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_VIEWS:
            return None
        user = request.user
        if not self._second_factor_missing(user):
            return None
        if devices.has_confirmed_device(user):
            target = "two_factor_verify"
        elif devices.required():
            target = "two_factor_enrol"
        else:
            return None
        next_url = request.get_full_path() if request.method == "GET" else reverse("wagtailadmin_home")
        return redirect(f"{reverse(target)}?{urlencode({'next': next_url})}")

    @staticmethod
    def _second_factor_missing(user) -> bool:
        """An admin user whose session has not entered a code, and who has an app or must enrol."""
        if not devices.uses_admin(user) or user.is_verified():
            return False
        return devices.has_confirmed_device(user) or devices.required()
