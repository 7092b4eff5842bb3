"""The shared vocabulary every content family is tagged with.

Themes, audiences and regions are translatable snippets: one row per locale, tied together by
``translation_key``. Their ``slug`` is the same in every language, so a filter URL such as
``?theme=wonen`` means the same set on /nl/, /fr/ and /en/ and pages keep pointing at one term
whichever translation links to it.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

slug_validator = RegexValidator(r"^[a-z0-9-]+$", _("Use lowercase letters, digits and hyphens only."))


class Term(TranslatableMixin, index.Indexed, models.Model):
    """Common shape of a taxonomy term: a translated name and description, a stable slug."""

    name = models.CharField(_("name"), max_length=100, help_text=_("Name as visitors see it."))
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        validators=[slug_validator],
        help_text=_("Short code in the web addresses of filters, the same in every language (e.g. 'wonen')."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences that explain the term.")
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers come first in lists and filters.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Theme(Term):
    """A policy domain the organisation works on (wonen, werk, onderwijs, ...).

    Themes drive navigation (theme hubs), filters and newsletter targeting, so each carries a
    colour and an icon that the front end uses consistently.
    """

    COLOURS = [
        ("teal", _("Teal")),
        ("indigo", _("Indigo")),
        ("plum", _("Plum")),
        ("rust", _("Rust")),
        ("forest", _("Forest")),
        ("ochre", _("Ochre")),
    ]
    ICONS = [
        ("home", _("House")),
        ("briefcase", _("Briefcase")),
        ("school", _("School")),
        ("camera", _("Camera")),
        ("shield", _("Shield")),
        ("people", _("People")),
    ]
    colour = models.CharField(
        _("colour"),
        max_length=20,
        choices=COLOURS,
        default="teal",
        help_text=_("Colour of the theme in lists and labels (every colour meets the WCAG contrast)."),
    )
    icon = models.CharField(
        _("icon"), max_length=20, choices=ICONS, default="people", help_text=_("Icon next to the theme name.")
    )

    panels = Term.panels + [FieldPanel("colour"), FieldPanel("icon")]
    translatable_fields = Term.translatable_fields + [SynchronizedField("colour"), SynchronizedField("icon")]

    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class Audience(Term):
    """Who a toolkit or recommendation is for: employers, civil society, local governments, ..."""

    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class Region(Term):
    """Where something applies or happened: Flanders, Brussels, a province, federal, European."""

    LEVELS = [
        ("region", _("Region")),
        ("province", _("Province")),
        ("federal", _("Federal")),
        ("european", _("European")),
    ]
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=LEVELS,
        default="region",
        help_text=_("Level of government of this region."),
    )

    panels = Term.panels + [FieldPanel("level")]
    translatable_fields = Term.translatable_fields + [SynchronizedField("level")]

    class Meta(Term.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Sector(Term):
    """The sector an organisation works in (social profit, industry, education, local government...).

    Employers look for a toolkit or a practice "from a sector like mine"; a translatable term
    (not a fixed list of choices) lets editors add sectors without a developer, and pages of
    several families can share it as a filter.
    """

    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class Partner(index.Indexed, models.Model):
    """An organisation in the network (a partner, funder or coalition member).

    Not translatable: an organisation's name is a proper noun, and one record per partner keeps
    logos and links in one place for every language.
    """

    name = models.CharField(_("name"), max_length=200, unique=True, help_text=_("Official name of the organisation."))
    website = models.URLField(_("website"), blank=True, help_text=_("Full web address, starting with https://."))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Logo on a light background; the name serves as alternative text."),
    )

    panels = [FieldPanel("name"), FieldPanel("website"), FieldPanel("logo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name
