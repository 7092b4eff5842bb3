"""The home page of each language tree."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website import slots

from .base_page import BasePage


class RegisteredPageChooserPanel(PageChooserPanel):
    """A page chooser limited to the page types feature apps registered under ``slot``
    (website/slots.py), read when the form is built: website/ names no feature app."""

    def __init__(self, field_name, slot="", **kwargs):
        super().__init__(field_name, **kwargs)
        self.slot = slot

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "slot": self.slot}

    def get_form_options(self):
        self.page_type = slots.page_types(self.slot) or None
        return super().get_form_options()


class HomePage(BasePage):
    """Front door of one language: it leads visitors in. A key message, ways in by audience
    ("I am an employer") and by theme, toolkits featured by editors, the latest recommendations
    with their status, the latest content and one invitation to subscribe to the newsletter.

    Sections (toolkits, practices, ...) declare HomePage as their parent themselves, so this
    module never needs to know which feature apps are installed.
    """

    public_type_label = _("Home page")
    public_type_label_plural = _("Home pages")

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
    audience_heading = models.CharField(
        _("audience heading"),
        max_length=120,
        blank=True,
        help_text=_("Title above the ways in by audience, e.g. 'Find what fits you'."),
    )
    themes_heading = models.CharField(
        _("themes heading"),
        max_length=120,
        blank=True,
        help_text=_("Title above the ways in by theme (the theme pages)."),
    )
    featured_heading = models.CharField(
        _("featured heading"),
        max_length=120,
        blank=True,
        help_text=_("Title above the featured toolkits."),
    )
    recommendations_heading = models.CharField(
        _("recommendations heading"),
        max_length=120,
        blank=True,
        help_text=_("Title above the latest policy recommendations and their status."),
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
    featured_fallback_count = 3

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
        FieldPanel("audience_heading"),
        InlinePanel(
            "audience_links",
            label=_("Ways in by audience"),
            max_num=6,
            help_text=_(
                "Up to 6 links such as 'I am an employer', each opening a listing filtered on one audience, in this order."
            ),
        ),
        FieldPanel("themes_heading"),
        FieldPanel("featured_heading"),
        InlinePanel(
            "featured_items",
            label=_("Featured toolkits"),
            max_num=12,
            help_text=_("Up to 12 toolkits highlighted on the home page, in this order. None: the latest toolkits."),
        ),
        FieldPanel("recommendations_heading"),
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
        TranslatableField("audience_heading"),
        TranslatableField("themes_heading"),
        TranslatableField("featured_heading"),
        TranslatableField("recommendations_heading"),
        TranslatableField("latest_heading"),
        TranslatableField("newsletter_heading"),
        TranslatableField("newsletter_text"),
        TranslatableField("newsletter_page"),
        TranslatableField("featured_items"),
        TranslatableField("audience_links"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from website.pages import listings

        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)
        context["audience_links"] = listings.audience_links(self, preview=preview)
        context["featured_pages"] = listings.featured_pages(self, self.featured_fallback_count, preview=preview)
        context["latest_pages"] = listings.latest_content(self.locale_id, self.latest_count)
        return context


class HomeFeaturedItem(TranslatableMixin, Orderable):
    """One toolkit an editor puts forward on the home page: editors know what is timely, the
    publication date does not. Limited to the types registered as "home-featured" (toolkits)."""

    home = ParentalKey(HomePage, related_name="featured_items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Toolkit to feature; title, intro and image come from that page."),
    )

    panels = [RegisteredPageChooserPanel("page", slot="home-featured")]
    translatable_fields = [TranslatableField("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("featured toolkit")
        verbose_name_plural = _("featured toolkits")

    def clean(self):
        super().clean()
        allowed = slots.page_models("home-featured")
        if self.page_id and allowed and not isinstance(self.page.specific, tuple(allowed)):
            raise ValidationError({"page": _("Choose a toolkit.")})


class HomeAudienceLink(TranslatableMixin, Orderable):
    """A way in for one audience ("I am an employer"): a listing filtered on that audience.

    Visitors know who they are before they know our vocabulary; the link opens the listing in
    the page's language with the audience's slug as filter (the same in every language).
    """

    home = ParentalKey(HomePage, related_name="audience_links", on_delete=models.CASCADE)
    label = models.CharField(
        _("label"),
        max_length=80,
        help_text=_("What visitors recognise themselves in, e.g. 'I am an employer'."),
    )
    audience = models.ForeignKey(
        "taxonomy.Audience",
        verbose_name=_("audience"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The listing opens filtered on this audience."),
    )
    listing_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("listing"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The overview the link opens, e.g. the toolkits or the good practices."),
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("audience"),
        RegisteredPageChooserPanel("listing_page", slot="home-audience-listing"),
    ]
    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("audience"),
        TranslatableField("listing_page"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("way in by audience")
        verbose_name_plural = _("ways in by audience")
