"""Whether a campaign is current, upcoming or past, as a Python property and as a SQL expression.

The SQL form lets the listing filter, count and order by period in the same queries as the other
facets; both forms use the same rule: a campaign without an end date runs until further notice.
"""

from dataclasses import dataclass

from django.db.models import Case, CharField, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from website.pages.facets import Facet

CURRENT, UPCOMING, PAST = "lopend", "gepland", "afgelopen"
LABELS = {CURRENT: _("Current"), UPCOMING: _("Upcoming"), PAST: _("Past")}
ORDER = {CURRENT: 0, UPCOMING: 1, PAST: 2}


def period_of(start, end, today=None) -> str:
    today = today or timezone.localdate()
    if start and start > today:
        return UPCOMING
    if end and end < today:
        return PAST
    return CURRENT


def conditions(today) -> dict:
    return {
        UPCOMING: Q(start_date__gt=today),
        PAST: Q(start_date__lte=today, end_date__lt=today),
        CURRENT: Q(start_date__lte=today) & (Q(end_date__isnull=True) | Q(end_date__gte=today)),
    }


def period_expression(today=None):
    today = today or timezone.localdate()
    return Case(
        *[When(condition, then=Value(period)) for period, condition in conditions(today).items()],
        default=Value(CURRENT),
        output_field=CharField(),
    )


def period_rank(today=None):
    today = today or timezone.localdate()
    return Case(
        *[When(condition, then=Value(ORDER[period])) for period, condition in conditions(today).items()],
        default=Value(0),
        output_field=IntegerField(),
    )


@dataclass
class PeriodFacet(Facet):
    """Filter campaigns by period (``?period=lopend``), counted like any other facet."""

    def count_expression(self):
        return period_expression()

    def filter(self, queryset, values):
        today = timezone.localdate()
        condition = Q()
        for value in values:
            condition |= conditions(today)[value]
        return queryset.filter(condition)

    def known_values(self, locale_id):
        return {value: str(label) for value, label in LABELS.items()}
