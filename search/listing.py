"""The results of one query, filtered by facets with counts, relevance-ordered and paginated.

Facets reuse the site's faceted-listing engine (``website.facets``): its base queryset is
"BasePage rows whose id the search matched" (a subquery, not a list of ids), so facet counts
reflect the query and cost one SQL query like on every other listing. Only the ordering differs:
by relevance unless the visitor asks for newest first or A to Z.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import F
from django.http import QueryDict
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from website.facets import SORTS, Facet, FacetedListing, audience_facet, theme_facet
from website.models import BasePage

from .query import base_queryset, matched_ids, search
from .results import PER_PAGE, paginate

RELEVANCE = "relevance"


def searchable_page_models() -> list:
    """Every BasePage subclass that can sit below a home page: content first, then by name."""
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and model is not BasePage and model.parent_page_types != ["wagtailcore.Page"]
    ]
    return sorted(models, key=lambda model: (not model.is_content, str(model._meta.verbose_name_plural)))


@dataclass
class ContentTypeFacet(Facet):
    """The page type (toolkit, good practice, ...), by model name: ``?type=standardpage``."""

    def count_expression(self):
        return F("content_type__model")

    def filter(self, queryset, values):
        return queryset.filter(content_type__model__in=values)

    def known_values(self, locale_id):
        return {model._meta.model_name: capfirst(model._meta.verbose_name_plural) for model in searchable_page_models()}


def type_facet():
    return ContentTypeFacet(param="type", label=_("Type"))


class SearchListing(FacetedListing):
    def __init__(self, request, query, *, locale_id, per_page=PER_PAGE):
        self.query = query
        self.hits = search(query, base_queryset(locale_id))
        requested = request.GET.get("sort")
        super().__init__(
            request,
            BasePage.objects.filter(pk__in=matched_ids(self.hits)),
            [type_facet(), theme_facet(), audience_facet()],
            locale_id=locale_id,
            per_page=per_page,
        )
        self.sort = requested if requested in SORTS else RELEVANCE

    def _paginate(self):
        if self.params.get("sort") in SORTS:
            results = self.filtered().distinct().order_by(*self.ordering)
        elif self.is_filtered:
            results = search(self.query, BasePage.objects.filter(pk__in=self.filtered().values("pk")))
        else:
            results = self.hits
        return paginate(results, self.params.get("page"), self.per_page)

    @property
    def sorts(self):
        return [(RELEVANCE, _("Relevance")), *SORTS.items()]

    def querystring(self, **overrides) -> str:
        query = QueryDict(mutable=True)
        query["q"] = self.query
        for facet in self.facets:
            query.setlist(facet.param, self.selected[facet.param])
        if self.sort in SORTS:
            query["sort"] = self.sort
        for key, value in overrides.items():
            if value is None:
                query.pop(key, None)
            else:
                query[key] = value
        return query.urlencode()

    @property
    def clear_url(self) -> str:
        """The same search without any filter."""
        query = QueryDict(mutable=True)
        query["q"] = self.query
        return f"?{query.urlencode()}"
