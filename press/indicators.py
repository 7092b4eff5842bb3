"""The indicators dashboard's figure for this app (discovered by indicators.registry)."""

from django.utils.translation import gettext_lazy as _

from indicators.registry import PageCount, register

from .models import OpinionPage, PressReleasePage

register(
    PageCount(
        "press",
        _("Press releases and opinion pieces"),
        "press",
        order=50,
        models=[PressReleasePage, OpinionPage],
        date_field="date",
        breakdown_field="kind",
    )
)
