"""The indicators dashboard's figures for this app (discovered by indicators.registry)."""

from django.utils.translation import gettext_lazy as _

from indicators.registry import PageCount, RowCount, register

from .models import NewsletterPage, Subscriber

register(
    PageCount(
        "newsletters", _("Newsletters sent"), "newsletters", order=20, models=[NewsletterPage], date_field="sent_at"
    )
)
register(RowCount("subscribers", _("New confirmed subscribers"), order=30, model=Subscriber, date_field="confirmed_at"))
register(RowCount("unsubscribes", _("Unsubscribes"), order=40, model=Subscriber, date_field="unsubscribed_at"))
