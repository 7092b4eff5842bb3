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
from django.db.models.lookups import Lookup
from django.db.models.sql.where import WhereNode
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

DEFAULT_CONFIGS = {"nl": "levl_dutch", "fr": "levl_french", "en": "levl_english"}
DEFAULT_CONFIG = "levl_simple"


def locale_languages() -> dict:
    """``{locale_id: language_code}``; one small query, asked once per indexing batch or query."""
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("id", "language_code"))


class _ConfigView:
    """What ObjectIndexer reads from the backend, with the configuration of one language."""

    def __init__(self, config, autocomplete_config):
        self.config = config
        self.autocomplete_config = autocomplete_config


class LocalisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # Group the batch by language and let the stock code build the vectors with that config.
        languages = locale_languages() if hasattr(model, "locale_id") else {}
        groups = defaultdict(list)
        for obj in objs:
            groups[self.backend.config_for_language(languages.get(getattr(obj, "locale_id", None)))].append(obj)
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
            language = locale_languages().get(next(iter(locale_ids)))
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


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocalisedSearchQueryCompiler
    index_class = LocalisedPostgresIndex

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
