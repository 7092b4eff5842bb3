"""The campaigns section: current campaigns first, then upcoming and past ones."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from website.caching.content_cache import public
from website.models import BasePage
from website.pages import facets
from website.pages.listings import card_queryset

from ..periods import PeriodFacet, period_expression, period_rank


class CampaignIndexPage(BasePage):
    """All campaigns of one language, grouped as current, upcoming and past, with the same facets
    as every other listing plus the period."""

    public_type_label = _("Overview page")
    public_type_label_plural = _("Overview pages")

    per_page = models.PositiveSmallIntegerField(
        _("results per page"), default=12, help_text=_("Number of campaigns per page in the listing (6 to 48).")
    )

    parent_page_types = ["website.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1
    child_select_related = ("hero_image",)

    content_panels = BasePage.content_panels + [FieldPanel("per_page")]

    class Meta:
        verbose_name = _("campaigns index")

    @staticmethod
    def facets():
        return [
            PeriodFacet(param="period", label=_("Period")),
            facets.theme_facet(),
            facets.audience_facet(),
            facets.region_facet(),
            facets.year_facet("start_date"),
        ]

    def listing(self, request):
        from .campaign import CampaignPage

        queryset = public(CampaignPage.objects.live().filter(locale_id=self.locale_id).child_of(self)).annotate(
            period_value=period_expression(), period_order=period_rank()
        )
        return facets.FacetedListing(
            request,
            queryset,
            self.facets(),
            locale_id=self.locale_id,
            newest_field=["period_order", "-start_date"],
            per_page=max(6, min(self.per_page, 48)),
            card_queryset=card_queryset,
        )

    def get_listing(self, request):
        """The same listing as the page, for its RSS/Atom feeds (syndication app)."""
        return self.listing(request)

    def get_context(self, request, *args, **kwargs):
        from django.template.loader import render_to_string
        from django.utils import timezone

        from website.caching.content_cache import cached_fragment, query_key

        context = super().get_context(request, *args, **kwargs)

        def render():
            return render_to_string("campaigns/includes/listing.html", {"listing": self.listing(request)}, request)

        # Results change on publish and, for the period, with the date: both are in the key.
        key = f"campaigns:{self.pk}:{timezone.localdate()}:{query_key(request)}"
        context["campaign_listing"] = cached_fragment(request, key, render)
        return context
