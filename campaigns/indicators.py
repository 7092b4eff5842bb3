"""The indicators dashboard's figure for this app (discovered by indicators.registry)."""

from django.utils.translation import gettext_lazy as _

from indicators.registry import PageCount, register

from .models import CampaignPage

register(
    PageCount("campaigns", _("Campaigns run"), "campaigns", order=60, models=[CampaignPage], date_field="start_date")
)
