"""Snippets with the matched words marked, safe against whatever HTML an editor's text holds.

PostgreSQL: ``ts_headline`` with the locale's configuration picks the best passage of each
result's indexed text and marks stemmed, accent-folded matches, for a whole results page in one
query. The markers are two characters removed from the text beforehand, and the output is
HTML-escaped BEFORE the markers become ``<mark>``: editor content can never inject markup.
Elsewhere (SQLite) a plain accent- and case-insensitive word-prefix match does the same job.
"""

import re
import unicodedata

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe

START, STOP = "\u27e6", "\u27e7"
SOURCE_CHARS = 20_000
SNIPPET_CHARS = 240
HEADLINE_OPTIONS = (
    f'StartSel={START}, StopSel={STOP}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'
)


def to_html(marked: str) -> str:
    return mark_safe(escape(marked).replace(START, "<mark>").replace(STOP, "</mark>"))


def fold(text: str) -> str:
    """Lowercase without accents, one character per input character (so offsets still match)."""
    return "".join((unicodedata.normalize("NFKD", char)[:1] or char).lower() for char in text)


def words(query: str) -> list[str]:
    return [word for word in re.split(r"[^\w]+", fold(query)) if len(word) > 1]


def python_snippet(text: str, query: str) -> str:
    text = " ".join((text or "").replace(START, "").replace(STOP, "").split())
    terms = words(query)
    folded = fold(text)
    pattern = re.compile(r"\b(" + "|".join(re.escape(term) for term in terms) + r")\w*") if terms else None
    first = pattern.search(folded) if pattern else None
    start = max(0, first.start() - SNIPPET_CHARS // 3) if first else 0
    if start:
        start = text.rfind(" ", 0, start) + 1
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + SNIPPET_CHARS // 2)
    piece, folded_piece = text[start:end], folded[start:end]
    marked, last = [], 0
    if pattern:
        for match in pattern.finditer(folded_piece):
            marked += [piece[last : match.start()], START, piece[match.start() : match.end()], STOP]
            last = match.end()
    marked.append(piece[last:])
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return to_html(prefix + "".join(marked) + suffix)


def snippets(pages, query: str, config: str | None) -> dict:
    """``{page_id: safe HTML snippet}`` for the given pages (one query on PostgreSQL)."""
    ids = [page.pk for page in pages]
    if not ids:
        return {}
    if connection.vendor == "postgresql" and config:
        from modelsearch.conf import get_app_config

        IndexEntry = get_app_config().get_model("IndexEntry")

        plain = " ".join(re.split(r"[^\w'-]+", query)).strip()
        sql = f"""
            SELECT object_id,
                   ts_headline(%s::regconfig,
                               translate(left(body_text, {SOURCE_CHARS}), %s, ''),
                               plainto_tsquery(%s::regconfig, %s), %s)
              FROM {IndexEntry._meta.db_table}
             WHERE object_id = ANY(%s) AND content_type_id = ANY(%s)
        """
        content_types = sorted({page.content_type_id for page in pages})
        with connection.cursor() as cursor:
            cursor.execute(
                sql, [config, START + STOP, config, plain, HEADLINE_OPTIONS, [str(pk) for pk in ids], content_types]
            )
            return {int(object_id): to_html(headline) for object_id, headline in cursor.fetchall()}
    return {
        page.pk: python_snippet(" ".join(filter(None, [page.intro, page.search_description])), query) for page in pages
    }
