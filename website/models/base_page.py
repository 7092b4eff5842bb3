"""The one page base every public page type inherits from."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.pages.page_form import ContentPageForm


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

    #: What visitors call this kind of page on cards and search results (default: verbose_name),
    #: and its plural (search's type filter). A model without an explicit ``verbose_name_plural``
    #: must set the plural: Django's fallback appends an "s" untranslated ("page standards").
    public_type_label = None
    public_type_label_plural = None
    #: The field holding the page's own publication date (a press item's date, a recommendation's
    #: issue date...): cards and search results show it, never the day the content was loaded.
    #: ``None``: a page with no date of its own (a theme hub).
    publication_date_field = "first_published_at"

    @classmethod
    def type_label(cls) -> str:
        from django.utils.text import capfirst

        return str(capfirst(cls.public_type_label or cls._meta.verbose_name))

    @classmethod
    def type_label_plural(cls) -> str:
        from django.utils.text import capfirst

        return str(capfirst(cls.public_type_label_plural or cls._meta.verbose_name_plural))

    @property
    def publication_date(self):
        if self.publication_date_field is None:
            return None
        return getattr(self, self.publication_date_field, None) or self.first_published_at

    @property
    def meta_description(self) -> str:
        return self.search_description or self.intro

    #: Relations a child page always needs, joined into the routing query (a recommendation's
    #: advice document, a campaign's hero image); only used with a single child type.
    child_select_related = ()

    def route(self, request, path_components):
        """Find a child in ONE query when this page allows a single child type (the family
        indexes): Wagtail's generic route loads the base Page row, then its specific row."""
        child_models = type(self).allowed_subpage_models() if path_components else []
        if len(child_models) == 1:
            queryset = child_models[0].objects.child_of(self)
            if self.child_select_related:
                queryset = queryset.select_related(*self.child_select_related)
            try:
                child = queryset.get(slug=path_components[0])
            except child_models[0].DoesNotExist:
                return super().route(request, path_components)  # a child of another type, or a 404
            child._cached_parent_obj = self
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """Wagtail checks this on every request: asked of the database (website.pages.visibility), never
        of one process's memory, so a restriction saved by any process applies at once."""
        from website.pages.visibility import page_restrictions

        return page_restrictions(self)

    def get_localised_themes(self):
        from website.taxonomy.lookup import localise

        return localise(self.themes.all(), self.locale_id)


def publication_dates(pages) -> dict:
    """``{page id: its own publication date}`` for generic page rows (search results, mixed lists).

    Types dated by ``first_published_at`` need no query; the others are read in ONE query (a
    UNION of one ``values_list`` per type present), whatever the number of types.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import DateField
    from django.db.models.functions import Cast

    dates, by_model = {}, {}
    for page in pages:
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        field = getattr(model, "publication_date_field", "first_published_at") if model else "first_published_at"
        if field is None:
            dates[page.pk] = None
        elif field == "first_published_at":
            dates[page.pk] = page.first_published_at
        else:
            by_model.setdefault((model, field), []).append(page.pk)
    parts = [
        model.objects.filter(pk__in=ids).annotate(day=Cast(field, DateField())).values_list("pk", "day").order_by()
        for (model, field), ids in by_model.items()
    ]
    if parts:
        rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        for pk, day in rows:
            if day is not None:
                dates[pk] = day
    for page in pages:
        dates.setdefault(page.pk, page.first_published_at)
    return dates


def annotate_cards(rows: list) -> list:
    """Give generic page rows their type label and own publication date (``card_kind``,
    ``card_date``) for ``includes/card.html``; at most one query (``publication_dates``)."""
    from django.contrib.contenttypes.models import ContentType

    dates = publication_dates(rows)
    for row in rows:
        model = ContentType.objects.get_for_id(row.content_type_id).model_class()
        row.card_kind = model.type_label() if model is not None and hasattr(model, "type_label") else ""
        row.card_date = dates.get(row.pk)
    return rows
