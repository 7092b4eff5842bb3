"""Everything a sign-up form needs to render, shared by the footer, the block and the own page."""

import hashlib

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from website.caching.content_cache import active_locale, cached

from .forms import SubscribeForm


def _links(language: str) -> dict:
    """URLs of this language's newsletter archive and privacy page (cached per content version)."""

    def build():
        from .models import NewsletterIndexPage

        archive = NewsletterIndexPage.objects.live().filter(locale__language_code=language).first()
        privacy = archive.privacy_page if archive and archive.privacy_page_id else None
        if privacy is None:
            from website.models import StandardPage

            privacy = (
                StandardPage.objects.live().filter(locale__language_code=language, slug__startswith="privacy").first()
            )
        return {
            "archive_url": archive.get_url() if archive else "",
            "privacy_url": privacy.get_url() if privacy else "",
        }

    return cached(f"newsletters:links:{language}", build)


def consent_label(language: str | None = None):
    """The consent sentence (with a link to the privacy page); its text is stored as proof."""
    language = language or translation.get_language()
    privacy_url = _links(language)["privacy_url"]
    sentence = _("I agree that LEVL sends me this newsletter and keeps my email address and choices for that.")
    if privacy_url:
        return format_html('{} <a href="{}">{}</a>', sentence, privacy_url, _("Read our privacy statement."))
    return sentence


def consent_text(language: str | None = None) -> str:
    return strip_tags(str(consent_label(language)))


def signup_form(request, data=None, prefix_id="signup", source_url=""):
    """A SubscribeForm in the active language with ids unique to where it is placed."""
    # Cached: the footer form is on every page and must not add a query to each.
    locale_id = active_locale().pk
    form = SubscribeForm(
        data,
        locale_id=locale_id,
        consent_label=consent_label(),
        auto_id=f"{prefix_id}-%s",
        initial={"source": source_url or (request.path if request else "")},
    )
    return form


def form_context(request, form, placement: str, heading: str = "", text: str = "") -> dict:
    if placement == "page" and request is not None:
        # The subscribe page's own form is the page's call to action: no second one in the footer.
        request._newsletter_forms = getattr(request, "_newsletter_forms", 0) + 1
    return {
        "form": form,
        "placement": placement,
        "heading": heading,
        "text": text,
        "action": reverse("newsletters:subscribe"),
        "archive_url": _links(translation.get_language())["archive_url"],
        "request": request,
    }


# Where the visitor signed up from differs per page; it goes into the cached form per request.
SOURCE_PLACEHOLDER = "\x00signup-source\x00"


def done_html(request, state: str) -> str:
    """The footer's success state once the visitor has subscribed ("sent": the confirmation
    mail is on its way; "confirmed"), instead of a form asking them again."""

    def build():
        return render_to_string("newsletters/includes/signup_done.html", {"state": state}, request)

    return mark_safe(cached(f"newsletters:signup-done:{translation.get_language()}:{state}", build))


def signup_html(request, placement="footer", heading="", text="", state="") -> str:
    """The sign-up box (footer, home page, campaign, archive, a body block), rendered once per
    language and placement and reused: the form is on every page, and only the page's path
    differs between requests, so it is put in afterwards. The form carries no CSRF token, so
    pages with it stay cacheable for everyone (see ``newsletters.views.subscribe``).

    One call to action per page: the footer shows no second form when the page's content has
    one already (the home page, a campaign), and a success state on the pages that follow a
    sign-up (``state``)."""
    if placement == "footer" and state:
        return done_html(request, state)
    if placement == "footer" and getattr(request, "_newsletter_forms", 0):
        return mark_safe("")
    # Ids must be unique when a page shows the form twice (two blocks).
    count = getattr(request, "_newsletter_forms", 0) + 1 if request is not None else 1
    if request is not None:
        request._newsletter_forms = count
    prefix = placement if count == 1 else f"{placement}{count}"

    def build():
        form = signup_form(request, prefix_id=f"nl-{prefix}", source_url=SOURCE_PLACEHOLDER)
        data = form_context(request, form, placement, heading=heading or _("Subscribe to our newsletter"), text=text)
        data["archive_label"] = _("Read previous newsletters")
        if placement == "footer" and not text:
            data["text"] = _("News, tools and recommendations for an inclusive society, about once a month.")
        return render_to_string("newsletters/includes/signup.html", data, request)

    key = hashlib.sha1(f"{translation.get_language()}|{prefix}|{heading}|{text}".encode()).hexdigest()
    html = cached(f"newsletters:signup:{key}", build)
    html = html.replace(SOURCE_PLACEHOLDER, escape(request.path) if request is not None else "")
    return mark_safe(html)
