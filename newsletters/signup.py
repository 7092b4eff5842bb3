"""Everything a sign-up form needs to render, shared by the footer, the block and the own page."""

from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext as _

from website.content_cache import active_locale, cached

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
    return {
        "form": form,
        "placement": placement,
        "heading": heading,
        "text": text,
        "action": reverse("newsletters:subscribe"),
        "archive_url": _links(translation.get_language())["archive_url"],
        "request": request,
    }
