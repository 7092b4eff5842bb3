"""Search results with facet counts, the total and one page of ids from ONE SQL statement.

On PostgreSQL the search backend hands over the SQL of every match with its score
(``ranked_sql()``, see ``backends.py``). This module wraps it in a statement that counts the
facets, counts the results and picks the page shown, all inside the database: Python receives a
few dozen rows whatever the number of matches, instead of every match and every taxonomy link
of every match (what the in-memory counting in ``listing.py`` does, for backends without SQL).
The counts are exact for any number of matches.

Disjunctive counts as everywhere else (``website.pages.facets``): a facet's counts apply every other
facet's selection, not its own. A selection is "the match has at least one of the chosen values",
one boolean per selected facet and match (``fN`` of ``matches``).
"""

from django.core.paginator import Paginator
from django.db import connection
from wagtail.models import Page

from website.models import BasePage
from website.pages.facets import TaxonomyFacet

TOTAL, PAGE, SHOWN = "__total__", "__page__", "__shown__"


def link_fields(facet: TaxonomyFacet):
    """``(link model, page field, term field)`` of a taxonomy facet's many-to-many link table."""
    field = BasePage._meta.get_field(facet.field_name)
    through = field.remote_field.through
    return (
        through,
        through._meta.get_field(field.m2m_field_name()),
        through._meta.get_field(field.m2m_reverse_field_name()),
    )


def order_keys(ordering: list[str] | None) -> list[tuple[str, bool]]:
    """``[(SQL expression, descending), ...]`` to order matches by: relevance for None, else
    Django ordering names of Page fields (on the page table, alias ``p``)."""
    if ordering is None:
        return [("r.score", True), ("r.pk", True)]
    keys = []
    for name in ordering:
        field = Page._meta.pk if name.lstrip("-") == "pk" else Page._meta.get_field(name.lstrip("-"))
        keys.append((f'p."{field.column}"', name.startswith("-")))
    return keys


def _terms_of(facet: TaxonomyFacet, alias: str) -> str:
    """SQL: a LATERAL lookup of the facet's term ids of page ``{alias}.pk`` through the link table's
    index (``OFFSET 0`` keeps PostgreSQL from hashing the whole link table instead: 24 ms at
    50,000 pages)."""
    through, page_field, term_field = link_fields(facet)
    return (
        f'CROSS JOIN LATERAL (SELECT "{term_field.column}"::bigint AS term FROM "{through._meta.db_table}" '
        f'WHERE "{page_field.column}" = {alias}.pk OFFSET 0) l'
    )


class RankedQuery:
    """Builds the statement; ``run()`` returns the counts by facet, the total, the page of ids and
    the taxonomy terms of the pages on it.

    Facets are numbered in the SQL (their position in ``facets``); a facet that is not a
    taxonomy is the page type, counted from the matches' content type ids.
    """

    def __init__(self, ranked_sql, ranked_params, facets, selected_ids):
        # selected_ids: {facet param: [term or content type ids]}; facets without a selection left out.
        self.facets = facets
        self.selected = [index for index, facet in enumerate(facets) if selected_ids.get(facet.param)]
        self.selected_ids = {index: [int(pk) for pk in selected_ids[facets[index].param]] for index in self.selected}
        self.ctes = [(f"ranked (pk, content_type_id, score) AS MATERIALIZED ({ranked_sql})", list(ranked_params))]
        self.matches = "ranked"
        if self.selected:
            self._passes()

    def _passes(self):
        """Each match with one boolean per selected facet (``fN``): it has one of the chosen values.

        Content types are on the match; taxonomy terms are an index lookup in the link table.
        """
        columns, params = [], []
        for index in self.selected:
            facet = self.facets[index]
            if isinstance(facet, TaxonomyFacet):
                through, page_field, term_field = link_fields(facet)
                columns.append(
                    f'EXISTS (SELECT 1 FROM "{through._meta.db_table}" WHERE "{page_field.column}" = r.pk '
                    f'AND "{term_field.column}" = ANY(%s::bigint[])) AS f{index}'
                )
            else:
                columns.append(f"r.content_type_id = ANY(%s::bigint[]) AS f{index}")
            params.append(self.selected_ids[index])
        self.ctes.append((f"matches AS MATERIALIZED (SELECT r.*, {', '.join(columns)} FROM ranked r)", params))
        self.matches = "matches"

    def _meets(self, alias: str, except_index=None) -> str:
        """SQL: the row ``alias`` meets every selection (but ``except_index``'s own)."""
        return " AND ".join(f"{alias}.f{index}" for index in self.selected if index != except_index) or "TRUE"

    def statement(self, ordering, offset: int, limit: int):
        # Disjunctive counts, one grouped pass per facet: its rows meet the OTHER selections.
        parts, params = [], []
        for index, facet in enumerate(self.facets):
            meets = self._meets("r", except_index=index)
            if isinstance(facet, TaxonomyFacet):
                value, lookup = "l.term", f" {_terms_of(facet, 'r')}"
            else:
                value, lookup = "r.content_type_id::bigint", ""
            parts.append(f"SELECT %s, {value}, count(*) FROM {self.matches} r{lookup} WHERE {meets} GROUP BY 2")
            params.append(str(index))  # text, like the total's and the page's markers in the result
        parts.append(f"SELECT %s, NULL::bigint, count(*) FROM {self.matches} r WHERE {self._meets('r')}")
        params.append(TOTAL)
        # The page shown: its order keys are kept as columns, so ORDER BY ... LIMIT is a top-N
        # pass over the matches and only the rows shown are numbered.
        keys = order_keys(ordering)
        join_page = "" if ordering is None else f' JOIN "{Page._meta.db_table}" p ON p.id = r.pk'
        columns = ", ".join(f"{expression} AS k{number}" for number, (expression, _desc) in enumerate(keys))
        inner = ", ".join(f"{expression}{' DESC' if desc else ''}" for expression, desc in keys)
        outer = ", ".join(f"k{number}{' DESC' if desc else ''}" for number, (_expr, desc) in enumerate(keys))
        shown = (
            f"shown AS (SELECT r.pk, {columns} FROM {self.matches} r{join_page} "
            f"WHERE {self._meets('r')} ORDER BY {inner} LIMIT %s OFFSET %s)"
        )
        parts.append(f"SELECT %s, pk, row_number() OVER (ORDER BY {outer}) FROM shown")
        params.append(PAGE)
        # The taxonomy terms of the pages shown (their theme labels), by index lookups.
        for index, facet in enumerate(self.facets):
            if isinstance(facet, TaxonomyFacet):
                parts.append(f"SELECT %s, s.pk, l.term FROM shown s {_terms_of(facet, 's')}")
                params.append(f"{SHOWN}{index}")
        ctes = [*self.ctes, (shown, [limit, offset])]
        with_sql = ", ".join(sql for sql, _params in ctes)
        with_params = [param for _sql, cte_params in ctes for param in cte_params]
        return f"WITH {with_sql} {' UNION ALL '.join(parts)}", [*with_params, *params]

    def run(self, ordering, offset: int, limit: int):
        """``(counts by facet, total, page of ids, {facet param: {shown page id: [term ids]}})``."""
        sql, params = self.statement(ordering, offset, limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        counts, total, page, shown_terms = {}, 0, [], {}
        for facet, value, number in rows:
            if facet == TOTAL:
                total = number
            elif facet == PAGE:
                page.append((number, value))
            elif facet.startswith(SHOWN):
                param = self.facets[int(facet.removeprefix(SHOWN))].param
                shown_terms.setdefault(param, {}).setdefault(value, []).append(number)
            else:
                counts.setdefault(self.facets[int(facet)].param, {})[value] = number
        return counts, total, [pk for _position, pk in sorted(page)], shown_terms


def selected_ids(facets, selected) -> dict:
    """The chosen facet values as the ids the SQL compares (term ids, content type ids)."""
    return {facet.param: facet.ids_for(selected[facet.param]) for facet in facets if selected.get(facet.param)}


def values_of(facet, raw_counts: dict) -> dict:
    """Facet counts keyed by what URLs carry (slugs, model names) instead of ids."""
    counts = {}
    for raw, count in raw_counts.items():
        value = facet.value_of(raw)
        if value is not None:
            counts[value] = counts.get(value, 0) + count
    return counts


def page_of(total: int, requested, per_page: int):
    """A Paginator page over ``total`` results: ``page=abc`` is the first, past the end the last."""
    return Paginator(range(total), per_page).get_page(requested)
