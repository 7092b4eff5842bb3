"""The one page base every public page type inherits from."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.page_form import ContentPageForm


class BasePage(Page):
    """Fields every public page shares: intro, listing image, taxonomy and SEO/social fields.

    Deliberately a concrete (multi-table) model rather than an abstract one: the home page's
    "latest" strip, theme hubs, related items and site search all ask for "any content page of
    this locale" in ONE query with intro, image and themes, instead of one query per page type
    merged by hand. Editors never create a bare BasePage (``is_creatable = False``).
    """

    intro = models.TextField(
        _("intro"),
        blank=True,
        help_text=_("One to three sentences saying what the page is about; shown at the top and in listings."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image in listings and when shared on social media (landscape, at least 1200×630)."),
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        help_text=_("Themes this page is about; they drive filters and theme pages."),
    )
    audiences = ParentalManyToManyField(
        "taxonomy.Audience",
        verbose_name=_("audiences"),
        blank=True,
        related_name="+",
        help_text=_("Who this page is mainly meant for."),
    )
    regions = ParentalManyToManyField(
        "taxonomy.Region",
        verbose_name=_("regions"),
        blank=True,
        related_name="+",
        help_text=_("Regions or levels of government this page concerns."),
    )

    is_creatable = False
    # Taxonomy terms of the page's own language only; slug clashes that link the page in the way.
    base_form_class = ContentPageForm
    # Home and standard pages are scaffolding, not "content" for latest-items strips or facets.
    is_content = False

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("listing_image")]
    taxonomy_panels = [
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("audiences"), FieldPanel("regions")],
            heading=_("Taxonomy"),
        )
    ]
    promote_panels = Page.promote_panels

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        SynchronizedField("listing_image"),
        SynchronizedField("themes"),
        SynchronizedField("audiences"),
        SynchronizedField("regions"),
        SynchronizedField("show_in_menus"),
    ]

    class Meta:
        verbose_name = _("page")

    @property
    def meta_description(self) -> str:
        return self.search_description or self.intro

    def route(self, request, path_components):
        """Find a child in ONE query when this page allows a single child type (the family
        indexes): Wagtail's generic route loads the base Page row, then its specific row."""
        child_models = type(self).allowed_subpage_models() if path_components else []
        if len(child_models) == 1:
            try:
                child = child_models[0].objects.child_of(self).get(slug=path_components[0])
            except child_models[0].DoesNotExist:
                return super().route(request, path_components)  # a child of another type, or a 404
            child._cached_parent_obj = self
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """Wagtail checks this on every request (two queries); most pages are public, and the cached
        list of restricted paths (bumped whenever a restriction changes) says so with no query."""
        from wagtail.models import PageViewRestriction

        from website.content_cache import private_paths

        if self.alias_of_id is None and not any(self.path.startswith(path) for path in private_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_localised_themes(self):
        from website.taxonomy.lookup import localise

        return localise(self.themes.all(), self.locale_id)
