"""The indicators dashboard's figure for this app (discovered by indicators.registry)."""

from django.utils.translation import gettext_lazy as _

from indicators.registry import RowCount, register

from .models import QueryStat

register(
    RowCount(
        "searches_without_results",
        _("Searches without results"),
        order=80,
        model=QueryStat,
        date_field="day",
        sum_field="zero_hits",
    )
)
