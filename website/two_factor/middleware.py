"""The admin asks for the second factor after the password, before any other admin screen."""

from urllib.parse import urlencode

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
    enrolment. Everything outside the admin, and everyone without admin access, is untouched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(ADMIN_PREFIX):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_VIEWS:
            return None
        user = request.user
        if not devices.uses_admin(user) or user.is_verified():
            return None
        if devices.has_confirmed_device(user):
            target = "two_factor_verify"
        elif devices.required():
            target = "two_factor_enrol"
        else:
            return None
        next_url = request.get_full_path() if request.method == "GET" else reverse("wagtailadmin_home")
        return redirect(f"{reverse(target)}?{urlencode({'next': next_url})}")
