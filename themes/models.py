"""Theme hubs: one page per theme that gathers every kind of content on it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import get_page_models
from wagtail_localize.fields import SynchronizedField

from website.caching.content_cache import cached, cached_listing, public
from website.models import BasePage
from website.pages import facets
from website.pages.listings import card_queryset, content_type_ids, prepare_cards
from website.taxonomy.lookup import slugs_by_id, terms_by_key


def content_kinds() -> list[tuple[str, str]]:
    """``(model_name, plural label)`` of every installed content page type, for the type filter.

    Read from the page models at run time, so recommendations and campaigns appear on the hubs
    as soon as their apps are installed, without this app importing them.
    """
    models_ = [model for model in get_page_models() if issubclass(model, BasePage) and model.is_content]
    return sorted(
        ((model._meta.model_name, model.type_label_plural()) for model in models_),
        key=lambda kind: kind[1],
    )


def kind_facet():
    return facets.ChoiceFacet(
        param="type", label=_("Type of content"), field_name="content_type__model", choices=content_kinds()
    )


class ThemeIndexPage(BasePage):
    """Overview of the theme hubs, the entry point for visitors who think in policy domains."""

    public_type_label = _("Overview page")
    public_type_label_plural = _("Overview pages")

    parent_page_types = ["website.HomePage"]
    subpage_types = ["themes.ThemePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("theme overview")

    def hubs(self) -> list[dict]:
        def build():
            pages = list(public(ThemePage.objects.live().child_of(self)).select_related("theme").order_by("path"))
            through = BasePage.themes.through
            counts = dict(
                through.objects.filter(
                    basepage__live=True,
                    basepage__locale_id=self.locale_id,
                    basepage__content_type_id__in=content_type_ids(),
                )
                .values_list("theme__slug")
                .annotate(n=Count("basepage_id", distinct=True))
                .order_by()
            )
            return [
                {"title": page.title, "url": page.url, "theme": page.theme, "count": counts.get(page.theme.slug, 0)}
                for page in pages
            ]

        hubs = cached(f"theme-hubs:{self.pk}", build)
        localised = terms_by_key(type(hubs[0]["theme"]), self.locale_id) if hubs else {}
        for hub in hubs:
            theme = localised.get(hub["theme"].translation_key, hub["theme"])
            hub["description"], hub["colour"] = theme.description, theme.colour
        return hubs

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hubs"] = self.hubs()
        return context


class ThemePage(BasePage):
    """The hub of one theme: all toolkits, practices, recommendations and campaigns tagged with
    it, in one listing filterable by audience, type of content, region and year.

    Works on BasePage, so every content family (present or future) appears without this app
    knowing it; pages are matched by the theme's slug, which is the same in every language.
    """

    publication_date_field = None  # a hub gathers pages; it has no date of its own

    theme = models.ForeignKey(
        "taxonomy.Theme",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The theme whose content this page gathers; one page per theme."),
    )

    parent_page_types = ["themes.ThemeIndexPage"]
    subpage_types = []
    per_page = 12

    content_panels = BasePage.content_panels + [FieldPanel("theme")]
    translatable_fields = BasePage.translatable_fields + [SynchronizedField("theme")]

    class Meta:
        verbose_name = _("theme hub")
        verbose_name_plural = _("theme hubs")

    def clean(self):
        super().clean()
        parent = self.get_parent() if self.pk else None
        if self.theme_id and parent is not None:
            others = ThemePage.objects.child_of(parent).exclude(pk=self.pk).filter(theme__slug=self.theme.slug)
            if others.exists():
                raise ValidationError({"theme": _("This theme already has a hub page.")})

    def listing_facets(self):
        return [facets.audience_facet(), kind_facet(), facets.region_facet(), facets.year_facet()]

    def hub_listing(self, request):
        """The hub's FacetedListing, each card labelled with its kind of content."""
        theme = self.hub_theme() if self.pk and not getattr(request, "is_preview", False) else self.theme
        same_theme = [pk for pk, slug in slugs_by_id(type(theme)).items() if slug == theme.slug]
        tagged = BasePage.themes.through.objects.filter(theme_id__in=same_theme).values("basepage_id")
        queryset = public(
            BasePage.objects.live().filter(
                locale_id=self.locale_id, content_type_id__in=content_type_ids(), pk__in=tagged
            )
        )
        listing = facets.FacetedListing(
            request,
            queryset,
            self.listing_facets(),
            locale_id=self.locale_id,
            per_page=self.per_page,
            card_queryset=lambda qs: card_queryset(qs).select_related("content_type"),
            cache_key=None if getattr(request, "is_preview", False) else self.pk,
            prepare=prepare_cards,
        )
        listing.page.object_list = list(listing.page.object_list)
        return listing

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Rendered once per query string until the next publish, like the family indexes.
        context["listing_html"] = cached_listing(request, self, lambda: self.hub_listing(request))
        context["theme"] = self.localised_theme()
        return context

    def hub_theme(self):
        """The linked theme row, cached: a hub's theme never changes once set."""
        from website.taxonomy.models import Theme

        return cached(f"hub-theme:{self.pk}:{self.theme_id}", lambda: Theme.objects.get(pk=self.theme_id))

    def localised_theme(self):
        from website.taxonomy.models import Theme

        theme = self.hub_theme()
        return terms_by_key(Theme, self.locale_id).get(theme.translation_key, theme)
