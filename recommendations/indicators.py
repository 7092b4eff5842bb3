"""The indicators dashboard's figure for this app (discovered by indicators.registry)."""

from django.utils.translation import gettext_lazy as _

from indicators.registry import PageCount, register

from .models import RecommendationPage

register(
    PageCount(
        "recommendations",
        _("Recommendations published"),
        "recommendations",
        order=10,
        models=[RecommendationPage],
        date_field="date_issued",
        breakdown_field="status",
    )
)
