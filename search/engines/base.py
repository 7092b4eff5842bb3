"""What a search engine must answer for the public site, and nothing more.

The results page needs, for one query in one language with the visitor's filters: the facet
counts, the total, the page of ranked results with highlighted snippets and the linked documents
whose text matched; the suggestion box needs the best title matches for a prefix. Promoted results
are editors' rows in the database, the same whatever the engine. Keeping an engine's index in step
(``index_pages``/``remove_pages``/``rebuild``) is part of the contract too: the database engine's
is Wagtail's own index, kept by Wagtail's signals, so those are no-ops there.
"""

from dataclasses import dataclass


class EngineUnavailable(Exception):
    """The engine did not answer (down, unreachable, timed out): callers fall back or retry."""


@dataclass
class SearchPage:
    """One rendered results page's data: a ``SearchListing`` (facets, total, paginator page) and
    its ``results.Result`` rows, best first."""

    listing: object
    results: list


class SearchEngine:
    name = "engine"
    # Whether the engine keeps an index of its own that publishing must update.
    has_own_index = False

    def results(self, request, query: str, locale) -> SearchPage:
        raise NotImplementedError

    def suggest(self, query: str, locale_id: int, limit: int = 8) -> list:
        """Pages (title, url_path, content_type_id loaded) whose title words start with ``query``."""
        raise NotImplementedError

    def index_pages(self, page_ids) -> int:
        """Bring these pages' entries up to date (indexed if visible, removed if not)."""
        return 0

    def remove_pages(self, page_ids) -> int:
        return 0

    def rebuild(self, stdout=None) -> int:
        return 0

    def health(self) -> dict:
        return {"engine": self.name, "status": "ok"}
