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

    hero_message = models.TextField(
        _("key message"),
        help_text=_("The key message in one or two sentences, large at the top of the page."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wide mood photo next to the key message; the alternative text comes from the image."),
    )
    hero_cta_label = models.CharField(
        _("call to action label"),
        max_length=80,
        blank=True,
        help_text=_("Text of the button with the key message, e.g. 'Discover our toolkits'."),
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Page the button leads to."),
    )
    featured_heading = models.CharField(
        _("featured heading"),
        max_length=120,
        blank=True,
        help_text=_("Title above the featured items."),
    )
    latest_heading = models.CharField(
        _("latest heading"),
        max_length=120,
        blank=True,
        help_text=_("Title above the strip of recent content."),
    )
    newsletter_heading = models.CharField(
        _("newsletter heading"),
        max_length=120,
        blank=True,
        help_text=_("Title of the call to subscribe to the newsletter."),
    )
    newsletter_text = models.TextField(
        _("newsletter text"),
        blank=True,
        help_text=_("One sentence saying what the newsletter brings."),
    )
    newsletter_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("newsletter page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Page with the subscription form."),
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
        InlinePanel(
            "featured_items",
            label=_("Featured items"),
            max_num=12,
            help_text=_("Up to 12 pages highlighted on the home page, in this order."),
        ),
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
        help_text=_("Page to feature; title, intro and image come from that page."),
    )

    panels = [PageChooserPanel("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("featured item")
