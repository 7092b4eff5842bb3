"""An awareness campaign, its materials and the coalition behind it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.models import BasePage, LinkedDocument
from website.pages.blocks import BaseStreamBlock

from ..blocks import CallToActionStreamBlock
from ..periods import LABELS, period_of

HERO_RENDITIONS = ("fill-1200x675|format-webp",)
LOGO_RENDITION = "max-240x120"


class CampaignPage(BasePage):
    """A time-bound awareness campaign (e.g. for nuanced imaging in the media).

    A campaign is remembered by one key message and carried by a coalition of partners; it runs
    from a start date to an optional end date, which decides whether visitors see it among the
    current, upcoming or past campaigns.
    """

    publication_date_field = "start_date"

    start_date = models.DateField(_("start date"), db_index=True, help_text=_("First day of the campaign."))
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("Last day of the campaign; leave empty if it runs until further notice."),
    )
    key_message = models.TextField(
        _("key message"),
        help_text=_("The campaign's key message in one or two sentences; shown large at the top."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Campaign image at the top of the page (landscape, at least 1200×675); the title serves as alternative text."
        ),
    )
    calls_to_action = StreamField(
        CallToActionStreamBlock(),
        blank=True,
        verbose_name=_("calls to action"),
        help_text=_("What visitors can do: one to three buttons, the most important first."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("More about the campaign: why, what we want to achieve, testimonies."),
    )
    partners = ParentalManyToManyField(
        "taxonomy.Partner",
        verbose_name=_("partner coalition"),
        blank=True,
        related_name="+",
        help_text=_("Organisations that support the campaign."),
    )
    newsletter_heading = models.CharField(
        _("newsletter heading"),
        max_length=120,
        blank=True,
        help_text=_("Title of the call to subscribe to the newsletter; leave empty to show no call."),
    )
    newsletter_text = models.TextField(
        _("newsletter text"),
        blank=True,
        help_text=_("One sentence saying what the newsletter brings about this campaign."),
    )
    newsletter_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("newsletter page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Page with the newsletter subscription form."),
    )

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []
    is_content = True

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("key_message"),
        FieldPanel("hero_image"),
        FieldPanel("calls_to_action"),
        FieldPanel("body"),
        InlinePanel(
            "materials",
            label=_("Campaign material"),
            heading=_("Campaign materials"),
            help_text=_("Posters, visuals and other files people can download to spread the campaign."),
        ),
        FieldPanel("partners"),
        InlinePanel(
            "related_links",
            label=_("Related page"),
            heading=_("Related toolkits, practices and advice"),
            help_text=_("Pages of this site shown at the end of the campaign, to go further."),
        ),
        MultiFieldPanel(
            [FieldPanel("newsletter_heading"), FieldPanel("newsletter_text"), PageChooserPanel("newsletter_page")],
            heading=_("Newsletter sign-up"),
        ),
        *BasePage.taxonomy_panels,
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("key_message"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        TranslatableField("key_message"),
        SynchronizedField("hero_image"),
        TranslatableField("calls_to_action"),
        TranslatableField("body"),
        SynchronizedField("partners"),
        TranslatableField("materials"),
        SynchronizedField("related_links"),
        TranslatableField("newsletter_heading"),
        TranslatableField("newsletter_text"),
        TranslatableField("newsletter_page"),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    @property
    def period(self) -> str:
        return period_of(self.start_date, self.end_date)

    @property
    def period_label(self) -> str:
        return LABELS[self.period]

    # -- related data, each one query (or none once cached)
    def material_rows(self) -> list:
        return list(self.materials.select_related("document"))

    def partner_rows(self) -> list:
        from django.db.models import Prefetch
        from wagtail.images import get_image_model

        from website.taxonomy.models import Partner

        logos = get_image_model().objects.prefetch_renditions(LOGO_RENDITION)
        partners = list(
            Partner.objects.filter(pk__in=self.partners.values("pk")).prefetch_related(Prefetch("logo", queryset=logos))
        )
        for partner in partners:  # created now so the cached copy carries them
            if partner.logo is not None:
                partner.logo.get_rendition(LOGO_RENDITION)
        return partners

    def related_cards(self) -> list:
        from website.pages.listings import related_cards

        return related_cards(self, [link.page_id for link in self.related_links.all()], suggest=False)

    @cached_property
    def hero(self):
        return self.hero_image.get_rendition(HERO_RENDITIONS[0]) if self.hero_image else None

    def get_context(self, request, *args, **kwargs):
        from django.template.loader import render_to_string
        from django.utils import timezone

        from website.caching.content_cache import cached_fragment

        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)

        def render():
            data = {
                "page": self,
                "materials": list(self.materials.all()) if preview else self.material_rows(),
                "partner_list": list(self.partners.all()) if preview else self.partner_rows(),
                "related_cards": self.related_cards(),
            }
            return render_to_string("campaigns/includes/article.html", data, request)

        # Changes on publish, on a partner edit (campaigns.signals bumps the content version) and,
        # for the current/past badge, with the date.
        context["article"] = cached_fragment(request, f"campaign:{self.pk}:{timezone.localdate()}", render)
        return context


class CampaignMaterial(LinkedDocument):
    """A poster, social visual or flyer partners can download and spread."""

    KINDS = [
        ("affiche", _("Poster")),
        ("sociale-media", _("Social media visual")),
        ("flyer", _("Flyer")),
        ("handleiding", _("Guide")),
        ("ander", _("Other")),
    ]
    campaign = ParentalKey(CampaignPage, related_name="materials", on_delete=models.CASCADE)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=KINDS,
        default="affiche",
        help_text=_("Kind of material, shown with the download."),
    )
    description = models.CharField(
        _("description"),
        max_length=200,
        blank=True,
        help_text=_("Short description, e.g. 'A3 poster to put up in your organisation'."),
    )

    panels = [
        FieldRowPanel([FieldPanel("document"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("title"), FieldPanel("language")]),
        FieldPanel("description"),
    ]
    translatable_fields = LinkedDocument.translatable_fields + [
        SynchronizedField("kind"),
        TranslatableField("description"),
    ]

    class Meta(LinkedDocument.Meta):
        verbose_name = _("campaign material")
        verbose_name_plural = _("campaign materials")


class CampaignRelatedPage(TranslatableMixin, Orderable):
    """A toolkit, good practice or recommendation that takes the campaign's message further.

    Points at any content page, so this app does not depend on the toolkits, practices or
    recommendations apps."""

    campaign = ParentalKey(CampaignPage, related_name="related_links", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "website.BasePage",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Toolkit, good practice or policy recommendation that belongs with this campaign."),
    )

    panels = [PageChooserPanel("page", ["website.BasePage"])]
    translatable_fields = [SynchronizedField("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")
