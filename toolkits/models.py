"""Toolkits: packages of tools, advice and methods for one audience, and their index."""

import uuid

from django.apps import apps
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.caching.content_cache import cached
from website.models import BasePage, LinkedDocument
from website.pages import facets
from website.pages.blocks import RICH_TEXT_FEATURES
from website.pages.listing_index import FacetedIndexMixin
from website.pages.listings import related_cards
from website.taxonomy.lookup import localise

from .blocks import ToolkitStreamBlock

# Editors may pick practices and recommendations as related content. The chooser only offers
# the families whose app is installed (the apps registry is ready when models are imported).
RELATED_PAGE_TYPES = [
    label
    for app, label in (
        ("practices", "practices.PracticePage"),
        ("recommendations", "recommendations.RecommendationPage"),
    )
    if apps.is_installed(app)
] or ["website.BasePage"]


class ToolkitIndexPage(FacetedIndexMixin, BasePage):
    """The toolkit library: every live toolkit of this language, filterable by theme, audience,
    sector, region and year, with counts, in a plain GET form that works without JavaScript."""

    public_type_label = _("Overview page")
    public_type_label_plural = _("Overview pages")

    per_page = 12

    parent_page_types = ["website.HomePage"]
    subpage_types = ["toolkits.ToolkitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("toolkit index")

    def listing_facets(self):
        return [
            facets.theme_facet(),
            facets.audience_facet(),
            facets.sector_facet("sectors"),
            facets.region_facet(),
            facets.year_facet(),
        ]


class ToolkitPage(BasePage):
    """A package of tools, advice, methods and practices for one audience (employers, civil
    society, local governments), with downloadable resources and related content.

    What it shows besides its own fields (resources, related content, taxonomy labels) is
    computed once per content version and cached, so a visit costs a fixed handful of queries;
    only the live download counts are read on every view.
    """

    summary = RichTextField(
        _("summary"),
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text=_("What this toolkit is and what it helps you achieve, in a short paragraph."),
    )
    sectors = ParentalManyToManyField(
        "taxonomy.Sector",
        verbose_name=_("sectors"),
        blank=True,
        related_name="+",
        help_text=_("Sectors this toolkit is meant for; empty means: for every sector."),
    )
    for_whom = RichTextField(
        _("for whom"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Who this toolkit is for: which organisations, which roles, what prior knowledge."),
    )
    what_you_get = RichTextField(
        _("what you get"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the toolkit contains: tools, advice, methods, good practices."),
    )
    body = StreamField(
        ToolkitStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The toolkit itself: steps, checklists, tools, quotes, boxes and videos."),
    )
    contact_name = models.CharField(
        _("contact person or team"),
        max_length=200,
        blank=True,
        help_text=_("Who answers questions about this toolkit (person or team)."),
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("E-mail address for questions about this toolkit.")
    )
    contact_phone = models.CharField(
        _("contact phone"), max_length=40, blank=True, help_text=_("Optional phone number, e.g. +32 2 000 00 00.")
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("Date the content was last reviewed; visitors see how up to date it is."),
    )

    is_content = True
    parent_page_types = ["toolkits.ToolkitIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("for_whom"),
        FieldPanel("what_you_get"),
        FieldPanel("body"),
        InlinePanel(
            "resources",
            label=_("Resources"),
            heading=_("Resources to download"),
            help_text=_(
                "Files visitors download with this toolkit (checklists, templates, guides), in the order shown."
            ),
        ),
        InlinePanel(
            "related_pages",
            label=_("Related content"),
            heading=_("Related practices and recommendations"),
            help_text=_("Good practices and recommendations shown at the end of the toolkit, to read next."),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        FieldPanel("last_reviewed"),
        *BasePage.taxonomy_panels,
        FieldPanel("sectors"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("for_whom"),
        index.SearchField("what_you_get"),
        index.SearchField("body"),
        index.RelatedFields("sectors", [index.SearchField("name")]),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("for_whom"),
        TranslatableField("what_you_get"),
        TranslatableField("body"),
        TranslatableField("resources"),
        TranslatableField("related_pages"),
        SynchronizedField("sectors"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("last_reviewed"),
    ]

    class Meta:
        verbose_name = _("toolkit")
        verbose_name_plural = _("toolkits")

    # -- what the template shows
    def _build_details(self) -> dict:
        resources = [
            {
                "id": resource.pk,
                "key": str(resource.translation_key),
                **resource.as_download(url=reverse("toolkits:download", args=[resource.pk])),
            }
            for resource in self.resources.all().select_related("document")
        ]
        return {
            "themes": list(self.themes.all()),
            "audiences": list(self.audiences.all()),
            "sectors": list(self.sectors.all()),
            "regions": list(self.regions.all()),
            "resources": resources,
            "related": related_cards(self, [item.related_page_id for item in self.related_pages.all()]),
        }

    def details(self, request=None) -> dict:
        if getattr(request, "is_preview", False) or not self.pk or not self.live:
            return self._build_details()
        return cached(f"toolkit:{self.pk}:details", self._build_details)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        details = self.details(request)
        counts = DownloadCounter.counts([resource["key"] for resource in details["resources"]])
        context.update(
            themes=localise(details["themes"], self.locale_id),
            audiences=localise(details["audiences"], self.locale_id),
            sectors=localise(details["sectors"], self.locale_id),
            regions=localise(details["regions"], self.locale_id),
            resources=[{**resource, "downloads": counts.get(resource["key"], 0)} for resource in details["resources"]],
            related_pages=details["related"],
        )
        return context


class ToolkitResource(LinkedDocument):
    """A document offered for download with a toolkit (checklists, templates, guides); its
    downloads are counted (``DownloadCounter``), so its link goes through ``toolkits:download``."""

    page = ParentalKey(ToolkitPage, related_name="resources", on_delete=models.CASCADE)

    class Meta(LinkedDocument.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")


class ToolkitRelatedPage(TranslatableMixin, Orderable):
    """An editor's pick of a related good practice or recommendation (shown before suggestions)."""

    page = ParentalKey(ToolkitPage, related_name="related_pages", on_delete=models.CASCADE)
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A good practice or recommendation that belongs with this toolkit."),
    )

    panels = [PageChooserPanel("related_page", page_type=RELATED_PAGE_TYPES)]
    translatable_fields = [TranslatableField("related_page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")


class DownloadCounter(models.Model):
    """How often a resource was downloaded, across the languages of its page.

    Kept apart from ToolkitResource on purpose: resource rows are restored from the page's
    revision on every publish and copied by translation syncs, which would reset a counter
    stored on them. The key is the resource's translation key, shared by its translations.
    """

    key = models.UUIDField(_("resource key"), unique=True, default=uuid.uuid4, editable=False)
    count = models.PositiveBigIntegerField(_("downloads"), default=0, editable=False)

    class Meta:
        verbose_name = _("download counter")
        verbose_name_plural = _("download counters")

    def __str__(self):
        return f"{self.key}: {self.count}"

    @classmethod
    def increment(cls, key) -> None:
        """Add one download, atomically in the database (no read-modify-write race)."""
        if not cls.objects.filter(key=key).update(count=F("count") + 1):
            counter, created = cls.objects.get_or_create(key=key, defaults={"count": 1})
            if not created:
                cls.objects.filter(key=key).update(count=F("count") + 1)

    @classmethod
    def counts(cls, keys) -> dict:
        if not keys:
            return {}
        return {str(key): count for key, count in cls.objects.filter(key__in=keys).values_list("key", "count")}
