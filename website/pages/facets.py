"""Faceted listings: filter a page queryset by several taxonomies at once, with counts.

One engine serves every listing (the four family indexes, theme hubs, search): a listing names
its facets, and this module reads the GET parameters, drops values it does not know, counts
results per facet value and paginates. Counts are *disjunctive*: the counts shown for one facet
apply every other selected facet but not its own, so ticking "wonen" still tells you how many
results "werk" would add. All facet counts come from ONE SQL query (a UNION ALL of one grouped
query per facet), so a listing costs the same number of queries whatever its size.

A listing works without JavaScript: it is a plain GET form whose parameters (``theme``,
``audience``, ``region``, ``year``, ...) are repeatable and shareable.
"""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import CharField, Count, F, Value
from django.db.models.functions import Cast, ExtractYear
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from website.pages.params import parse_page, parse_year
from website.taxonomy.lookup import slugs_by_id, terms_by_key


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    listing: "FacetedListing" = field(default=None, repr=False, compare=False)
    param: str = ""

    @property
    def only_url(self) -> str:
        """This listing filtered on this value alone (the board's status tiles), made when asked:
        a search page shows dozens of options and links none of them this way."""
        return f"?{self.listing.querystring(**{self.param: self.value})}"


@dataclass
class Facet:
    """A filter dimension. Subclasses say which values exist and how to filter and count them."""

    param: str
    label: str
    max_values: int = 20

    def clean(self, raw_values: list[str], known: dict[str, str]) -> list[str]:
        """The requested values this facet knows, without duplicates; unknown ones are dropped."""
        values = []
        for value in raw_values[: self.max_values]:
            value = value.strip()[:100]
            if self.is_valid(value, known) and value not in values:
                values.append(value)
        return values

    def is_valid(self, value: str, known: dict[str, str]) -> bool:
        return value in known

    def count_expression(self):
        """Expression giving this facet's value (as text) for each page row."""
        raise NotImplementedError

    def value_of(self, raw) -> str:
        """The facet value (as in URLs) of what ``count_expression`` gives."""
        return str(raw)

    def filter(self, queryset, values: list[str]):
        raise NotImplementedError

    def known_values(self, locale_id: int) -> dict[str, str]:
        """``{value: label}`` of every value a visitor may pick, in display order."""
        raise NotImplementedError


@dataclass
class TaxonomyFacet(Facet):
    """A many-to-many taxonomy field on BasePage (themes, audiences, regions), filtered by slug."""

    field_name: str = "themes"
    model: type = None

    # Filters and counts use term ids (mapped from/to slugs in Python), so the SQL joins only the
    # link table and never the term table: fewer joins keep PostgreSQL's planning time low.
    def count_expression(self):
        return Cast(F(self.field_name), output_field=CharField())

    def value_of(self, raw):
        return slugs_by_id(self.model).get(int(raw))

    def ids_for(self, values) -> list[int]:
        """Ids of the terms (in every language) with these slugs."""
        return [pk for pk, slug in slugs_by_id(self.model).items() if slug in values]

    def filter(self, queryset, values):
        return queryset.filter(**{f"{self.field_name}__in": self.ids_for(values)})

    def known_values(self, locale_id):
        terms = sorted(terms_by_key(self.model, locale_id).values(), key=lambda t: (t.sort_order, t.name))
        return {term.slug: term.name for term in terms}


@dataclass
class YearFacet(Facet):
    """The year of a date field, newest first; only years that occur are offered."""

    date_field: str = "first_published_at"
    years: list[int] = field(default_factory=list)

    def count_expression(self):
        return Cast(ExtractYear(self.date_field), output_field=CharField())

    def filter(self, queryset, values):
        return queryset.filter(**{f"{self.date_field}__year__in": [parse_year(v) for v in values]})

    def known_values(self, locale_id):
        return {}  # offered years come from the counts: every year that has results

    def is_valid(self, value, known):
        return parse_year(value) is not None


@dataclass
class ChoiceFacet(Facet):
    """A model field with choices (policy level, follow-up status)."""

    field_name: str = ""
    choices: list[tuple[str, str]] = field(default_factory=list)

    def count_expression(self):
        return Cast(F(self.field_name), output_field=CharField())

    def filter(self, queryset, values):
        return queryset.filter(**{f"{self.field_name}__in": values})

    def known_values(self, locale_id):
        return {str(value): str(label) for value, label in self.choices}


def theme_facet():
    from website.taxonomy.models import Theme

    return TaxonomyFacet(param="theme", label=_("Theme"), field_name="themes", model=Theme)


def audience_facet():
    from website.taxonomy.models import Audience

    return TaxonomyFacet(param="audience", label=_("Audience"), field_name="audiences", model=Audience)


def region_facet():
    from website.taxonomy.models import Region

    return TaxonomyFacet(param="region", label=_("Region"), field_name="regions", model=Region)


def sector_facet(field_name="sectors"):
    """Sector of a toolkit (many) or a practice (one): pass the field's name on that model."""
    from website.taxonomy.models import Sector

    return TaxonomyFacet(param="sector", label=_("Sector"), field_name=field_name, model=Sector)


def year_facet(date_field="first_published_at"):
    return YearFacet(param="year", label=_("Year"), date_field=date_field)


TOTAL = "__total__"  # not a valid GET parameter name of any facet

SORTS = {"newest": _("Newest first"), "az": _("A to Z")}


class FacetedListing:
    """Everything a listing template needs, computed from a base queryset and the request.

    ``queryset``: the pages to list (already limited to live, public pages of one locale);
    ``newest_field``: what "newest first" sorts on (a field name or a list of them); ``card_queryset``: a function that adds the
    select/prefetch a card needs to the page of results.
    """

    #: The order without a ``sort`` parameter (left out of the listing's URLs).
    default_sort = "newest"

    def __init__(
        self,
        request,
        queryset,
        facets,
        *,
        locale_id,
        newest_field="-first_published_at",
        per_page=12,
        card_queryset=None,
        cache_key=None,
        prepare=None,
    ):
        self.request = request
        self.facets = facets
        self.locale_id = locale_id
        self.base = queryset
        self.params = request.GET
        self.sort = self.params.get("sort") if self.params.get("sort") in SORTS else self.default_sort
        # ``newest_field`` may be a list, e.g. current campaigns first, then by start date.
        newest = [newest_field] if isinstance(newest_field, str) else list(newest_field)
        self.ordering = [*newest, "pk"] if self.sort == "newest" else ["title", "pk"]
        self.per_page = per_page
        self._card_queryset = card_queryset
        # With a cache key (the listing page's id, say), counts and each page of results are
        # cached under the content version: they only change when something is published.
        # ``prepare(rows)`` readies the cached rows (e.g. makes image renditions) before storing.
        self._cache_key = cache_key
        self._prepare = prepare

        self.known = {facet.param: facet.known_values(locale_id) for facet in facets}
        self.selected = {
            facet.param: facet.clean(self.params.getlist(facet.param), self.known[facet.param]) for facet in facets
        }
        raw_counts = self._cached("counts", self._count_all_with_total)
        raw_counts, self._total = raw_counts["counts"], raw_counts["total"]
        for facet in facets:
            if isinstance(facet, YearFacet):
                years = set(raw_counts.get(facet.param, {})) | set(self.selected[facet.param])
                self.known[facet.param] = {year: year for year in sorted(years, reverse=True)}
        self.groups = [
            {
                "facet": facet,
                "options": [
                    Option(
                        value,
                        label,
                        raw_counts.get(facet.param, {}).get(value, 0),
                        value in self.selected[facet.param],
                        listing=self,
                        param=facet.param,
                    )
                    for value, label in self.known[facet.param].items()
                ],
            }
            for facet in facets
        ]
        self.page = self._paginate()

    # -- filtering and counting
    def filtered(self, *, except_param=None):
        queryset = self.base
        for facet in self.facets:
            values = self.selected.get(facet.param)
            if values and facet.param != except_param:
                queryset = facet.filter(queryset, values)
        return queryset

    def _selection_key(self, *extra) -> str:
        import hashlib

        parts = [f"{param}={','.join(sorted(values))}" for param, values in sorted(self.selected.items())]
        raw = "&".join(parts + [str(item) for item in extra])
        return hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()

    def _cached(self, what, builder, *extra):
        if self._cache_key is None:
            return builder()
        from website.caching.content_cache import cached

        return cached(f"listing:{self._cache_key}:{self.locale_id}:{what}:{self._selection_key(*extra)}", builder)

    def _count_all_with_total(self) -> dict:
        counts = self._count_all()
        return {"counts": counts, "total": self._total}

    def _count_all(self) -> dict[str, dict[str, int]]:
        parts = []
        for facet in self.facets:
            part = (
                self.filtered(except_param=facet.param)
                .order_by()
                .annotate(
                    facet_param=Value(facet.param, output_field=CharField()), facet_value=facet.count_expression()
                )
                .values("facet_param", "facet_value")
                .annotate(hits=Count("pk", distinct=True))
                .values_list("facet_param", "facet_value", "hits")
            )
            parts.append(part)
        # The number of results with every filter applied rides along in the same query, so the
        # paginator needs no COUNT of its own.
        parts.append(
            self.filtered()
            .order_by()
            .annotate(
                facet_param=Value(TOTAL, output_field=CharField()), facet_value=Value("", output_field=CharField())
            )
            .values("facet_param", "facet_value")
            .annotate(hits=Count("pk", distinct=True))
            .values_list("facet_param", "facet_value", "hits")
        )
        rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        counts: dict[str, dict[str, int]] = {}
        self._total = 0
        by_param = {facet.param: facet for facet in self.facets}
        for param, raw, hits in rows:
            if param == TOTAL:
                self._total = hits
                continue
            value = by_param[param].value_of(raw) if raw is not None else None
            if value is not None:
                facet_counts = counts.setdefault(param, {})
                facet_counts[value] = facet_counts.get(value, 0) + hits
        return counts

    # -- results
    def _paginate(self):
        results = self.filtered().distinct().order_by(*self.ordering)
        if self._card_queryset is not None:
            results = self._card_queryset(results)
        paginator = Paginator(results, self.per_page)
        paginator.count = self._total  # counted with the facets (cached_property, so settable)
        try:
            number = paginator.validate_number(parse_page(self.params.get("page", "1")) or 1)
        except PageNotAnInteger:
            number = 1
        except EmptyPage:
            number = paginator.num_pages
        page = paginator.page(number)
        if self._cache_key is not None:

            def rows():
                objects = list(page.object_list)
                if self._prepare is not None:
                    self._prepare(objects)
                return objects

            page.object_list = self._cached("page", rows, self.sort, number, self.per_page)
        return page

    @property
    def total(self) -> int:
        return self.page.paginator.count

    @property
    def is_filtered(self) -> bool:
        return any(self.selected.values())

    @property
    def selected_count(self) -> int:
        """How many filter values are ticked: the "Filters (3)" of the panel's summary."""
        return sum(len(values) for values in self.selected.values())

    @property
    def clear_url(self) -> str:
        """This listing without any filter (the sort order stays)."""
        return f"?{self.querystring(**{facet.param: None for facet in self.facets})}"

    @property
    def active_filters(self) -> list[dict]:
        """Selected values with a link that removes just that one (for the 'active filters' list)."""
        active = []
        for group in self.groups:
            param = group["facet"].param
            for option in group["options"]:
                if option.selected:
                    active.append(
                        {
                            "label": option.label,
                            "facet": group["facet"].label,
                            "remove_url": self.url_without(param, option.value),
                        }
                    )
        return active

    def kept_params(self) -> dict[str, str]:
        """Parameters every URL of this listing keeps, filters or not (the search's ``q``)."""
        return {}

    def querystring(self, **overrides) -> str:
        query = QueryDict(mutable=True)
        query.update(self.kept_params())
        for facet in self.facets:
            query.setlist(facet.param, self.selected[facet.param])
        if self.sort != self.default_sort:
            query["sort"] = self.sort
        for key, value in overrides.items():
            if value is None:
                query.pop(key, None)
            else:
                query[key] = value
        return query.urlencode()

    def url_without(self, param, value) -> str:
        query = QueryDict(self.querystring(), mutable=True)
        query.setlist(param, [v for v in query.getlist(param) if v != value])
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    def page_url(self, number) -> str:
        return f"?{self.querystring(page=str(number))}"

    @property
    def sorts(self) -> list[tuple[str, str]]:
        return list(SORTS.items())

    @property
    def pagination(self) -> dict:
        """Previous/next links and a window of page numbers (with gaps as ``None``)."""
        page, last = self.page.number, self.page.paginator.num_pages
        shown = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
        numbers, previous = [], 0
        for number in shown:
            if number - previous > 1:
                numbers.append(None)
            numbers.append({"number": number, "url": self.page_url(number), "current": number == page})
            previous = number
        return {
            "previous": self.page_url(page - 1) if self.page.has_previous() else None,
            "next": self.page_url(page + 1) if self.page.has_next() else None,
            "numbers": numbers,
        }
