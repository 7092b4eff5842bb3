"""Plain content pages: about, contact, privacy, accessibility statement."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.pages.blocks import BaseStreamBlock

from .base_page import BasePage


class StandardPage(BasePage):
    """A page of free-form text for the organisation's fixed information.

    ``show_in_footer`` lets editors put the privacy and accessibility statements in every page's
    footer without a developer.
    """

    public_type_label = _("Information page")  # "standard page" is an editor's word, not a visitor's
    public_type_label_plural = _("Information pages")

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("Content of the page."))
    show_in_footer = models.BooleanField(
        _("show in footer"),
        default=False,
        help_text=_("Show a link to this page at the bottom of every page (e.g. privacy, accessibility)."),
    )

    parent_page_types = ["website.HomePage", "website.StandardPage"]
    subpage_types = ["website.StandardPage"]

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    promote_panels = BasePage.promote_panels + [FieldPanel("show_in_footer")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        SynchronizedField("show_in_footer"),
    ]

    class Meta:
        verbose_name = _("standard page")
