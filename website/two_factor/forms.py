from django import forms
from django.contrib.auth import authenticate
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from . import devices

WRONG_CODE = _("That code is not right. Enter the 6-digit code your authenticator app shows now.")


def locked_message(until):
    return _("Too many wrong codes. Wait until %(time)s, then enter a new code.") % {
        "time": date_format(localtime(until), "H:i:s")
    }


class CodeField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("6-digit code"),
            min_length=6,
            max_length=12,
            help_text=_("The code your authenticator app shows for LEVL. It changes every 30 seconds."),
            widget=forms.TextInput(
                attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True, "size": 8}
            ),
            **kwargs,
        )


class VerifyForm(forms.Form):
    """The code after the password (or a recovery code); the field is never sent back filled in."""

    code = CodeField()

    def __init__(self, user, *args, **kwargs):
        self.user = user
        self.device = None
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = _(
            "The code your authenticator app shows for LEVL. Phone lost? One of your recovery codes works once."
        )

    def clean_code(self):
        code = self.cleaned_data["code"]
        self.device, locked_until = devices.verify_any(self.user, code, recovery=True)
        if self.device is None:
            raise forms.ValidationError(locked_message(locked_until) if locked_until else WRONG_CODE)
        return code


class EnrolForm(forms.Form):
    """Confirms the pending app: only a right code from it makes it count."""

    name = forms.CharField(
        label=_("Name of this app or phone"),
        max_length=64,
        required=False,
        help_text=_("So you can tell your apps apart later, e.g. “Work phone”."),
    )
    code = CodeField()

    def __init__(self, device, *args, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = self.cleaned_data["code"]
        ok, locked_until = devices.check(self.device, code)
        if not ok:
            raise forms.ValidationError(locked_message(locked_until) if locked_until else WRONG_CODE)
        return code


class RemoveForm(forms.Form):
    """Removing an app asks for proof that this is still the person: a code or the password."""

    secret = forms.CharField(
        label=_("Current code or your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request, *args, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_secret(self):
        secret = self.cleaned_data["secret"]
        user = self.request.user
        compact = "".join(secret.split())
        if compact.isdigit() and len(compact) == 6:
            device, locked_until = devices.verify_any(user, compact)
            if device is not None:
                return secret
            if locked_until:
                raise forms.ValidationError(locked_message(locked_until))
        # Through authenticate(), so django-axes counts wrong passwords here as on the login page.
        elif authenticate(self.request, username=user.get_username(), password=secret) is not None:
            return secret
        raise forms.ValidationError(_("That is neither a current code nor your password."))
