"""People who asked for the newsletter, with the proof of their consent."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Bump when the consent sentence in forms.py changes; every subscriber keeps the version they saw.
CONSENT_VERSION = "2025-01"


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def for_issue(self, language_code: str, theme_keys):
        """Confirmed subscribers of one language who want at least one of the issue's themes.

        Themes are matched by ``translation_key`` so a subscriber's Dutch theme row matches an
        issue tagged with the French row of the same theme. No themes on the issue = everyone.
        """
        queryset = self.confirmed().filter(language=language_code)
        theme_keys = list(theme_keys)
        if theme_keys:
            wants = Subscriber.themes.through.objects.filter(
                subscriber_id=models.OuterRef("pk"), theme__translation_key__in=theme_keys
            )
            queryset = queryset.filter(models.Q(all_themes=True) | models.Exists(wants))
        return queryset


class Subscriber(models.Model):
    """One email address on the newsletter list, in one language, for some or all themes.

    Double opt-in and the GDPR demand proof of consent: when and from which page the person
    subscribed, when they confirmed and the exact consent text they agreed to are kept on the
    row itself. Only ``confirmed`` rows ever receive an issue; ``uuid`` is the public handle that
    signed preference and unsubscribe links carry, so ids are never exposed.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        BOUNCED = "bounced", _("Address bounced")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(
        _("email address"), max_length=254, unique=True, help_text=_("E-mail address (lower case).")
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Language in which this person receives the newsletter."),
    )
    all_themes = models.BooleanField(
        _("all themes"), default=True, help_text=_("Receives newsletters about all themes.")
    )
    themes = models.ManyToManyField(
        "taxonomy.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        help_text=_("Themes this person subscribed to (if not 'all themes')."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
        help_text=_("Only confirmed addresses receive newsletters."),
    )
    created_at = models.DateTimeField(
        _("subscribed at"), default=timezone.now, help_text=_("When the person subscribed.")
    )
    source_url = models.CharField(
        _("subscribed from"), max_length=500, blank=True, help_text=_("Page on which the person subscribed.")
    )
    consent_version = models.CharField(
        _("consent version"), max_length=20, blank=True, help_text=_("Version of the consent text.")
    )
    consent_text = models.TextField(
        _("consent text"), blank=True, help_text=_("The exact consent text the person saw.")
    )
    confirmed_at = models.DateTimeField(
        _("confirmed at"), null=True, blank=True, help_text=_("When the address was confirmed.")
    )
    confirmation_sent_at = models.DateTimeField(
        _("confirmation mail sent at"),
        null=True,
        blank=True,
        help_text=_("Last confirmation e-mail; at most one per hour."),
    )
    unsubscribed_at = models.DateTimeField(
        _("unsubscribed at"), null=True, blank=True, help_text=_("When the person unsubscribed.")
    )
    bounced_at = models.DateTimeField(
        _("bounced at"), null=True, blank=True, help_text=_("When the address hard-bounced.")
    )
    bounce_reason = models.CharField(
        _("bounce reason"), max_length=500, blank=True, help_text=_("The mail server's reply at the bounce.")
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        indexes = [models.Index(fields=["language", "status"])]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    def theme_slugs(self) -> list[str]:
        return [theme.slug for theme in self.themes.all()]
