"""What an editor or journalist would notice: the right words flagged, and nothing else."""

import pytest

from glossary.matcher import Matcher, Term

NL = Matcher(
    [
        Term(1, "allochtoon", "allochtoon", ("allochtonen", "allochtone"), match_compounds=True),
        Term(2, "neger", "neger", ("negers",)),
        Term(3, "illegaal", "illegaal", ("illegalen",), severity="context"),
        Term(4, "illegale vreemdeling", "illegale-vreemdeling", ("illegale vreemdelingen",)),
        Term(5, "ras", "ras", ("rassen",)),
    ]
)
FR = Matcher([Term(10, "clandestin", "clandestin", ("clandestins", "clandestine", "clandestines"))])
EN = Matcher(
    [
        Term(20, "illegal immigrant", "illegal-immigrant", ("illegal immigrants",)),
        Term(21, "swarm", "swarm", ("swarms",)),
        Term(22, "BAME", "bame", case_sensitive=True),
    ]
)


def found(matcher, text):
    return [(hit.text, hit.term.slug) for hit in matcher.find(text)]


def test_dutch_plural_inflection_and_compound():
    text = "Allochtonen en een allochtone vrouw; het allochtonenbeleid en de allochtoonvriendelijke school."
    assert found(NL, text) == [
        ("Allochtonen", "allochtoon"),
        ("allochtone", "allochtoon"),
        ("allochtonenbeleid", "allochtoon"),
        ("allochtoonvriendelijke", "allochtoon"),
    ]


def test_never_inside_an_unrelated_word():
    assert found(NL, "Wie signalen negeert, negeren we niet. Het terras is vol, de rasp ligt klaar.") == []
    assert found(NL, "Een autochtone inwoner.") == []  # "allochtoon" is not in "autochtone"
    assert found(FR, "La clandestinité du réseau.") == []
    assert found(EN, "Swarming is not swarms.") == [("swarms", "swarm")]


def test_without_compounds_a_longer_word_is_not_flagged():
    assert found(NL, "De negerzoen heet nu anders, maar negers blijft kwetsend.") == [("negers", "neger")]


def test_case_is_ignored_unless_the_entry_says_so():
    assert found(FR, "CLANDESTINS et Clandestine") == [("CLANDESTINS", "clandestin"), ("Clandestine", "clandestin")]
    assert found(EN, "BAME groups, not bame or Bame") == [("BAME", "bame")]


def test_phrases_win_over_their_parts_and_span_line_breaks():
    assert found(NL, "Twee illegale\nvreemdelingen en illegalen.") == [
        ("illegale\nvreemdelingen", "illegale-vreemdeling"),
        ("illegalen", "illegaal"),
    ]
    assert found(EN, "An illegal immigrant, two illegal immigrants.") == [
        ("illegal immigrant", "illegal-immigrant"),
        ("illegal immigrants", "illegal-immigrant"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Het woord "allochtoon" schrappen we.',
        "Het woord “allochtoon” schrappen we.",
        "Het woord „allochtoon” schrappen we.",
        "Het woord 'allochtoon' schrappen we.",
        "Het woord ‘allochtoon’ schrappen we.",
        "Le mot « allochtoon » est à éviter.",
    ],
)
def test_quotations_are_mentions_not_uses(text):
    assert found(NL, text) == []


def test_apostrophes_are_not_quotations():
    # The apostrophes of "baby's" and "auto's" open no quotation: the term between them counts.
    assert found(NL, "De baby's van allochtonen en hun auto's.") == [("allochtonen", "allochtoon")]


def test_html_quotations_and_code_are_skipped_but_paragraphs_are_not_glued():
    markup = (
        "<p>Over <q>allochtonen</q> en</p><blockquote><p>negers</p></blockquote>"
        "<p>allochtoon</p><p>en <strong>illegalen</strong></p><script>var x = 'neger';</script>"
    )
    assert [(hit.text, hit.term.slug) for hit in NL.find_in_html(markup)] == [
        ("allochtoon", "allochtoon"),
        ("illegalen", "illegaal"),
    ]


def test_mark_html_wraps_hits_and_keeps_the_markup():
    markup = "<p class='x'>Tom &amp; de allochtonen</p><q>negers</q>"
    marked, hits = NL.mark_html(markup, lambda hit: {"data-glossary-term": hit.term.slug})
    assert (
        marked
        == "<p class='x'>Tom &amp; de <mark data-glossary-term=\"allochtoon\">allochtonen</mark></p><q>negers</q>"
    )
    assert len(hits) == 1


def test_entries_of_one_language_do_not_match_in_another():
    assert found(FR, "Les allochtonen.") == []
    assert found(NL, "Les clandestins.") == []
