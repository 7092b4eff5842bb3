"""Fixed vocabularies of a recommendation: policy level, kind of addressee, follow-up status.

Values are short Dutch slugs because they appear in shareable filter URLs (``?status=overgenomen``),
like the taxonomy slugs; labels are translated interface strings.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PolicyLevel(models.TextChoices):
    FLEMISH = "vlaams", _("Flemish")
    BRUSSELS = "brussels", _("Brussels")
    FEDERAL = "federaal", _("Federal")
    LOCAL = "lokaal", _("Local")
    EUROPEAN = "europees", _("European")


class AddresseeKind(models.TextChoices):
    MINISTER = "minister", _("Minister")
    SECRETARY_OF_STATE = "staatssecretaris", _("Secretary of state")
    ADMINISTRATION = "administratie", _("Administration")
    ADVISORY_COUNCIL = "adviesraad", _("Advisory council")
    PARLIAMENT = "parlement", _("Parliament")


class Status(models.TextChoices):
    """The follow-up path: sent, discussed, then (partially) adopted or not adopted."""

    SENT = "verstuurd", _("Sent")
    DISCUSSED = "besproken", _("Discussed")
    PARTIALLY_ADOPTED = "gedeeltelijk-overgenomen", _("Partially adopted")
    ADOPTED = "overgenomen", _("Adopted")
    NOT_ADOPTED = "niet-overgenomen", _("Not adopted")


# Step of each status on the path, for the progress indicator (the last two are both outcomes).
STATUS_STEP = {
    Status.SENT: 1,
    Status.DISCUSSED: 2,
    Status.PARTIALLY_ADOPTED: 3,
    Status.ADOPTED: 3,
    Status.NOT_ADOPTED: 3,
}
