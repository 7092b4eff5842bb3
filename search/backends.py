"""Wagtail's database search backend, with one PostgreSQL text-search configuration per language.

modelsearch's PostgreSQL backend stems every object with ONE configuration. Our pages exist in
Dutch, French and English, so each index entry is built with the configuration of the object's
own locale (``levl_dutch``, ``levl_french``, ``levl_english``: the language's stemmer behind
``unaccent``, created by migration 0001), and a query uses the configuration of the locale it is
filtered on. A query not limited to one locale (the admin's page search) matches in any of the
languages. Autocomplete uses ``levl_simple`` (no stemming, accents folded) for every language.

Everything else is the stock backend, so views only use Wagtail's backend-neutral API
(``queryset.search()`` / ``.autocomplete()``) and moving to Elasticsearch/OpenSearch is a change
of ``WAGTAILSEARCH_BACKENDS``. On SQLite (and MySQL) the stock backend for that database is used:
SQLite's FTS5 folds accents but does not stem.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import BigIntegerField, F
from django.db.models.functions import Cast
from django.db.models.lookups import Lookup
from django.db.models.sql.where import WhereNode
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

DEFAULT_CONFIGS = {"nl": "levl_dutch", "fr": "levl_french", "en": "levl_english"}
DEFAULT_CONFIG = "levl_simple"


def locale_languages() -> dict:
    """``{locale_id: language_code}``, cached under the content version (asked at every query)."""
    from wagtail.models import Locale

    from website.caching.content_cache import cached

    return cached("locale-languages", lambda: dict(Locale.objects.values_list("id", "language_code")))


def language_of(locale_id):
    languages = locale_languages()
    if locale_id not in languages:  # a locale added since the value was cached
        from wagtail.models import Locale

        languages = dict(Locale.objects.values_list("id", "language_code"))
    return languages.get(locale_id)


class _ConfigView:
    """What ObjectIndexer reads from the backend, with the configuration of one language."""

    def __init__(self, config, autocomplete_config):
        self.config = config
        self.autocomplete_config = autocomplete_config


class LocalisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # Group the batch by language and let the stock code build the vectors with that config.
        localised = hasattr(model, "locale_id")
        groups = defaultdict(list)
        for obj in objs:
            language = language_of(obj.locale_id) if localised else None
            groups[self.backend.config_for_language(language)].append(obj)
        backend = self.backend
        try:
            for config, group in groups.items():
                self.backend = _ConfigView(config, backend.autocomplete_config)
                super().add_items(model, group)
        finally:
            self.backend = backend


def _filtered_locale_ids(node) -> set:
    """Locale ids an AND-only where clause pins the queryset to (``locale=...`` / ``locale_id=...``)."""
    found = set()
    if isinstance(node, Lookup):
        target = getattr(node.lhs, "target", None)
        if target is not None and target.attname == "locale_id" and node.lookup_name == "exact":
            found.add(getattr(node.rhs, "pk", node.rhs))
    elif isinstance(node, WhereNode) and node.connector == "AND" and not node.negated:
        for child in node.children:
            found |= _filtered_locale_ids(child)
    return found


class LocalisedSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        locale_ids = _filtered_locale_ids(self.queryset.query.where)
        if len(locale_ids) == 1 and hasattr(self.queryset.model, "locale_id"):
            language = language_of(next(iter(locale_ids)))
            if language in backend.configs:
                return backend.configs[language]
        if hasattr(self.queryset.model, "locale_id"):
            # Any language: OR the query stemmed by each configuration.
            return tuple(dict.fromkeys(backend.configs.values()))
        return backend.config

    def build_tsquery(self, query, config=None):
        if isinstance(config, tuple):
            parts = [self.build_tsquery_content(query, config=one) for one in config]
            parts = [part for part in parts if part is not None]
            return reduce(or_, parts) if parts else None
        return super().build_tsquery(query, config=config)


ENTRY_RELATION = "index_entries__"


def _on_entries(expression):
    """The same expression, on the index entry table itself instead of through the model's relation."""
    if isinstance(expression, F) and expression.name.startswith(ENTRY_RELATION):
        return F(expression.name.removeprefix(ENTRY_RELATION))
    return expression


def _entries_for(compiler):
    """The index rows a query matches against, with the object's id as ``_pk_``.

    Page title suggestions read the narrow copies of the title vectors, limited to the locale the
    queryset is filtered on (``AutocompleteEntry``); everything else reads Wagtail's index.
    """
    from wagtail.models import Page

    model = compiler.queryset.model
    if isinstance(compiler, PostgresAutocompleteQueryCompiler) and issubclass(model, Page):
        from .models import AutocompleteEntry

        entries = AutocompleteEntry.objects.annotate(_pk_=F("page_id"))
        locale_ids = _filtered_locale_ids(compiler.queryset.query.where)
        return entries.filter(locale_id__in=locale_ids) if locale_ids else entries
    from modelsearch.conf import get_app_config

    IndexEntry = get_app_config().get_model("IndexEntry")
    return IndexEntry._default_manager.annotate(_pk_=Cast("object_id", BigIntegerField()))


class LocalisedSearchResults(PostgresSearchResults):
    def ranked_sql(self, within=None, best=None):
        """``(sql, params)`` of ``(pk, content_type_id, score)`` for EVERY match, in no order; or,
        with ``best=n``, the best n matches only, best first.

        ``within``: optionally the same pages as the searched queryset, as a queryset of a parent
        model (Wagtail's ``Page``), to join the matches to that table alone; the entries are
        limited to the searched model's types either way.

        The stock queryset joins every page the queryset allows (all of a locale's pages) to the
        wide index entries by a text id and ranks after that join; with thousands of matches that
        costs several times the match itself. Here the entries are matched and ranked on their own,
        as narrow rows, once (a MATERIALIZED CTE), then joined by integer id to the pages the
        queryset allows. Same tsquery, same rank expression, same configuration per locale: only
        the shape of the SQL differs. None for queries this shape does not cover.
        """
        compiler = self.query_compiler
        if isinstance(compiler.query, (MatchAll, Fuzzy)) or (
            isinstance(compiler.query, Not) and isinstance(compiler.query.subquery, MatchAll)
        ):
            return None
        config = compiler.get_config(self.backend)
        tsquery = compiler.build_tsquery(compiler.query, config=config)
        if tsquery is None:
            return None
        vectors = [(_on_entries(vector), _on_entries(boost)) for vector, boost in compiler.get_index_vectors(tsquery)]
        combined = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined = combined._combine(vector, "||", False)
        model = compiler.queryset.model
        entries = (
            _entries_for(compiler)
            .filter(content_type_id__in=get_descendants_content_types_pks(model))
            .annotate(_vector_=combined)
            .filter(_vector_=tsquery)
            .annotate(_score_=compiler._build_rank_expression(vectors, config))
            .values_list("_pk_", "_score_")
        )
        allowed = (compiler.queryset if within is None else within).order_by().values_list("pk", "content_type_id")
        entries_sql, entries_params = entries.query.sql_with_params()
        allowed_sql, allowed_params = allowed.query.sql_with_params()
        matched, limit = "matched", ()
        if best is not None:
            # Best first, then each checked against the allowed pages until enough pass: a few
            # index lookups instead of hashing every allowed page of the locale.
            matched, limit = "(SELECT pk, score FROM matched ORDER BY score DESC, pk DESC) AS matched", (best,)
        sql = (
            f"WITH matched (pk, score) AS MATERIALIZED ({entries_sql}) "
            f"SELECT allowed.pk, allowed.content_type_id, matched.score "
            f"FROM {matched} JOIN ({allowed_sql}) AS allowed (pk, content_type_id) ON allowed.pk = matched.pk"
        )
        if best is not None:
            sql += " ORDER BY matched.score DESC, matched.pk DESC LIMIT %s"
        return sql, (*entries_params, *allowed_params, *limit)


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocalisedSearchQueryCompiler
    index_class = LocalisedPostgresIndex
    results_class = LocalisedSearchResults

    def __init__(self, params):
        super().__init__(params)
        self.configs = params.get("SEARCH_CONFIGS", DEFAULT_CONFIGS)
        self.config = params.get("SEARCH_CONFIG") or DEFAULT_CONFIG
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", DEFAULT_CONFIG)

    def config_for_language(self, language_code):
        return self.configs.get(language_code, self.config)


def SearchBackend(params):
    if connection.vendor == "postgresql":
        return LocalisedPostgresSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as stock_backend

    stock_params = {key: value for key, value in params.items() if key not in {"SEARCH_CONFIGS", "SEARCH_CONFIG"}}
    return stock_backend(stock_params)
