"""The search engine behind the results page and suggestions, chosen by ``settings.SEARCH_URL``.

Unset: the database engine (PostgreSQL full-text, or SQLite FTS5 on ``make run``'s embedded
default). Set: OpenSearch at that address. Views ask ``get_engine()`` and never look at the
database vendor or the engine's class; see ``base.SearchEngine`` for what an engine answers.
"""

from functools import lru_cache

from django.conf import settings

from .base import EngineUnavailable, SearchEngine, SearchPage  # noqa: F401 - the package's API


@lru_cache(maxsize=4)
def _engine_for(url: str) -> SearchEngine:
    if not url:
        from .database import DatabaseEngine

        return DatabaseEngine()
    from .opensearch import OpenSearchEngine

    return OpenSearchEngine(url)


def get_engine() -> SearchEngine:
    return _engine_for(settings.SEARCH_URL or "")


def fallback_engine() -> SearchEngine:
    """What answers while the configured engine is unreachable: the database, whose index Wagtail
    keeps up to date whatever the engine (the admin searches it)."""
    return _engine_for("")
