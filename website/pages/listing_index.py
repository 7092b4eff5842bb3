"""The behaviour every family index page shares: list its children through the facet engine."""

from website.caching.content_cache import cached_listing, public
from website.pages import facets
from website.pages.listings import card_queryset, prepare_cards


class FacetedIndexMixin:
    """An index page that lists its live children (its one subpage type) of its own language
    with facets, rendered from a cached fragment until the next publish. ``get_listing`` is
    also what the index's RSS/Atom feeds read (syndication app).

    A subclass names its ``listing_facets()`` and, if not by publication date, the field
    "newest first" sorts on.
    """

    per_page = 12
    listing_newest_field = "-first_published_at"

    def listing_facets(self) -> list:
        raise NotImplementedError

    def get_listing(self, request):
        from wagtail.coreutils import resolve_model_string

        model = resolve_model_string(self.subpage_types[0])
        return facets.FacetedListing(
            request,
            public(model.objects.live().filter(locale_id=self.locale_id).child_of(self)),
            self.listing_facets(),
            locale_id=self.locale_id,
            newest_field=self.listing_newest_field,
            per_page=self.per_page,
            card_queryset=card_queryset,
            cache_key=None if getattr(request, "is_preview", False) else self.pk,
            prepare=prepare_cards,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing_html"] = cached_listing(request, self, lambda: self.get_listing(request))
        return context
