"""Benchmark the inclusive-language check: a 5,000-word text against 200 glossary entries.

    python bench/glossary.py [--words 5000] [--entries 200] [--repeat 20]

No database and no server: the matcher and the readability score are pure functions of the
text and the entries, so the script builds 200 entries shaped like the real ones (a term, two
to four inflections, one in five matching compounds, a few phrases and a few case-sensitive
abbreviations) and a Dutch text of the given length in which about 1 word in 50 is a term,
some inside quotations. It prints, in ms (median and p95 over ``--repeat`` runs): building
the compiled matcher (done once per language and content version), finding the hits in the
plain text (the public checker and the API), in the same text as HTML (the preview marks and
the editors' report), and the Flesch–Douma score. Prints figures, asserts nothing.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.project.settings.dev")

import django

django.setup()

from glossary import readability  # noqa: E402
from glossary.matcher import Matcher, Term  # noqa: E402

FILLER = (
    "de gemeente zoekt samen met de buurt naar betaalbare woningen voor gezinnen en jongeren in de stad "
    "terwijl scholen werkgevers en verenigingen elk hun deel doen om iedereen gelijke kansen te geven"
).split()


def entries(count: int, rng: random.Random) -> list[Term]:
    terms = []
    for index in range(count):
        stem = "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(3, 5)))
        forms = (stem + "en", stem + "e", stem + "s")[: rng.randint(2, 3)]
        if index % 25 == 0:
            stem = f"{stem} {FILLER[index % len(FILLER)]}"  # a phrase
        terms.append(
            Term(
                id=index,
                term=stem.upper()[:4] if index % 40 == 0 else stem,
                slug=f"t{index}",
                forms=() if index % 40 == 0 else forms,
                match_compounds=index % 5 == 0,
                case_sensitive=index % 40 == 0,
            )
        )
    return terms


def text(words: int, terms: list[Term], rng: random.Random) -> str:
    out, sentence = [], []
    for position in range(words):
        if position % 50 == 25:
            term = rng.choice(terms)
            word = rng.choice(term.all_forms)
            sentence.append(f"'{word}'" if position % 200 == 25 else word)
        else:
            sentence.append(rng.choice(FILLER))
        if len(sentence) >= rng.randint(12, 20):
            out.append(" ".join(sentence).capitalize() + ".")
            sentence = []
    out.append(" ".join(sentence) + ".")
    return " ".join(out)


def timed(function, repeat: int) -> tuple[float, float, object]:
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))], result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(18)
    terms = entries(args.entries, rng)
    sample = text(args.words, terms, rng)
    markup = "".join(f"<p>{paragraph}.</p>" for paragraph in sample.split(". "))
    print(f"text: {len(sample.split()):,} words, {len(sample):,} characters; glossary: {len(terms)} entries")

    rows = [("build the matcher", lambda: Matcher(terms))]
    matcher = Matcher(terms)
    rows += [
        ("find hits in plain text", lambda: matcher.find(sample)),
        ("find hits in HTML", lambda: matcher.find_in_html(markup)),
        ("mark hits in HTML (preview)", lambda: matcher.mark_html(markup, lambda hit: {"data-t": hit.term.slug})),
        ("readability (Flesch–Douma)", lambda: readability.score(sample, "nl")),
        ("whole check: hits + readability", lambda: (matcher.find(sample), readability.score(sample, "nl"))),
    ]
    print(f"{'step':36} {'median ms':>10} {'p95 ms':>8}")
    for label, function in rows:
        median, p95, result = timed(function, args.repeat)
        print(f"{label:36} {median:10.1f} {p95:8.1f}")
    hits = matcher.find(sample)
    print(f"hits: {len(hits)} (quoted terms skipped), readability: {readability.score(sample, 'nl').score}")


if __name__ == "__main__":
    main()
