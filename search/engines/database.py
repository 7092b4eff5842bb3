"""The database engine: Wagtail's index in PostgreSQL (per-language text-search configurations,
``search/backends.py``) or SQLite FTS5, with the one-statement results page of ``listing.py``."""

from ..listing import search_listing
from ..query import autocomplete
from ..results import build_results
from .base import SearchEngine, SearchPage


class DatabaseEngine(SearchEngine):
    name = "database"

    def results(self, request, query, locale):
        from website.pages.facets import theme_facet

        listing = search_listing(request, query, locale_id=locale.id)
        page = listing.page
        results = build_results(
            request,
            page.object_list,
            query,
            locale.id,
            locale.language_code,
            theme_ids=listing.shown_term_ids(theme_facet().param),
        )
        return SearchPage(listing=listing, results=results)

    def suggest(self, query, locale_id, limit=8):
        return autocomplete(query, locale_id, limit=limit)

    def health(self):
        from django.db import connection

        return {"engine": f"database ({connection.vendor})", "status": "ok"}
