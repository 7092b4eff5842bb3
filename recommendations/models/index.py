"""The recommendations section: an overview that doubles as a public status board."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from website.caching.content_cache import public
from website.models import BasePage
from website.pages import facets
from website.pages.listings import card_queryset

from ..choices import PolicyLevel, Status


class RecommendationIndexPage(BasePage):
    """All recommendations of one language, filterable by theme, policy level and follow-up status.

    It is the public status board: the counts next to each status say at a glance how many
    recommendations were adopted, and every filter combination has a shareable URL.
    """

    public_type_label = _("Overview page")
    public_type_label_plural = _("Overview pages")

    status_explainer = RichTextField(
        _("about the follow-up"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Short explanation above the status board: what the statuses mean and how we follow up recommendations."
        ),
    )
    per_page = models.PositiveSmallIntegerField(
        _("results per page"), default=12, help_text=_("Number of recommendations per page in the listing (6 to 48).")
    )

    parent_page_types = ["website.HomePage"]
    subpage_types = ["recommendations.RecommendationPage"]
    max_count_per_parent = 1
    child_select_related = ("advice_document",)

    content_panels = BasePage.content_panels + [FieldPanel("status_explainer"), FieldPanel("per_page")]
    search_fields = BasePage.search_fields + [index.SearchField("status_explainer")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("status_explainer")]

    class Meta:
        verbose_name = _("recommendations index")

    @staticmethod
    def facets():
        return [
            facets.theme_facet(),
            facets.ChoiceFacet(
                param="level", label=_("Policy level"), field_name="policy_level", choices=PolicyLevel.choices
            ),
            facets.ChoiceFacet(param="status", label=_("Status"), field_name="status", choices=Status.choices),
            facets.audience_facet(),
            facets.region_facet(),
            facets.year_facet("date_issued"),
        ]

    def listing(self, request):
        from .recommendation import RecommendationPage

        queryset = public(RecommendationPage.objects.live().filter(locale_id=self.locale_id).child_of(self))
        return facets.FacetedListing(
            request,
            queryset,
            self.facets(),
            locale_id=self.locale_id,
            newest_field="-date_issued",
            per_page=max(6, min(self.per_page, 48)),
            card_queryset=card_queryset,
        )

    def get_listing(self, request):
        """The same listing as the page, for its RSS/Atom feeds (syndication app)."""
        return self.listing(request)

    def get_context(self, request, *args, **kwargs):
        from django.template.loader import render_to_string

        from website.caching.content_cache import cached_fragment, query_key

        context = super().get_context(request, *args, **kwargs)

        def render():
            return render_to_string(
                "recommendations/includes/board.html", {"listing": self.listing(request), "page": self}, request
            )

        # Facet counts and results only change on publish: reuse the rendered board until then.
        context["board"] = cached_fragment(request, f"recommendations:{self.pk}:{query_key(request)}", render)
        return context
