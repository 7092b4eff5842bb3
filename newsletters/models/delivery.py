"""The sending of one issue, tracked per recipient so that it is exactly-once and resumable."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Dispatch(models.Model):
    """One "Send" of one newsletter issue (a page in one language).

    There is at most one per issue: a second click, a retried task or a resumed worker all find
    the same row and continue from its deliveries instead of starting again. ``lease_until``
    makes sure only one worker sends a dispatch at a time; a crashed worker's lease runs out.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        DONE = "done", _("Done")

    page = models.OneToOneField(
        "newsletters.NewsletterPage", on_delete=models.CASCADE, related_name="dispatch", verbose_name=_("issue")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    recipients_listed = models.BooleanField(default=False)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("dispatch")

    def __str__(self):
        return f"{self.page} ({self.get_status_display()})"

    def progress(self) -> dict:
        counts = dict(self.deliveries.values_list("status").annotate(n=models.Count("id")).order_by())
        sent = counts.get(Delivery.Status.SENT, 0)
        failed = counts.get(Delivery.Status.FAILED, 0) + counts.get(Delivery.Status.BOUNCED, 0)
        remaining = counts.get(Delivery.Status.PENDING, 0) + counts.get(Delivery.Status.SENDING, 0)
        return {"sent": sent, "failed": failed, "remaining": remaining, "total": sent + failed + remaining}


class Delivery(models.Model):
    """One recipient of one dispatch: the unit that makes sending exactly-once.

    Rows are listed once, before the first mail goes out (unique per dispatch and subscriber),
    and each is marked ``sent`` in its own commit right after the SMTP server accepted it, so a
    resumed send skips it. ``email`` is a copy so the progress page still says who failed after
    the subscriber row is gone.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        BOUNCED = "bounced", _("Bounced")

    dispatch = models.ForeignKey(Dispatch, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        "newsletters.Subscriber", null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    email = models.EmailField(max_length=254)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    error = models.CharField(max_length=500, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # Handed to the SMTP server again after a worker died while it was in flight: perhaps twice.
    resent = models.BooleanField(_("possibly sent twice"), default=False)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["dispatch", "subscriber"], name="one_delivery_per_recipient")]
        indexes = [models.Index(fields=["dispatch", "status"])]

    def __str__(self):
        return f"{self.email}: {self.status}"
