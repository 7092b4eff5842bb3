"""Demo newsletter: the step that builds an archive per language with two sent issues, and the
subscribers, from the texts and rows in ``demo_texts.py``."""

from django.utils import timezone
from wagtail.rich_text import RichText

from website.demo.helpers import child_page, translations
from website.demo.registry import step

from .demo_texts import ARCHIVE, DEMO_POSTAL_ADDRESS, ISSUES, SUBSCRIBERS
from .factories import NewsletterIndexPageFactory, NewsletterPageFactory
from .models import NewsletterPage, NewsletterSettings, Subscriber


def _issue_fields(texts: dict) -> dict:
    return {
        "slug": texts["slug"],
        "title": texts["title"],
        "intro": texts["intro"],
        "body": [
            ("heading", {"text": texts["heading"], "level": "h2"}),
            ("text", RichText(f"<p>{texts['paragraph']}</p>")),
        ],
    }


@step(500)
def newsletter_archive(ctx):
    home = ctx.homes["nl"]
    archive = child_page(home, NewsletterIndexPageFactory, "nieuwsbrief", ctx, **ARCHIVE["nl"])
    translations(archive, ctx, {code: ARCHIVE[code] for code in ("fr", "en")})
    keys = []
    for texts in ISSUES:
        fields = _issue_fields(texts["nl"])
        issue = child_page(archive, NewsletterPageFactory, fields.pop("slug"), ctx, **fields)
        translations(issue, ctx, {code: _issue_fields(texts[code]) for code in ("fr", "en")})
        keys.append(issue.translation_key)
    # The demo issues count as sent, so the archives and feeds have something to show.
    sent = NewsletterPage.objects.filter(sent_at__isnull=True, translation_key__in=keys)
    for page in sent.order_by("path"):
        offset = keys.index(page.translation_key)
        NewsletterPage.objects.filter(pk=page.pk).update(sent_at=timezone.now() - timezone.timedelta(days=60 - offset))
    identity = NewsletterSettings.for_default_site()
    if not identity.postal_address:
        identity.postal_address = DEMO_POSTAL_ADDRESS
        identity.save()
        ctx.made("newsletter sender address")


@step(510)
def newsletter_subscribers(ctx):
    for email, language in SUBSCRIBERS:
        _subscriber, created = Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "language": language,
                "status": Subscriber.Status.CONFIRMED,
                "confirmed_at": timezone.now(),
                "source_url": f"/{language}/",
                "consent_version": "2025-01",
                "consent_text": "Demo",
            },
        )
        if created:
            ctx.made(f"subscriber {email}")
