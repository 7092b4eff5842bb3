"""Find glossary terms in a text or an HTML fragment: whole words, inflections, compounds.

Each word of the text is looked up by its first letters among the entries' forms, then confirmed
with that entry's small expression, so a 5,000-word text is read once whatever the number of
entries (see ``bench/glossary.py``). Rules:

- a term matches as a whole word only: "neger" never inside "negeren", "allochtoon" never inside
  "autochtoon"; the listed forms (plurals, feminine forms) match the same way;
- with ``match_compounds`` a form may start a longer word, as Dutch writes compounds in one word:
  "allochtonenbeleid" is flagged for "allochtoon" (its form "allochtonen");
- case is ignored unless the entry says otherwise (abbreviations);
- a term inside a quotation marked as such is a mention, not a use, and is skipped: between
  quotation marks (" “ ” „ « » ‘ ’ and '…' as a quote, not an apostrophe), and in HTML inside
  ``<q>`` and ``<blockquote>``.

Pure functions on strings: nothing here stores or logs the text it is given.
"""

import html
import re
from dataclasses import dataclass, field

# Quotations on one line: a quote that runs past a line break is a stray mark, not a quotation.
QUOTATIONS = re.compile(
    r'"[^"\n]*"'
    r"|“[^”\n]*”"
    r"|„[^”“\n]*[”“]"
    r"|«[^»\n]*»"
    r"|‹[^›\n]*›"
    r"|(?<!\w)[‘'][^‘’'\n]*[’'](?!\w)"
)
SKIPPED_ELEMENTS = {"q", "blockquote", "script", "style", "textarea", "template", "head", "title", "code", "pre"}
INLINE_ELEMENTS = {"a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "i", "mark", "s", "small", "span",
                   "strong", "sub", "sup", "time", "u", "wbr", "del", "ins"}  # fmt: skip
WORD = re.compile(r"\w+")
KEY = 3  # letters of a word used to look up the entries that may start there
TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|<[^>]*>", re.S)


@dataclass(frozen=True)
class Term:
    """What the matcher needs of a glossary entry (plain data, cacheable)."""

    id: int
    term: str
    slug: str
    forms: tuple[str, ...] = ()
    pattern: str = ""
    match_compounds: bool = False
    case_sensitive: bool = False
    severity: str = "avoid"
    explanation: str = ""
    alternatives: tuple[str, ...] = ()
    source: str = ""
    source_url: str = ""

    @property
    def all_forms(self) -> list[str]:
        seen, result = set(), []
        for form in (self.term, *self.forms):
            key = form if self.case_sensitive else form.casefold()
            if form and key not in seen:
                seen.add(key)
                result.append(form)
        return result


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    term: Term


def _form_regex(form: str) -> str:
    # Spaces in a phrase match any run of white space (line breaks included).
    return r"\s+".join(re.escape(part) for part in form.split())


@dataclass
class Matcher:
    terms: list[Term]
    _index: dict = field(default_factory=dict, init=False, repr=False)
    _patterns: list = field(default_factory=list, init=False, repr=False)

    def __post_init__(self):
        # Candidates are looked up by the first KEY letters of each word (casefolded), then
        # confirmed with the entry's own small expression anchored at that word: a text is read
        # once, and a word costs a dictionary lookup, not one attempt per entry.
        for term in self.terms:
            forms = sorted(term.all_forms, key=len, reverse=True)
            if forms:
                suffix = r"\w*" if term.match_compounds else ""
                body = "|".join(_form_regex(form) + suffix for form in forms)
                flags = 0 if term.case_sensitive else re.IGNORECASE
                regex = re.compile(f"(?:{body})(?!\\w)", flags)
                for key in {form[:KEY].casefold() for form in forms}:
                    self._index.setdefault(key, []).append((regex, term))
            if term.pattern:
                flags = 0 if term.case_sensitive else re.IGNORECASE
                self._patterns.append((re.compile(f"(?<!\\w)(?:{term.pattern})(?!\\w)", flags), term))
        self._short = sorted({len(key) for key in self._index if len(key) < KEY})

    def find(self, text: str, skip_quotations: bool = True) -> list[Hit]:
        """Every use of a term in ``text``, in order, without overlaps."""
        hits = []
        index = self._index
        for word in WORD.finditer(text):
            start, lowered = word.start(), word.group().casefold()
            candidates = index.get(lowered[:KEY], [])
            for length in self._short:
                if len(lowered) >= length:
                    candidates = candidates + index.get(lowered[:length], [])
            best = None
            for regex, term in candidates:
                match = regex.match(text, start)
                if match and (best is None or match.end() > best.end):
                    best = Hit(start, match.end(), match.group(), term)
            if best:
                hits.append(best)
        for regex, term in self._patterns:
            hits.extend(Hit(m.start(), m.end(), m.group(), term) for m in regex.finditer(text))
        if skip_quotations and hits:
            quoted = [(m.start(), m.end()) for m in QUOTATIONS.finditer(text)]
            hits = [hit for hit in hits if not any(start <= hit.start < end for start, end in quoted)]
        hits.sort(key=lambda hit: (hit.start, -(hit.end - hit.start)))
        result, last_end = [], -1
        for hit in hits:
            if hit.start >= last_end:
                result.append(hit)
                last_end = hit.end
        return result

    def find_in_html(self, markup: str) -> list[Hit]:
        """Hits in the visible text of an HTML fragment, outside quotations and code."""
        text, _runs = html_text(markup)
        return self.find(text)

    def mark_html(self, markup: str, attributes) -> tuple[str, list[Hit]]:
        """``markup`` with each hit wrapped in ``<mark>``; ``attributes(hit)`` gives its attributes.

        Only text between tags is rewritten (re-escaped), so the markup's structure is unchanged;
        a term split by a tag (``allo<b>chtoon</b>``) is not marked.
        """
        text, runs = html_text(markup)
        hits = self.find(text)
        if not hits:
            return markup, []
        pieces, position, marked = [], 0, []
        index = 0
        for raw_start, raw_end, text_start, chunk in runs:
            chunk_hits = []
            while index < len(hits) and hits[index].start < text_start + len(chunk):
                hit = hits[index]
                if hit.start >= text_start and hit.end <= text_start + len(chunk):
                    chunk_hits.append(hit)
                index += 1
            if not chunk_hits:
                continue
            pieces.append(markup[position:raw_start])
            cursor = 0
            for hit in chunk_hits:
                local_start, local_end = hit.start - text_start, hit.end - text_start
                pieces.append(html.escape(chunk[cursor:local_start], quote=False))
                attrs = "".join(f' {name}="{html.escape(str(value))}"' for name, value in attributes(hit).items())
                pieces.append(f"<mark{attrs}>{html.escape(chunk[local_start:local_end], quote=False)}</mark>")
                cursor = local_end
                marked.append(hit)
            pieces.append(html.escape(chunk[cursor:], quote=False))
            position = raw_end
        pieces.append(markup[position:])
        return "".join(pieces), marked


def html_text(markup: str) -> tuple[str, list[tuple[int, int, int, str]]]:
    """The visible text of ``markup`` (outside skipped elements) and where each run of it came from:
    ``(start in markup, end in markup, start in text, unescaped run)``. Block-level tags become a
    line break, so words of two paragraphs never run together."""
    parts: list[str] = []
    runs = []
    length = 0
    skip_depth: dict[str, int] = {}
    position = 0

    def add_text(start, end):
        nonlocal length
        if start >= end or any(skip_depth.values()):
            return
        chunk = html.unescape(markup[start:end])
        runs.append((start, end, length, chunk))
        parts.append(chunk)
        length += len(chunk)

    for tag in TAG.finditer(markup):
        add_text(position, tag.start())
        position = tag.end()
        name = (tag.group(2) or "").lower()
        if name in SKIPPED_ELEMENTS and not tag.group(0).endswith("/>"):
            skip_depth[name] = max(0, skip_depth.get(name, 0) + (-1 if tag.group(1) else 1))
        if name not in INLINE_ELEMENTS:
            parts.append("\n")
            length += 1
    add_text(position, len(markup))
    return "".join(parts), runs
