"""A readability score per language, from textstat: Flesch–Douma (nl), Kandel–Moles (fr), Flesch (en).

textstat carries the three formulas' constants (its "nl" and "fr" Flesch variants are Douma's and
Kandel & Moles') and counts syllables with pyphen's hyphenation dictionaries. For English it
would first look words up in NLTK's CMU dictionary, which NLTK downloads from the internet on
first use: the site makes no outbound requests, so English syllables come from pyphen too (the
same fallback textstat uses for words the dictionary lacks), with textstat's English constants.

textstat caches results per text (``functools.lru_cache``); a visitor's text must not outlive
the request, so those caches are cleared after each score.
"""

import re
from dataclasses import dataclass

import pyphen
import textstat
from django.utils.translation import gettext_lazy as _
from textstat.backend.utils.constants import LANG_CONFIGS

FORMULAS = {"nl": _("Flesch–Douma"), "fr": _("Kandel–Moles"), "en": _("Flesch reading ease")}
# Bands of the Flesch scale, the same for the three adaptations.
BANDS = [
    (80, _("easy")),
    (60, _("fairly easy")),
    (50, _("fairly difficult")),
    (30, _("difficult")),
    (-10_000, _("very difficult")),
]
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_english = pyphen.Pyphen(lang="en_US")


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

    @property
    def hard(self) -> bool:
        return self.score < 50


def score(text: str, language: str) -> Score | None:
    """The score of ``text`` in ``language``, or None when there is too little text to judge."""
    if language not in FORMULAS:
        return None
    try:
        words = textstat.lexicon_count(text)
        sentences = max(1, textstat.sentence_count(text))
        if words < 10:
            return None
        if language == "en":
            value = _english_flesch(text, words, sentences)
        else:
            textstat.set_lang(language)
            value = textstat.flesch_reading_ease(text)
    finally:
        _forget()
    return Score(language, round(float(value), 1), words, sentences)


def _english_flesch(text: str, words: int, sentences: int) -> float:
    config = LANG_CONFIGS["en"]
    syllables = sum(len(_english.positions(word.lower())) + 1 for word in WORD.findall(text))
    return (
        config["fre_base"]
        - config["fre_sentence_length"] * (words / sentences)
        - config["fre_syll_per_word"] * (syllables / max(1, words))
    )


def _forget() -> None:
    """Empty textstat's per-text caches (functools' public ``cache_clear``)."""
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend.") and module is not None:
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()
