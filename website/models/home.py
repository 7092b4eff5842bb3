"""The home page of each language tree."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .base_page import BasePage


class HomePage(BasePage):
    """Front door of one language: a key message, editor-picked highlights, the latest content
    and an invitation to subscribe to the newsletter.

    Sections (toolkits, practices, ...) declare HomePage as their parent themselves, so this
    module never needs to know which feature apps are installed.
    """

    public_type_label = _("Home page")
    public_type_label_plural = _("Home pages")

    hero_message = models.TextField(
        _("key message"),
        help_text="De kernboodschap in één of twee zinnen, groot bovenaan de pagina.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Brede sfeerfoto naast de kernboodschap; de alternatieve tekst komt uit de afbeelding.",
    )
    hero_cta_label = models.CharField(
        _("call to action label"),
        max_length=80,
        blank=True,
        help_text="Tekst van de knop bij de kernboodschap, bv. 'Ontdek onze toolkits'.",
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Pagina waarnaar de knop leidt.",
    )
    featured_heading = models.CharField(
        _("featured heading"),
        max_length=120,
        blank=True,
        help_text="Titel boven de uitgelichte items.",
    )
    latest_heading = models.CharField(
        _("latest heading"),
        max_length=120,
        blank=True,
        help_text="Titel boven de strook met recente inhoud.",
    )
    newsletter_heading = models.CharField(
        _("newsletter heading"),
        max_length=120,
        blank=True,
        help_text="Titel van de oproep om je in te schrijven op de nieuwsbrief.",
    )
    newsletter_text = models.TextField(
        _("newsletter text"),
        blank=True,
        help_text="Eén zin die zegt wat de nieuwsbrief brengt.",
    )
    newsletter_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("newsletter page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Pagina met het inschrijvingsformulier.",
    )

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    latest_count = 6

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_message"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                PageChooserPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("featured_heading"),
        InlinePanel("featured_items", label=_("Featured items"), max_num=12),
        FieldPanel("latest_heading"),
        MultiFieldPanel(
            [FieldPanel("newsletter_heading"), FieldPanel("newsletter_text"), PageChooserPanel("newsletter_page")],
            heading=_("Newsletter call to action"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("hero_message")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_message"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_cta_label"),
        TranslatableField("hero_cta_page"),
        TranslatableField("featured_heading"),
        TranslatableField("latest_heading"),
        TranslatableField("newsletter_heading"),
        TranslatableField("newsletter_text"),
        TranslatableField("newsletter_page"),
        TranslatableField("featured_items"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from website import listings

        context = super().get_context(request, *args, **kwargs)
        context["featured_pages"] = listings.featured_pages(self)
        context["latest_pages"] = listings.latest_content(self.locale_id, self.latest_count)
        return context


class HomeFeaturedItem(TranslatableMixin, Orderable):
    """One editor-chosen highlight on the home page (any page: a toolkit, a campaign, ...)."""

    home = ParentalKey(HomePage, related_name="featured_items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Uit te lichten pagina; titel, intro en beeld komen van die pagina.",
    )

    panels = [PageChooserPanel("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("featured item")
