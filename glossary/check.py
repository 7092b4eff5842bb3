"""One text checked against the glossary of one language: hits, advice and readability.

Shared by the public checker form and the public API. The text is only ever held in local
variables: it is never saved, cached, put in a log message or an exception, and textstat's
per-text caches are emptied after scoring (``readability``).
"""

import html
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from . import lookup, readability
from .matcher import Hit, Term

MAX_CHARS = 20_000  # about 3,000 words: an article, not a book


class InvalidText(ValueError):
    """Why a text cannot be checked (a translated message, never the text itself)."""


@dataclass
class Result:
    language: str
    hits: list[Hit]
    readability: readability.Score | None

    @property
    def terms(self) -> list[tuple[Term, int]]:
        """Each term found, with how often, in order of first use."""
        counts: dict[int, list] = {}
        for hit in self.hits:
            counts.setdefault(hit.term.id, [hit.term, 0])[1] += 1
        return [(term, count) for term, count in counts.values()]


def validate(text) -> str:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InvalidText(_("This is not text: paste words, not a file.")) from error
    if not isinstance(text, str) or not text.strip():
        raise InvalidText(_("Paste a text to check."))
    if len(text) > MAX_CHARS:
        raise InvalidText(
            _("This text is too long: at most %(max)s characters, yours has %(count)s.")
            % {
                "max": number_format(MAX_CHARS, force_grouping=True),
                "count": number_format(len(text), force_grouping=True),
            }
        )
    if any(ord(char) < 32 and char not in "\n\r\t" for char in text) or "\ufffd" in text:
        raise InvalidText(_("This is not text: paste words, not a file."))
    return text


def check(text, language: str) -> Result:
    text = validate(text)
    return Result(language, lookup.matcher(language).find(text), readability.score(text, language))


def highlighted(text: str, result: Result, anchor) -> SafeString:
    """The text, escaped, with each hit in a ``<mark>`` linking to its entry (``anchor(term)``)."""
    pieces, cursor = [], 0
    for hit in result.hits:
        pieces.append(html.escape(text[cursor : hit.start]))
        pieces.append(
            f'<mark class="glossary-hit glossary-hit--{hit.term.severity}">'
            f'<a href="{html.escape(anchor(hit.term))}">{html.escape(hit.text)}</a></mark>'
        )
        cursor = hit.end
    pieces.append(html.escape(text[cursor:]))
    return mark_safe("".join(pieces))
