"""Good practices: structured records of what an organisation did, what it achieved and how
another organisation can do the same, and their index."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.caching.content_cache import cached
from website.models import BasePage, LinkedDocument
from website.pages import facets
from website.pages.blocks import RICH_TEXT_FEATURES
from website.pages.listing_index import FacetedIndexMixin
from website.taxonomy.lookup import localise

GALLERY_RENDITION = "fill-640x427|format-webp"


class FigureBlock(blocks.StructBlock):
    """One result in figures ("120" / "werkzoekenden begeleid"): impact at a glance."""

    value = blocks.CharBlock(label=_("Figure"), max_length=20, help_text=_("The figure itself, e.g. '120' or '35%'."))
    label = blocks.CharBlock(label=_("What it measures"), help_text=_("What the figure means, e.g. 'participants'."))

    class Meta:
        icon = "order"
        label = _("Figure")


class PracticeIndexPage(FacetedIndexMixin, BasePage):
    """The good-practice database: every live practice of this language, filterable by theme,
    audience, region, sector and starting year, with counts."""

    public_type_label = _("Overview page")
    public_type_label_plural = _("Overview pages")

    per_page = 12
    listing_newest_field = "-period_start"

    parent_page_types = ["website.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("good practice index")

    def listing_facets(self):
        return [
            facets.theme_facet(),
            facets.audience_facet(),
            facets.region_facet(),
            facets.sector_facet("sector"),
            facets.year_facet("period_start"),
        ]


class PracticePage(BasePage):
    """A good practice recorded like the best-practice databases do: who, where, when, the
    challenge, the approach, the results (with figures), lessons learned and, above all, what
    another organisation needs to replicate it (time, budget, partners).

    Taxonomy labels, organisation, documents and gallery renditions are computed once per
    content version and cached, so a visit costs a fixed number of queries.
    """

    organisation = models.ForeignKey(
        "taxonomy.Partner",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that carried out the practice (choose or create a partner)."),
    )
    sector = models.ForeignKey(
        "taxonomy.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Sector of the organisation; visitors filter on it."),
    )
    period_start = models.DateField(
        _("start"),
        help_text=_("When the practice started; choose the first day of the month if you only know the month or year."),
    )
    period_end = models.DateField(
        _("end"), null=True, blank=True, help_text=_("When it ended; empty if it is still running.")
    )
    context_text = RichTextField(
        _("context and challenge"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Which problem or barrier was at the root of it? For whom?"),
    )
    approach = RichTextField(
        _("approach"), features=RICH_TEXT_FEATURES, blank=True, help_text=_("What was done in practice, and with whom?")
    )
    results = RichTextField(
        _("results and impact"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What did it achieve? Give figures where you know them."),
    )
    key_figures = StreamField(
        [("figure", FigureBlock())],
        blank=True,
        verbose_name=_("key figures"),
        help_text=_("Results in figures, shown large (e.g. '120 participants')."),
    )
    lessons = RichTextField(
        _("lessons learned"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What worked, what did not, and what would one do differently?"),
    )
    replication_time = models.CharField(
        _("time needed"),
        max_length=200,
        blank=True,
        help_text=_("How much time it takes to do this again, e.g. '6 months, 1 day a week'."),
    )
    replication_budget = models.CharField(
        _("budget needed"),
        max_length=200,
        blank=True,
        help_text=_("Rough cost, e.g. '± 5,000 euros' or 'no extra budget'."),
    )
    replication_partners = models.TextField(
        _("partners needed"), blank=True, help_text=_("Which partners do you need (e.g. VDAB, a local association)?")
    )
    replication_notes = RichTextField(
        _("how to replicate"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Tips and conditions for an organisation that wants to take this over."),
    )
    contact_name = models.CharField(
        _("contact person"), max_length=200, blank=True, help_text=_("Who can tell more about this practice.")
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("E-mail address of the contact person.")
    )
    contact_phone = models.CharField(
        _("contact phone"), max_length=40, blank=True, help_text=_("Optional phone number, e.g. +32 2 000 00 00.")
    )

    is_content = True
    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("sector"), FieldPanel("period_start"), FieldPanel("period_end")],
            heading=_("Who and when"),
        ),
        FieldPanel("context_text"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("key_figures"),
        FieldPanel("lessons"),
        MultiFieldPanel(
            [
                FieldPanel("replication_time"),
                FieldPanel("replication_budget"),
                FieldPanel("replication_partners"),
                FieldPanel("replication_notes"),
            ],
            heading=_("How to replicate it"),
        ),
        InlinePanel(
            "gallery_images",
            label=_("Images"),
            heading=_("Images"),
            help_text=_(
                "Photos of the practice, shown as a gallery; each needs a description for people who cannot see it."
            ),
        ),
        InlinePanel(
            "documents",
            label=_("Documents"),
            heading=_("Documents"),
            help_text=_("Reports, presentations or templates visitors can download."),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        *BasePage.taxonomy_panels,
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("context_text"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons"),
        index.SearchField("replication_notes"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.FilterField("period_start"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("organisation"),
        SynchronizedField("sector"),
        SynchronizedField("period_start"),
        SynchronizedField("period_end"),
        TranslatableField("context_text"),
        TranslatableField("approach"),
        TranslatableField("results"),
        TranslatableField("key_figures"),
        TranslatableField("lessons"),
        TranslatableField("replication_time"),
        TranslatableField("replication_budget"),
        TranslatableField("replication_partners"),
        TranslatableField("replication_notes"),
        TranslatableField("gallery_images"),
        TranslatableField("documents"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    @property
    def period_label(self) -> str:
        start = self.period_start.year if self.period_start else ""
        end = self.period_end.year if self.period_end else None
        if end is None:
            return f"{start} –"
        return str(start) if end == start else f"{start}–{end}"

    def _build_details(self) -> dict:
        organisation = self.organisation
        gallery = []
        for item in self.gallery_images.all().select_related("image"):
            rendition = item.image.get_rendition(GALLERY_RENDITION)
            gallery.append(
                {
                    "url": rendition.url,
                    "width": rendition.width,
                    "height": rendition.height,
                    "alt": item.alt_text or item.image.title,
                    "caption": item.caption,
                }
            )
        documents = [item.as_download() for item in self.documents.all().select_related("document")]
        return {
            "themes": list(self.themes.all()),
            "audiences": list(self.audiences.all()),
            "regions": list(self.regions.all()),
            "sector": [self.sector] if self.sector_id else [],
            "organisation": {"name": organisation.name, "website": organisation.website} if organisation else None,
            "gallery": gallery,
            "documents": documents,
        }

    def details(self, request=None) -> dict:
        if getattr(request, "is_preview", False) or not self.pk or not self.live:
            return self._build_details()
        return cached(f"practice:{self.pk}:details", self._build_details)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        details = self.details(request)
        context.update(
            themes=localise(details["themes"], self.locale_id),
            audiences=localise(details["audiences"], self.locale_id),
            regions=localise(details["regions"], self.locale_id),
            sectors=localise(details["sector"], self.locale_id),
            organisation=details["organisation"],
            gallery=details["gallery"],
            documents=details["documents"],
        )
        return context


class PracticeImage(TranslatableMixin, Orderable):
    """A photo of the practice in action; the caption and alternative text are translated."""

    page = ParentalKey(PracticePage, related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Photo of the practice; ask for consent from anyone recognisable in it."),
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the photo shows, for people who cannot see it; empty uses the image's title."),
    )
    caption = models.CharField(
        _("caption"), max_length=250, blank=True, help_text=_("Optional caption below the photo.")
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]
    translatable_fields = [SynchronizedField("image"), TranslatableField("alt_text"), TranslatableField("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class PracticeDocument(LinkedDocument):
    """A report, presentation or template from the practice, served by Wagtail's document view."""

    page = ParentalKey(PracticePage, related_name="documents", on_delete=models.CASCADE)

    class Meta(LinkedDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
