"""A readability score per language: Flesch–Douma (nl), Kandel–Moles (fr), Flesch reading ease (en).

The three are the same formula, ``base - a × words per sentence - b × syllables per word``, with
each adaptation's published constants. The hard part, counting syllables, comes from pyphen's
hyphenation dictionaries (the LibreOffice ones) for each language.

Why not textstat, which wraps exactly these: its releases since 0.7.8 install a top-level
``tests`` package into site-packages (it shadows this project's ``tests/``), and for English it
downloads NLTK's CMU dictionary from the internet on first use (the site makes no outbound
requests); the one release without either (0.7.4) imports ``pkg_resources``, which setuptools
is removing. Nothing here keeps the text: no cache, no log.
"""

import re
from dataclasses import dataclass

import pyphen
from django.utils.translation import gettext_lazy as _

# base, per word-per-sentence, per syllable-per-word
CONSTANTS = {
    "nl": (206.835, 0.93, 77.0),  # Douma (1960)
    "fr": (207.0, 1.015, 73.6),  # Kandel & Moles (1958)
    "en": (206.835, 1.015, 84.6),  # Flesch (1948)
}
FORMULAS = {"nl": _("Flesch–Douma"), "fr": _("Kandel–Moles"), "en": _("Flesch reading ease")}
DICTIONARIES = {"nl": "nl_NL", "fr": "fr_FR", "en": "en_US"}
BANDS = [
    (80, _("easy")),
    (60, _("fairly easy")),
    (50, _("fairly difficult")),
    (30, _("difficult")),
    (float("-inf"), _("very difficult")),
]
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n\s*\n")
_hyphenators: dict[str, pyphen.Pyphen] = {}


@dataclass(frozen=True)
class Score:
    language: str
    score: float
    words: int
    sentences: int

    @property
    def formula(self) -> str:
        return str(FORMULAS[self.language])

    @property
    def band(self) -> str:
        return str(next(label for floor, label in BANDS if self.score >= floor))


def syllables(word: str, language: str) -> int:
    """Syllables of one word: pyphen's hyphenation points + 1 (textstat's count without its
    English pronunciation dictionary)."""
    hyphenator = _hyphenators.get(language)
    if hyphenator is None:
        hyphenator = _hyphenators[language] = pyphen.Pyphen(lang=DICTIONARIES[language])
    return len(hyphenator.positions(word.lower())) + 1


def score(text: str, language: str) -> Score | None:
    """The score of ``text`` in ``language``, or None when there are too few words to judge."""
    if language not in CONSTANTS:
        return None
    words = WORD.findall(text)
    if len(words) < 10:
        return None
    sentences = max(1, len([part for part in SENTENCE_END.split(text) if WORD.search(part)]))
    base, per_sentence_length, per_syllable = CONSTANTS[language]
    syllable_count = sum(syllables(word, language) for word in words)
    value = base - per_sentence_length * len(words) / sentences - per_syllable * syllable_count / len(words)
    return Score(language, round(value, 1), len(words), sentences)
