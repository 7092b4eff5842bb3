"""The press room: press releases and opinion pieces under one filterable index.

Both kinds share a concrete ``PressItemPage`` (a date and a kind) so the index lists, filters by
year and counts them in ONE query over one table, instead of merging two page types by hand.
"""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.caching.content_cache import public
from website.models import BasePage
from website.pages import facets
from website.pages.blocks import BaseStreamBlock
from website.pages.listings import card_queryset

from . import choices
from .facets import kind_facet


class PressIndexPage(BasePage):
    """The press room of one language: every press release and opinion piece, filterable by
    theme, type and year, with the press contact journalists look for first."""

    public_type_label = _("Overview page")
    public_type_label_plural = _("Overview pages")

    contact_name = models.CharField(
        _("press contact name"), max_length=120, blank=True, help_text=_("Name of the press officer.")
    )
    contact_role = models.CharField(
        _("press contact role"), max_length=120, blank=True, help_text=_("Job title, e.g. 'Spokesperson'.")
    )
    contact_email = models.EmailField(
        _("press contact email"), blank=True, help_text=_("E-mail address at which journalists reach you.")
    )
    contact_phone = models.CharField(
        _("press contact phone"),
        max_length=40,
        blank=True,
        help_text=_("Phone number in international format, e.g. +32 2 000 00 00."),
    )

    parent_page_types = ["website.HomePage"]
    subpage_types = ["press.PressReleasePage", "press.OpinionPage"]
    max_count_per_parent = 1
    per_page = 12

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Press contact"),
        )
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("contact_name"),
        TranslatableField("contact_role"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    class Meta:
        verbose_name = _("press room")

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_name or self.contact_email or self.contact_phone)

    def get_listing(self, request) -> facets.FacetedListing:
        """The filtered items for this request; feeds and the page itself share it (same GET params, same items)."""
        queryset = public(PressItemPage.objects.live().child_of(self))
        return facets.FacetedListing(
            request,
            queryset,
            [facets.theme_facet(), kind_facet(), facets.year_facet("date")],
            locale_id=self.locale_id,
            newest_field="-date",
            per_page=self.per_page,
            card_queryset=card_queryset,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.get_listing(request)
        return context


class PressItemPage(BasePage):
    """What every press-room item has: the date it went out, so lists sort and filter by year."""

    public_type_label_plural = _("Press items")

    publication_date_field = "date"

    KIND_RELEASE, KIND_OPINION, KINDS = choices.KIND_RELEASE, choices.KIND_OPINION, choices.KINDS

    date = models.DateField(_("date"), help_text=_("Date the release was sent or the piece was published."))
    kind = models.CharField(_("type"), max_length=20, choices=KINDS, editable=False)

    is_creatable = False
    is_content = True
    parent_page_types = ["press.PressIndexPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [index.FilterField("date")]
    api_fields = ["date", "kind"]
    translatable_fields = BasePage.translatable_fields + [SynchronizedField("date")]

    class Meta:
        verbose_name = _("press item")
        indexes = [models.Index(fields=["date"])]

    def save(self, *args, **kwargs):
        # The kind is fixed by the page type; stored so the index can filter and count by it in SQL.
        self.kind = self.KIND
        return super().save(*args, **kwargs)

    @property
    def feed_pubdate(self):
        """Feeds date an item by when it went out, not when it was put on the site."""
        return self.date

    @cached_property
    def press_room(self):
        return PressIndexPage.objects.filter(path=self.path[: -self.steplen]).first()

    def structured_data(self, request) -> dict:
        """schema.org NewsArticle (release) or OpinionNewsArticle (op-ed), merged into the page's JSON-LD."""
        return {
            "@type": self.SCHEMA_TYPE,
            "headline": self.title[:110],
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or self.latest_revision_created_at).isoformat()
            if (self.last_published_at or self.latest_revision_created_at)
            else self.date.isoformat(),
            "description": self.meta_description,
        }


class PressReleasePage(PressItemPage):
    """A press release sent out by the organisation, published here in full for journalists."""

    KIND = PressItemPage.KIND_RELEASE
    SCHEMA_TYPE = "NewsArticle"

    location = models.CharField(
        _("dateline"), max_length=80, blank=True, help_text=_("Place at the top of the press release, e.g. 'Brussels'.")
    )
    body = StreamField(
        BaseStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("Full text of the press release.")
    )
    attachment = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("attachment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The press release or press kit as a PDF to download (optional)."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("location"),
        FieldPanel("body"),
        FieldPanel("attachment"),
        *BasePage.taxonomy_panels,
    ]
    search_fields = PressItemPage.search_fields + [index.SearchField("body")]
    api_fields = PressItemPage.api_fields + ["location", "body", "attachment_id"]
    translatable_fields = PressItemPage.translatable_fields + [
        TranslatableField("location"),
        TranslatableField("body"),
        SynchronizedField("attachment"),
    ]
    template = "press/press_release_page.html"

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")


class OpinionPage(PressItemPage):
    """An opinion piece or op-ed by the organisation that appeared in another outlet: the press
    room keeps a summary and a link, so the organisation's public positions stay findable."""

    KIND = PressItemPage.KIND_OPINION
    SCHEMA_TYPE = "OpinionNewsArticle"

    outlet = models.CharField(
        _("outlet"), max_length=120, help_text=_("Outlet in which the piece appeared, e.g. 'De Standaard'.")
    )
    link = models.URLField(_("link"), blank=True, help_text=_("Web address of the piece at the outlet (https://...)."))
    author = models.CharField(
        _("author"),
        max_length=160,
        help_text=_("Who wrote the piece (name and job title), e.g. 'An Peeters, director'."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("summary or text"),
        help_text=_("Summary or (with permission) the full text."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("outlet"),
        FieldPanel("author"),
        FieldPanel("link"),
        FieldPanel("body"),
        *BasePage.taxonomy_panels,
    ]
    search_fields = PressItemPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("outlet"),
        index.SearchField("author"),
    ]
    api_fields = PressItemPage.api_fields + ["outlet", "author", "link", "body"]
    translatable_fields = PressItemPage.translatable_fields + [
        SynchronizedField("outlet"),
        SynchronizedField("link"),
        SynchronizedField("author"),
        TranslatableField("body"),
    ]
    template = "press/opinion_page.html"

    class Meta:
        verbose_name = _("opinion piece")
        verbose_name_plural = _("opinion pieces")

    def structured_data(self, request) -> dict:
        data = super().structured_data(request)
        data["author"] = {"@type": "Person", "name": self.author}
        data["publisher"] = {"@type": "Organization", "name": self.outlet}
        if self.link:
            data["sameAs"] = self.link
        return data
