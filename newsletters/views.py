"""Public pages of subscribing: sign up, confirm, preferences, unsubscribe.

Every outcome is a page with a translated message; bad input never raises. The unsubscribe view
accepts the RFC 8058 one-click POST that mail providers send without cookies or CSRF token; the
signed link is what authorises it.
"""

from django.conf import settings
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from website import ratelimit

from . import subscriptions, tokens
from .forms import PreferencesForm
from .models import Subscriber
from .signup import consent_text, form_context, signup_form

RATE_WINDOW = 600


def rate_limited(request) -> int:
    """0, or the seconds to wait: at most NEWSLETTER_RATE_LIMIT sign-ups per visitor per fixed
    10-minute window (website.ratelimit)."""
    allowed, retry_after = ratelimit.allow(
        request, "newsletter-signup", getattr(settings, "NEWSLETTER_RATE_LIMIT", 10), RATE_WINDOW
    )
    return 0 if allowed else retry_after


def _message(request, title, text, status=200, **extra):
    """A page with one message; ``signup_state`` ("sent", "confirmed") marks the steps of a
    successful sign-up: the message shows as a success and the footer says so instead of
    offering the form again."""
    return render(request, "newsletters/message.html", {"title": title, "text": text, **extra}, status=status)


def same_origin(request) -> bool:
    """The POST comes from one of our own pages, as far as the browser says.

    Browsers send ``Origin`` with every cross-origin form POST (and ``Sec-Fetch-Site``), so a
    forged cross-site sign-up shows itself. A request with neither header does not come from a
    page in a browser (curl, a script): it could send any header, so refusing it protects no one.
    """
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return False
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source:
        return True
    if source == "null":
        return False
    allowed = {request.get_host(), *(origin.split("://", 1)[-1] for origin in settings.CSRF_TRUSTED_ORIGINS)}
    return url_has_allowed_host_and_scheme(source, allowed_hosts=allowed, require_https=request.is_secure())


# The sign-up form is in the footer of every page, and pages are cached whole for everyone, so it
# cannot carry a per-visitor CSRF token. What a forged cross-site POST could do is start a
# subscription, and that is harmless here: the origin check above refuses it from browsers,
# nothing is subscribed before the address owner clicks the confirmation link (double opt-in),
# an address gets at most one confirmation mail per hour, and a client at most
# NEWSLETTER_RATE_LIMIT attempts per 10 minutes.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "POST" and not same_origin(request):
        return HttpResponseForbidden(_("This form can only be sent from this website."))
    if request.method == "GET":
        form = signup_form(request, prefix_id="subscribe")
        return render(request, "newsletters/subscribe_page.html", form_context(request, form, "page"))
    form = signup_form(request, data=request.POST, prefix_id="subscribe")
    context = form_context(request, form, "page")
    if retry_after := rate_limited(request):
        context["error"] = _("Too many attempts from your connection. Please wait a few minutes and try again.")
        response = render(request, "newsletters/subscribe_page.html", context, status=429)
        response["Retry-After"] = str(retry_after)
        return response
    if form.is_bot():
        return HttpResponseRedirect(reverse("newsletters:thanks"))
    if not form.is_valid():
        return render(request, "newsletters/subscribe_page.html", context, status=400)
    data = form.cleaned_data
    try:
        subscriptions.subscribe(
            email=data["email"],
            language=data["language"],
            theme_slugs=data["themes"],
            source_url=data["source"],
            consent_text=consent_text(),
        )
    except subscriptions.MailFailed:
        context["error"] = _("We could not send the confirmation email right now. Please try again later.")
        return render(request, "newsletters/subscribe_page.html", context, status=503)
    return HttpResponseRedirect(reverse("newsletters:thanks"))


def thanks(request):
    return _message(
        request,
        _("Check your inbox"),
        _(
            "If this address can receive our newsletter, we have sent it an email with a link. "
            "Click it to confirm your subscription. The link is valid for 7 days."
        ),
        signup_state="sent",
    )


def _subscriber(uuid: str):
    return Subscriber.objects.filter(uuid=uuid).first()


def _invalid_link(request):
    return _message(
        request,
        _("This link is not valid"),
        _("The link may be incomplete or changed. Copy the whole link from the email, or subscribe again."),
        status=400,
        show_subscribe=True,
    )


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        subscriber = _subscriber(tokens.read_confirm_token(token))
    except tokens.ExpiredToken:
        return _message(
            request,
            _("This link has expired"),
            _("Confirmation links are valid for 7 days. Subscribe again and we will send you a new one."),
            status=410,
            show_subscribe=True,
        )
    except tokens.InvalidToken:
        return _invalid_link(request)
    if subscriber is None:
        return _invalid_link(request)
    if request.method == "GET":
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return _already_confirmed(request, subscriber)
        return render(request, "newsletters/confirm.html", {"subscriber": subscriber})
    outcome = subscriptions.confirm(subscriber)
    if outcome == "already":
        return _already_confirmed(request, subscriber)
    if outcome == "invalid":
        return _message(
            request,
            _("This confirmation link is no longer valid"),
            _("This address left the newsletter after the link was sent. Subscribe again to receive it."),
            status=409,
            show_subscribe=True,
        )
    return _message(
        request,
        _("Your subscription is confirmed"),
        _(
            "Thank you! You will receive the next newsletter. Every newsletter has a link to change your choices or to unsubscribe."
        ),
        preferences_url=reverse("newsletters:preferences", args=[tokens.manage_token(subscriber.uuid)]),
        signup_state="confirmed",
    )


def _already_confirmed(request, subscriber):
    return _message(
        request,
        _("Your subscription was already confirmed"),
        _("There is nothing more to do: you are on the list."),
        preferences_url=reverse("newsletters:preferences", args=[tokens.manage_token(subscriber.uuid)]),
        signup_state="confirmed",
    )


@require_http_methods(["GET", "POST"])
def preferences(request, token):
    try:
        subscriber = _subscriber(tokens.read_manage_token(token))
    except tokens.InvalidToken:
        return _invalid_link(request)
    if subscriber is None:
        return _message(
            request,
            _("This address is not on our list"),
            _("It may have been removed at your request. You can subscribe again at any time."),
            status=404,
            show_subscribe=True,
        )
    initial = {"language": subscriber.language, "themes": [] if subscriber.all_themes else subscriber.theme_slugs()}
    form = PreferencesForm(request.POST or None, initial=initial, auto_id="prefs-%s")
    saved = False
    if request.method == "POST" and form.is_valid():
        subscriptions.set_preferences(subscriber, form.cleaned_data["language"], form.cleaned_data["themes"])
        saved = True
    status = 400 if request.method == "POST" and not saved else 200
    context = {
        "form": form,
        "subscriber": subscriber,
        "saved": saved,
        "unsubscribe_url": reverse("newsletters:unsubscribe", args=[token]),
    }
    return render(request, "newsletters/preferences.html", context, status=status)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = _subscriber(tokens.read_manage_token(token))
    except tokens.InvalidToken:
        return _invalid_link(request)
    if subscriber is None:
        return _message(
            request,
            _("This address is not on our list"),
            _("You will not receive our newsletter at this address."),
        )
    if request.method == "GET":
        # Only a button: mail scanners that open links must not unsubscribe anyone.
        if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
            return _already_left(request)
        return render(request, "newsletters/unsubscribe.html", {"subscriber": subscriber})
    if not subscriptions.unsubscribe(subscriber):
        return _already_left(request)
    return _message(
        request,
        _("You are unsubscribed"),
        _(
            "You will no longer receive our newsletter at %(email)s. Changed your mind? You can subscribe again at any time."
        )
        % {"email": subscriber.email},
        show_subscribe=True,
    )


def _already_left(request):
    return _message(
        request,
        _("You were already unsubscribed"),
        _("You will not receive our newsletter at this address. There is nothing more to do."),
        show_subscribe=True,
    )
