"""Sign-up and preference forms: strict validation, clear translated errors, no header injection."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from website.taxonomy.lookup import terms_by_key
from website.taxonomy.models import Theme

FILLED_SALT = "newsletters.form-started"


def min_fill_seconds() -> float:
    return getattr(settings, "NEWSLETTER_MIN_FILL_SECONDS", 3)


def theme_choices(locale_id: int) -> list[tuple[str, str]]:
    """Themes in the visitor's language, from the cached taxonomy lookup (no query once warm)."""
    terms = sorted(terms_by_key(Theme, locale_id).values(), key=lambda term: (term.sort_order, term.name))
    return [(term.slug, term.name) for term in terms]


CHECKED_VALUES = {"on", "1", "true", "yes"}
# Names that never reach a mailbox on the internet (RFC 2606, RFC 6761, common private suffixes).
PRIVATE_SUFFIXES = (".localhost", ".local", ".localdomain", ".internal", ".lan", ".home.arpa", ".invalid", ".test")


def is_public_domain(domain: str) -> bool:
    """A DNS name of the public internet: no IP literal or bare IP, no single label, no local name."""
    import ipaddress

    domain = domain.strip().lower().rstrip(".")
    if domain.startswith("[") or ":" in domain:
        return False
    try:
        ipaddress.ip_address(domain)
        return False
    except ValueError:
        pass
    labels = domain.split(".")
    tld = labels[-1]
    if len(labels) < 2 or not all(labels) or not tld.isascii() or not (tld.isalpha() or tld.startswith("xn--")):
        return False
    return domain != "localhost" and not ("." + domain).endswith(PRIVATE_SUFFIXES)


def no_line_breaks(value: str) -> None:
    if "\r" in value or "\n" in value:
        raise forms.ValidationError(_("Line breaks are not allowed here."), code="crlf")


class LanguageThemesMixin(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the newsletter"),
        choices=settings.LANGUAGES,
        error_messages={"invalid_choice": _("Choose one of the languages in the list.")},
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none to receive news about all themes."),
        error_messages={"invalid_choice": _("Choose themes from the list only.")},
    )

    def __init__(self, *args, locale_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        if locale_id is None:
            from wagtail.models import Locale

            locale_id = Locale.get_active().pk
        self.fields["themes"].choices = theme_choices(locale_id)


class SubscribeForm(LanguageThemesMixin):
    """The public sign-up form (footer, block and own page all use this one)."""

    email = forms.CharField(
        label=_("Email address"),
        max_length=254,
        validators=[no_line_breaks],
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Fill in your email address."),
            "max_length": _("This email address is too long (at most 254 characters)."),
        },
    )
    consent = forms.BooleanField(
        required=True,
        error_messages={"required": _("Tick the box to agree, otherwise we cannot send you the newsletter.")},
    )
    # Honeypot: hidden from people (CSS and aria-hidden), bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(required=False, widget=forms.HiddenInput)
    source = forms.CharField(required=False, widget=forms.HiddenInput, max_length=500)

    field_order = ["email", "language", "themes", "consent"]

    def __init__(self, *args, consent_label="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_label
        if not self.is_bound:
            self.initial.setdefault("language", translation.get_language())
            self.initial["started"] = signing.TimestampSigner(salt=FILLED_SALT).sign(str(int(time.time())))

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        forms.EmailField().clean(email)  # raises "Enter a valid email address."
        if not is_public_domain(email.rsplit("@", 1)[-1]):
            raise forms.ValidationError(_("Use an email address with a public domain name."), code="domain")
        return email.lower()

    def clean_consent(self):
        # A checkbox that is ticked sends "on" (or a value we set); Django's BooleanField would
        # also take "0", "off" or "no" as a yes. Consent is only ever an explicit tick.
        raw = self.data.get(self.add_prefix("consent"), "")
        if not isinstance(raw, str) or raw.strip().lower() not in CHECKED_VALUES:
            raise forms.ValidationError(self.fields["consent"].error_messages["required"], code="required")
        return True

    def clean_source(self):
        source = self.cleaned_data.get("source", "")
        return source if source.startswith("/") and "\n" not in source and "\r" not in source else ""

    def is_bot(self) -> bool:
        """Honeypot filled in, or submitted faster than a person can type: ignore silently."""
        if self.data.get("website"):
            return True
        try:
            started = int(signing.TimestampSigner(salt=FILLED_SALT).unsign(self.data.get("started", ""), max_age=86400))
        except (signing.BadSignature, ValueError):
            return True
        return time.time() - started < min_fill_seconds()


class PreferencesForm(LanguageThemesMixin):
    """Change language and themes from the personal link in every mail."""
