"""The results of one query, filtered by facets with counts, relevance-ordered and paginated.

The full-text match runs ONCE per results page. Where the search backend gives the SQL of its
matches (PostgreSQL, ``ranked_sql()``), the facet counts, the total and the page of ids come from
one statement around it (``ranked_listing.py``). Elsewhere (SQLite, a search engine) the ranked
ids of every match are fetched and the facets counted in memory from one query for their taxonomy
links. Either way a page of results is the ten ids it shows, fetched by primary key.
"""

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, F, Lookup, Q, Value
from django.utils.translation import gettext_lazy as _

from website.models import BasePage
from website.pages.facets import SORTS, Facet, FacetedListing, TaxonomyFacet, audience_facet, theme_facet
from website.pages.params import parse_page
from website.taxonomy.lookup import slugs_by_id

from .query import PageColumns, base_queryset, ranked_matches, ranked_sql, search
from .ranked_listing import RankedQuery, link_fields, page_of, selected_ids, values_of
from .results import PER_PAGE, paginate

RELEVANCE = "relevance"


@cache
def _searchable_models() -> tuple:
    # The installed models never change while a process runs: asked once, not per search.
    return tuple(
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and model is not BasePage and model.parent_page_types != ["wagtailcore.Page"]
    )


def searchable_page_models() -> list:
    """Every BasePage subclass that can sit below a home page: content first, then by name (in
    the active language)."""
    return sorted(_searchable_models(), key=lambda model: (not model.is_content, model.type_label_plural()))


@dataclass
class ContentTypeFacet(Facet):
    """The page type (toolkit, good practice, ...), by model name: ``?type=standardpage``."""

    def count_expression(self):
        return F("content_type_id")

    def value_of(self, raw):
        return ContentType.objects.get_for_id(int(raw)).model

    def ids_for(self, values) -> list[int]:
        models = [model for model in searchable_page_models() if model._meta.model_name in values]
        return [content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()]

    def filter(self, queryset, values):
        return queryset.filter(content_type_id__in=self.ids_for(values))

    def known_values(self, locale_id):
        return {model._meta.model_name: model.type_label_plural() for model in searchable_page_models()}


def type_facet():
    return ContentTypeFacet(param="type", label=_("Type"))


class AnyOf(Lookup):
    """``field = ANY(%s::bigint[])``: thousands of ids as ONE array literal, which PostgreSQL
    parses and plans far faster than ``IN (%s, %s, ...)`` with a parameter per id, and which
    Python writes in one join instead of the driver adapting each number."""

    lookup_name = "any_of"
    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        return "%s::bigint[]", ["{" + ",".join(str(int(pk)) for pk in value) + "}"]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]


def among(field: str, ids):
    """A filter condition: ``field`` is one of ``ids``."""
    if connection.vendor == "postgresql":
        return AnyOf(F(field), list(ids))
    return Q(**{f"{field}__in": list(ids)})


def pages_among(ids):
    return BasePage.objects.filter(among("pk", ids))


class SearchListing(FacetedListing):
    """A FacetedListing over one search's matches, its facets counted in memory (any backend).

    The matches are already in hand (ranked ids with their page type), so one query for their
    taxonomy links gives every facet value of every match; disjunctive counts, the total and
    the filtered ids are then set operations, instead of a UNION that joins the page tables once
    per facet for thousands of ids. Use ``search_listing()``, which picks the SQL variant below
    where the backend allows it.
    """

    default_sort = RELEVANCE
    # {facet param: {page id: [term ids]}} of the pages shown, where counting gave them for free
    # (the SQL variant); None: the results look their themes up themselves.
    shown_terms = None

    def __init__(self, request, query, results, *, locale_id, per_page=PER_PAGE):
        self.query = query
        base = self._match(results)
        super().__init__(
            request,
            base,
            [type_facet(), theme_facet(), audience_facet()],
            locale_id=locale_id,
            per_page=per_page,
        )

    def shown_term_ids(self, param) -> dict | None:
        """``{page id: [term ids]}`` of one taxonomy facet for the pages shown, or None (not known)."""
        return None if self.shown_terms is None else self.shown_terms.get(param, {})

    def _match(self, results):
        """Run the one full-text query; returns the listing's base queryset."""
        # Every match, best first, with its page type.
        self.ranked, self.types = ranked_matches(results)
        return pages_among(self.ranked)

    def _memberships(self) -> dict[str, dict[int, set]]:
        """``{param: {page id: {value, ...}}}`` for every match and facet."""
        members = {"type": {pk: {model} for pk, model in self.types.items()}}
        taxonomy = [facet for facet in self.facets if isinstance(facet, TaxonomyFacet)]
        parts = []
        for facet in taxonomy:
            through, page_field, term_field = link_fields(facet)
            parts.append(
                through.objects.filter(among(page_field.attname, self.ranked))
                .annotate(facet_param=Value(facet.param, output_field=CharField()))
                .values_list("facet_param", page_field.attname, term_field.attname)
            )
        for facet in taxonomy:
            members[facet.param] = {}
        if parts and self.ranked:
            # Term id -> slug, looked up once per facet (not once per link row).
            slugs = {facet.param: slugs_by_id(facet.model) for facet in taxonomy}
            for param, page_id, term_id in parts[0].union(*parts[1:], all=True):
                value = slugs[param].get(term_id)
                if value is not None:
                    members[param].setdefault(page_id, set()).add(value)
        return members

    def _count_all(self) -> dict[str, dict[str, int]]:
        members = self._memberships()
        # The matches each selected facet lets through (any of its chosen values).
        allowed = {
            param: {pk for pk, values in members[param].items() if values.intersection(chosen)}
            for param, chosen in self.selected.items()
            if chosen
        }

        def passing(except_param=None):
            sets = [pks for param, pks in allowed.items() if param != except_param]
            return set.intersection(*sets) if sets else None  # None: every match

        counts = {}
        for facet in self.facets:
            # Disjunctive: a facet's counts apply every other facet's selection, not its own.
            through = passing(facet.param)
            facet_counts = counts.setdefault(facet.param, {})
            for pk, values in members[facet.param].items():
                if through is None or pk in through:
                    for value in values:
                        facet_counts[value] = facet_counts.get(value, 0) + 1
        kept = passing()
        self.kept = self.ranked if kept is None else [pk for pk in self.ranked if pk in kept]
        self._total = len(self.kept)
        return counts

    def _paginate(self):
        if self.params.get("sort") in SORTS:
            ordered = pages_among(self.kept).order_by(*self.ordering)
            return paginate(ordered, _page_number(self.params.get("page")), self.per_page)
        page = paginate(self.kept, _page_number(self.params.get("page")), self.per_page)
        shown = list(page.object_list)
        pages = pages_among(shown).in_bulk() if shown else {}
        page.object_list = [pages[pk] for pk in shown if pk in pages]
        return page

    @property
    def sorts(self):
        return [(RELEVANCE, _("Relevance")), *SORTS.items()]

    def kept_params(self):
        return {"q": self.query}

    @property
    def clear_url(self) -> str:
        """The same search without any filter, best matches first."""
        return f"?{self.querystring(sort=None, **{facet.param: None for facet in self.facets})}"


class RankedSearchListing(SearchListing):
    """The same listing with counts, total and page ids from ONE SQL statement (see ranked_listing)."""

    def _match(self, ranked_sql):
        self.ranked_sql = ranked_sql
        return BasePage.objects.none()  # every figure comes from the statement

    def _count_all(self):
        ordering = self.ordering if self.params.get("sort") in SORTS else None
        statement = RankedQuery(*self.ranked_sql, self.facets, selected_ids(self.facets, self.selected))
        requested = _page_number(self.params.get("page"))
        # Capped: a page number of fifty digits is past the end, not an SQL error.
        offset = min(max(0, requested - 1) * self.per_page, MAX_OFFSET)
        raw, self._total, self._ids, self.shown_terms = statement.run(ordering, offset, self.per_page)
        self._page_number = page_of(self._total, requested, self.per_page).number
        if self._page_number != requested and self._total:
            # Past the end: the last page, as the paginator shows it (a second, rare statement).
            last = (self._page_number - 1) * self.per_page
            _raw, _total, self._ids, self.shown_terms = statement.run(ordering, last, self.per_page)
        return {facet.param: values_of(facet, raw.get(facet.param, {})) for facet in self.facets}

    def _paginate(self):
        page = page_of(self._total, self._page_number, self.per_page)
        pages = PageColumns(*RESULT_FIELDS).by_id(self._ids)
        page.object_list = [pages[pk] for pk in self._ids if pk in pages]
        return page


# What a result shows of its page (the snippet comes from the index, the themes from the statement).
RESULT_FIELDS = ("title", "url_path", "content_type_id", "first_published_at", "last_published_at")


MAX_OFFSET = 2**31


def _page_number(raw) -> int:
    """The page asked for; not a page number (website.pages.params) is the first."""
    return parse_page(raw) or 1


def search_listing(request, query, *, locale_id, per_page=PER_PAGE) -> SearchListing:
    """The listing of one search: SQL counting where the backend gives its SQL, in memory elsewhere."""
    results = search(query, base_queryset(locale_id))
    sql = ranked_sql(results, locale_id)
    if sql is None:
        return SearchListing(request, query, results, locale_id=locale_id, per_page=per_page)
    return RankedSearchListing(request, query, sql, locale_id=locale_id, per_page=per_page)
