"""The code page, enrolment, and the account's list of authenticator apps."""

from urllib.parse import urlencode

import django_otp
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import devices
from .forms import EnrolForm, RemoveForm, VerifyForm


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


@sensitive_post_parameters("code")
def verify(request):
    """The 6-digit code after the password, for a user with a confirmed app."""
    user = request.user
    if user.is_verified() or not devices.has_confirmed_device(user):
        return redirect(_next(request))
    form = VerifyForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, form.device)
        return redirect(_next(request))
    form.data = {}  # a wrong code is not shown again
    return TemplateResponse(request, "two_factor/verify.html", {"form": form, "next": _next(request)})


@sensitive_post_parameters("code")
def enrol(request):
    """QR code and secret of a new app; it counts once a right code from it is entered."""
    user = request.user
    if devices.has_confirmed_device(user) and not user.is_verified():
        # A password alone never adds an app to an account that has one.
        return redirect(f"{reverse('two_factor_verify')}?next={reverse('two_factor_enrol')}")
    device = devices.pending_device(user)
    form = EnrolForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.refresh_from_db()
        device.name = form.cleaned_data["name"] or _("Authenticator app")
        device.confirmed = True
        device.save()
        django_otp.login(request, device)
        messages.success(request, _("Two-factor authentication is on: LEVL asks for a code after your password."))
        if not devices.recovery_codes_left(user):
            return _show_recovery_codes(request, devices.new_recovery_codes(user))
        return redirect(_next(request))
    if form.is_bound:
        form.data = {"name": form.data.get("name", "")}  # the name stays, the code does not
    return TemplateResponse(
        request,
        "two_factor/enrol.html",
        {
            "form": form,
            "next": _next(request),
            "qr_code": devices.qr_data_uri(device),
            "secret": devices.secret_text(device),
            "required": devices.required() and not devices.has_confirmed_device(user),
        },
    )


RECOVERY_SESSION_KEY = "two_factor_recovery_codes"


def _show_recovery_codes(request, codes):
    """Kept in the session for one page view (a redirect, so a reload does not re-post the code)."""
    request.session[RECOVERY_SESSION_KEY] = codes
    return redirect(f"{reverse('two_factor_recovery_codes')}?{urlencode({'next': _next(request)})}")


def recovery_codes(request):
    """New recovery codes, shown this once."""
    codes = request.session.pop(RECOVERY_SESSION_KEY, None)
    if not codes:
        return redirect("two_factor_manage")
    return TemplateResponse(request, "two_factor/recovery_codes.html", {"codes": codes, "next": _next(request)})


def renew_recovery_codes(request):
    if request.method != "POST":
        return redirect("two_factor_manage")
    return _show_recovery_codes(request, devices.new_recovery_codes(request.user))


def manage(request):
    """The account's apps: see, add, remove."""
    return TemplateResponse(
        request,
        "two_factor/manage.html",
        {
            "devices": devices.confirmed_devices(request.user),
            "recovery_codes_left": devices.recovery_codes_left(request.user),
            "page_title": _("Two-factor authentication"),
            "header_icon": "lock",
        },
    )


@sensitive_post_parameters("secret")
def remove(request, pk):
    device = get_object_or_404(TOTPDevice.objects.devices_for_user(request.user, confirmed=True), pk=pk)
    form = RemoveForm(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.delete()
        messages.success(request, _("“%(name)s” has been removed.") % {"name": device.name})
        return redirect("two_factor_manage")
    return TemplateResponse(
        request,
        "two_factor/remove.html",
        {"form": form, "device": device, "page_title": _("Remove authenticator app"), "header_icon": "lock"},
    )
