"""What happens when someone subscribes, confirms, changes preferences or leaves.

Kept apart from the views so the rules (no leak, one mail per hour, consent record) are in one
place and the views only translate outcomes into pages.
"""

import logging
import smtplib
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from website.taxonomy.models import Theme

from . import emails
from .models import Subscriber
from .models.subscriber import CONSENT_VERSION

logger = logging.getLogger(__name__)

RESEND_AFTER = timedelta(hours=1)


class MailFailed(Exception):
    """The confirmation mail could not be handed to the mail server."""


def _themes(slugs):
    from wagtail.models import Locale

    # One row per theme (the default language's): slugs are the same in every language.
    return list(Theme.objects.filter(locale=Locale.get_default(), slug__in=slugs))


def set_preferences(subscriber: Subscriber, language: str, theme_slugs) -> None:
    subscriber.language = language
    subscriber.all_themes = not theme_slugs
    subscriber.save(update_fields=["language", "all_themes"])
    subscriber.themes.set(_themes(theme_slugs) if theme_slugs else [])


def subscribe(*, email: str, language: str, theme_slugs, source_url: str, consent_text: str) -> None:
    """Record a sign-up and send at most one mail per address per hour.

    The caller shows the same answer whatever the address's state, so nobody can find out who
    is subscribed. A confirmed subscriber gets a short "you are already subscribed" mail with
    their preference link instead of a confirmation; their settings are not changed by a form
    anyone could fill in.
    """
    now = timezone.now()
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email,
            defaults={
                "language": language,
                "source_url": source_url,
                "consent_text": consent_text,
                "consent_version": CONSENT_VERSION,
            },
        )
        if not created and subscriber.status != Subscriber.Status.CONFIRMED:
            # A new sign-up of a pending, unsubscribed or bounced address: a new consent.
            subscriber.status = Subscriber.Status.PENDING
            subscriber.created_at = now
            subscriber.source_url = source_url
            subscriber.consent_text = consent_text
            subscriber.consent_version = CONSENT_VERSION
            subscriber.save()
        if subscriber.status == Subscriber.Status.PENDING:
            set_preferences(subscriber, language, theme_slugs)
        previous = subscriber.confirmation_sent_at
        if previous and now - previous < RESEND_AFTER:
            return
        Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=now)
    try:
        if subscriber.status == Subscriber.Status.CONFIRMED:
            emails.send_already_subscribed(subscriber)
        else:
            emails.send_confirmation(subscriber)
    except (smtplib.SMTPException, OSError) as exc:
        logger.warning("Confirmation mail to subscriber %s failed: %r", subscriber.pk, exc)
        Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=previous)
        raise MailFailed from exc


def confirm(subscriber: Subscriber) -> str:
    """'confirmed', 'already' or 'invalid' (the link belongs to an address that left since)."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return "already"
        if subscriber.status != Subscriber.Status.PENDING:
            return "invalid"
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
    return "confirmed"


def unsubscribe(subscriber: Subscriber) -> bool:
    """True if this call unsubscribed the address, False if it had already left."""
    updated = (
        Subscriber.objects.filter(pk=subscriber.pk)
        .exclude(status=Subscriber.Status.UNSUBSCRIBED)
        .update(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    )
    return bool(updated)


def export_data(subscriber: Subscriber) -> dict:
    """Everything we hold about one person (GDPR right of access), as plain JSON-able data."""
    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "all_themes": subscriber.all_themes,
        "themes": subscriber.theme_slugs(),
        "status": subscriber.status,
        "subscribed_at": subscriber.created_at.isoformat(),
        "subscribed_from": subscriber.source_url,
        "consent_version": subscriber.consent_version,
        "consent_text": subscriber.consent_text,
        "confirmed_at": subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else None,
        "unsubscribed_at": subscriber.unsubscribed_at.isoformat() if subscriber.unsubscribed_at else None,
        "bounced_at": subscriber.bounced_at.isoformat() if subscriber.bounced_at else None,
        "bounce_reason": subscriber.bounce_reason,
        "newsletters_received": [
            {"issue": delivery.dispatch.page.title, "status": delivery.status, "at": delivery.sent_at.isoformat()}
            for delivery in subscriber.deliveries.select_related("dispatch__page").exclude(sent_at=None)
        ],
    }


def erase(subscriber: Subscriber) -> None:
    """GDPR erasure: the person and every copy of their address go; send counts stay."""
    with transaction.atomic():
        subscriber.deliveries.update(email="erased@invalid", error="")
        subscriber.delete()
