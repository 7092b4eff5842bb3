"""Turning what a visitor typed into one search over every public page type, in their language.

One query over ``BasePage`` (the concrete base of every public page type) through Wagtail's
search API, limited to live, public pages of the visitor's locale. Nothing here knows the
page types: a new content family is searched as soon as its pages subclass BasePage.
"""

import hashlib
import re
import unicodedata

from django.db import connection
from django.db.models import Q
from wagtail.search.utils import parse_query_string

from website.caching.content_cache import public
from website.models import BasePage
from website.pages import visibility

MAX_QUERY_LENGTH = 200
# Characters with a meaning in PostgreSQL's tsquery syntax or no meaning in words at all.
# Characters a query language would read as operators; a visitor's text never carries any.
OPERATORS = re.compile(r"[&|!():*<>\\{}\[\]^~@#$%=+;,?/`]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_query(raw) -> str:
    """The query as we search and log it: capped, control characters and operators dropped.

    The cap comes first, so a 10,000-character query costs no more than a short one.
    """
    if not isinstance(raw, str):
        return ""
    text = _CONTROL.sub(" ", raw[: MAX_QUERY_LENGTH * 2])
    text = unicodedata.normalize("NFC", text)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        cut = text[:MAX_QUERY_LENGTH]
        # Do not search for half a word.
        text = cut.rsplit(" ", 1)[0] if text[MAX_QUERY_LENGTH] != " " and " " in cut else cut
    return text.strip()


def suggestion_text(query: str) -> str:
    """What was typed, as plain words for a prefix match (suggestions): no operators, no quotes."""
    return " ".join(OPERATORS.sub(" ", query).replace('"', " ").replace(":", " ").split())


def engine_query(query: str):
    """Wagtail query object: words are AND-ed, "quoted words" are a phrase; None when nothing is left."""
    text = OPERATORS.sub(" ", query)
    # A lone hyphen or quote is not a word.
    text = " ".join(word for word in text.split() if word.strip("-'\""))
    if not text.strip("\"' "):
        return None
    # Our queries never carry filters: "live:false" is two words, not a filter on live.
    text = text.replace(":", " ")
    _filters, parsed = parse_query_string(text, operator="and")
    return parsed


def findable(pages, locale_id: int):
    """Live pages of one locale; not the home pages (they are the way in). Privacy is added by
    ``visible()`` or ``base_queryset()``, and by ``PageColumns.visible_by_id`` in raw SQL."""
    return pages.live().filter(locale_id=locale_id, depth__gt=2)


def visible(pages, locale_id: int):
    """Live, public pages of one locale; not the home pages."""
    return public(findable(pages, locale_id))


def base_queryset(locale_id: int):
    """What a visitor can find, as a queryset Wagtail's search accepts: the visible pages of
    every page type (their common base)."""
    return visibility.public_to_search(findable(BasePage.objects, locale_id))


def ranked_sql(results, locale_id: int, best=None):
    """The backend's SQL of every match with its score (see ``backends.ranked_sql``), or None.
    ``best=n``: only the best n, best first.

    The matches are joined to the visible pages on Wagtail's page table alone: the index entries
    are already limited to BasePage types, so the join to BasePage's own table adds nothing but
    work (about 30 ms at 50,000 pages).
    """
    if not hasattr(results, "ranked_sql"):
        return None
    from wagtail.models import Page

    return results.ranked_sql(within=visible(Page.objects, locale_id), best=best)


def search(query: str, queryset):
    """Relevance-ordered search results (lazy; slice or paginate them)."""
    parsed = engine_query(query)
    if parsed is None:
        return queryset.none().search("")
    return queryset.search(parsed, operator="and")


MAX_MATCHES = 5000


def ranked_matches(results) -> tuple[list[int], dict[int, str]]:
    """The matched pages in relevance order (the best ``MAX_MATCHES``), in ONE query: their ids,
    and ``{id: page type (model name)}``.

    Counting, facets, filtering and every page of results are served from this, so the
    full-text match runs once per results page instead of once for the count, once for the
    facets and once for the page shown. The database backends expose the ranked queryset, of
    which only two columns are fetched; other backends (Elasticsearch) return ranked hits.
    """
    from django.contrib.contenttypes.models import ContentType

    rows = None
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is not None:
        try:
            rows = list(get_queryset().values_list("pk", "content_type_id")[:MAX_MATCHES])
        except (AttributeError, TypeError):
            rows = None
    if rows is None:
        rows = [(page.pk, page.content_type_id) for page in results[:MAX_MATCHES]]
    models = {ct: ContentType.objects.get_for_id(ct).model for ct in {ct for _pk, ct in rows}}
    return [pk for pk, _ct in rows], {pk: models[ct] for pk, ct in rows}


SUGGESTION_FIELDS = ("title", "url_path", "content_type_id")


class PageColumns:
    """Just these fields of Wagtail's page table (alias ``p``) in raw SQL, and the rows as Pages.

    For a handful of pages whose ids a search statement returned: a select of a few columns and
    ``Model.from_db()`` cost a fraction of a queryset's compiling and full model rows.
    """

    def __init__(self, *names):
        from wagtail.models import Page

        self.model = Page
        wanted = {"id", *names}
        # In the model's field order, as Model.from_db() expects them.
        self.fields = [field for field in Page._meta.concrete_fields if wanted & {field.name, field.attname}]
        self.sql = ", ".join(f'p."{field.column}"' for field in self.fields)
        self.table = Page._meta.db_table

    def pages(self, rows) -> list:
        names = [field.attname for field in self.fields]
        return [self.model.from_db(connection.alias, names, row) for row in rows]

    def by_id(self, ids) -> dict:
        """``{id: page}`` for these ids, in one query."""
        if not ids:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT {self.sql} FROM "{self.table}" p WHERE p.id = ANY(%s)', [list(ids)])
            return {page.pk: page for page in self.pages(cursor.fetchall())}

    def visible_by_id(self, ids, locale_id: int) -> dict:
        """``{id: page}`` of those of these ids that are ``visible()`` now, in one query: what a
        search engine returned, checked by the database (it has the last word on who sees what).
        The same conditions as ``findable()`` and ``public()``, without compiling a queryset."""
        if not ids:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(
                f'SELECT {self.sql} FROM "{self.table}" p WHERE p.id = ANY(%s) AND p.live '
                f"AND p.locale_id = %s AND p.depth > 2 AND {visibility.public_page_sql('p')}",
                [list(ids), locale_id],
            )
            return {page.pk: page for page in self.pages(cursor.fetchall())}


def autocomplete(query: str, locale_id: int, limit: int = 8) -> list:
    """Visible pages whose title starts with (or has a word starting with) what was typed, best first.

    Only what a suggestion shows is loaded: its title, its URL and its page type. With the
    backend's SQL, the best ``limit`` matches come with those fields in one query (a second
    query by id would cost as much again as the suggestion itself for a short prefix).
    """
    text = suggestion_text(query)
    if len(text) < 2:
        return []
    pages = base_queryset(locale_id).only(*SUGGESTION_FIELDS)
    results = pages.autocomplete(text, operator="and")
    ranked = ranked_sql(results, locale_id, best=limit)
    if ranked is None:  # a backend without SQL: its own slice
        return list(results[:limit])
    sql, params = ranked
    columns = PageColumns(*SUGGESTION_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT {columns.sql} FROM ({sql}) AS best JOIN "{columns.table}" p ON p.id = best.pk '
            "ORDER BY best.score DESC, best.pk DESC",
            params,
        )
        return columns.pages(cursor.fetchall())


def promotions(query: str, locale_id: int) -> list:
    """Editors' promoted results for exactly this query (wagtail.contrib.search_promotions)."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    from website.caching.content_cache import cached
    from website.pages.visibility import restricted_page_q

    normalised = normalise_query_string(query)
    if not normalised:
        return []

    def build():
        rows = (
            SearchPromotion.objects.filter(query__query_string=normalised)
            .filter(Q(page__isnull=True) | Q(page__live=True, page__locale_id=locale_id))
            .exclude(restricted_page_q("page__path"))
            .select_related("page")
            .order_by("sort_order")
        )
        return list(rows)

    # Cached under the content version, which saving or deleting a promotion bumps (signals.py).
    key = hashlib.sha1(normalised.encode()).hexdigest()
    return cached(f"promotions:{locale_id}:{key}", build)
