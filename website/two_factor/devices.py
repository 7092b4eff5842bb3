"""Who must give a second factor, and the django-otp calls the views share (public API only)."""

from base64 import b32encode

import segno
from django.conf import settings
from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10


def uses_admin(user) -> bool:
    """Two-factor applies to people who can open the admin; visitors and subscribers never see it."""
    return user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin")


def has_confirmed_device(user) -> bool:
    """An authenticator app; recovery codes alone do not make an account two-factor."""
    return confirmed_devices(user).exists()


def required() -> bool:
    return settings.ADMIN_2FA_REQUIRED


def confirmed_devices(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("created_at", "pk")


def pending_device(user) -> TOTPDevice:
    """The user's unconfirmed app, kept across reloads so the QR code scanned stays the valid one."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="", confirmed=False)


def secret_text(device: TOTPDevice) -> str:
    """The secret as authenticator apps take it by hand: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_data_uri(device: TOTPDevice) -> str:
    """The otpauth:// address as an SVG data: URI (the admin's CSP allows data: images, not inline styles)."""
    return segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2, dark="#000", light="#fff")


def new_recovery_codes(user) -> list[str]:
    """Ten single-use codes for a lost phone, replacing any earlier ones; shown once."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name="recovery", defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def use_recovery_code(user, code: str):
    """The recovery device when ``code`` is one of its unused codes (then used up)."""
    code = "".join(code.split()).replace("-", "").lower()
    for device in StaticDevice.objects.devices_for_user(user, confirmed=True):
        with transaction.atomic():
            device = StaticDevice.objects.select_for_update().get(pk=device.pk)
            allowed, details = device.verify_is_allowed()
            if not allowed:
                return None, (details or {}).get("locked_until")
            if device.verify_token(code):
                return device, None
    return None, None


def check(device: TOTPDevice, code: str):
    """``(True, None)`` when ``code`` is the device's; else ``(False, locked_until or None)``.

    django-otp throttles: after a wrong code the next try waits 1, 2, 4 ... seconds; a try during
    the wait is refused without being checked."""
    code = "".join(code.split())
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed, details = device.verify_is_allowed()
        if not allowed:
            return False, (details or {}).get("locked_until")
        return device.verify_token(code), None


def verify_any(user, code: str, recovery=False):
    """The confirmed device whose code this is, and when the user may try again if refused;
    with ``recovery``, a recovery code counts too."""
    compact = "".join(code.split())
    if recovery and not compact.isdigit():
        return use_recovery_code(user, compact)
    locked_until = None
    for device in confirmed_devices(user):
        ok, locked = check(device, code)
        if ok:
            return device, None
        locked_until = locked or locked_until
    return None, locked_until


def reset(user) -> int:
    """Remove every device of ``user`` (lost phone); returns how many were removed."""
    removed = 0
    for device in list(devices_for_user(user, confirmed=None)):
        device.delete()
        removed += 1
    return removed
