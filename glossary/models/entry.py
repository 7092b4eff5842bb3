"""The organisation's inclusive-language glossary and the public page that presents it.

One ``GlossaryEntry`` per term and language: Dutch, French and English do not share their
problem words ("allochtoon" has no literal French twin), so an entry is written in its own
language. It is still a translatable snippet (wagtail-localize) because most advice does carry
over, and translators start from the Dutch entry; ``themes`` and ``severity`` stay in sync.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class GlossaryEntry(TranslatableMixin, index.Indexed, ClusterableModel):
    """A word or phrase the organisation advises media makers and its own editors against.

    ``forms`` lists the inflections the matcher must also recognise (plurals, feminine forms,
    compounds such as "allochtonenbeleid" are found from the stem by the matcher itself);
    ``pattern`` is the escape hatch for what a list cannot say. ``severity`` separates words to
    avoid always from words that are fine in one context and hurtful in another.
    """

    AVOID = "avoid"
    CONTEXT = "context"
    SEVERITIES = [(AVOID, _("Avoid")), (CONTEXT, _("Depends on the context"))]

    term = models.CharField(_("term"), max_length=120, help_text=_("The word or phrase as it is usually written."))
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("Short code in the entry's web address, e.g. 'allochtoon'.")
    )
    forms = models.TextField(
        _("other forms"),
        blank=True,
        help_text=_("Plurals, feminine and other inflections, one per line (e.g. 'allochtonen', 'allochtone')."),
    )
    pattern = models.CharField(
        _("pattern"),
        max_length=300,
        blank=True,
        help_text=_("Optional regular expression for forms a list cannot cover; word boundaries are added for you."),
    )
    match_compounds = models.BooleanField(
        _("also inside compounds"),
        default=False,
        help_text=_("Also flag words that start with the term, e.g. 'allochtonenbeleid' for 'allochtoon'."),
    )
    case_sensitive = models.BooleanField(
        _("case sensitive"),
        default=False,
        help_text=_("Only flag the term written exactly like this, e.g. an abbreviation in capitals."),
    )
    explanation = models.TextField(_("why it is a problem"), help_text=_("One to three sentences for a reader."))
    alternatives = models.TextField(
        _("preferred alternatives"), blank=True, help_text=_("What to write instead, one per line.")
    )
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("Optional: where the advice comes from.")
    )
    source_url = models.URLField(_("source link"), blank=True, help_text=_("Optional: a link to that source."))
    severity = models.CharField(_("severity"), max_length=10, choices=SEVERITIES, default=AVOID)
    themes = ParentalManyToManyField(
        "taxonomy.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        help_text=_("Themes the term often comes up in; visitors can browse the guide by theme."),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldPanel("forms"), FieldPanel("match_compounds"), FieldPanel("case_sensitive"), FieldPanel("pattern")],
            heading=_("Matching"),
        ),
        FieldPanel("severity"),
        FieldPanel("explanation"),
        FieldPanel("alternatives"),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("source_url")], heading=_("Source")),
        FieldPanel("themes"),
    ]
    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("forms"),
        TranslatableField("explanation"),
        TranslatableField("alternatives"),
        TranslatableField("source"),
        SynchronizedField("slug"),
        SynchronizedField("severity"),
        SynchronizedField("themes"),
        SynchronizedField("source_url"),
        SynchronizedField("match_compounds"),
        SynchronizedField("case_sensitive"),
    ]
    search_fields = [index.SearchField("term"), index.AutocompleteField("term"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary entry")
        verbose_name_plural = _("glossary entries")
        ordering = ["term"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.term

    def clean(self):
        super().clean()
        if self.pattern:
            import re

            try:
                re.compile(self.pattern)
            except re.error as error:
                raise ValidationError({"pattern": _("Not a valid pattern: %(error)s") % {"error": error}}) from error

    @property
    def form_list(self) -> list[str]:
        return [line.strip() for line in self.forms.splitlines() if line.strip()]

    @property
    def alternative_list(self) -> list[str]:
        return [line.strip() for line in self.alternatives.splitlines() if line.strip()]
