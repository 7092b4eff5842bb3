"""The glossary of a language as plain data and as a compiled matcher, cached under the content version.

Entries change rarely and are read on every check, preview and API call: their plain data is
cached in the shared cache (one query per language per content version), and the compiled
regular expression is kept per process, rebuilt when the version moves (``signals.py`` bumps it
when an entry is saved or deleted).
"""

from wagtail.models import Locale

from website.caching import content_cache

from .matcher import Matcher, Term

_matchers: dict[tuple[int, str], Matcher] = {}


def terms(language: str) -> list[Term]:
    def build():
        from .models.entry import GlossaryEntry

        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            return []
        return [
            Term(
                id=entry.pk,
                term=entry.term,
                slug=entry.slug,
                forms=tuple(entry.form_list),
                pattern=entry.pattern,
                match_compounds=entry.match_compounds,
                case_sensitive=entry.case_sensitive,
                severity=entry.severity,
                explanation=entry.explanation,
                alternatives=tuple(entry.alternative_list),
                source=entry.source,
                source_url=entry.source_url,
            )
            for entry in GlossaryEntry.objects.filter(locale=locale).order_by("term")
        ]

    return content_cache.cached(f"glossary:{language}", build)


def matcher(language: str) -> Matcher:
    key = (content_cache.version(), language)
    if key not in _matchers:
        for old in [k for k in _matchers if k[1] == language]:
            del _matchers[old]
        _matchers[key] = Matcher(terms(language))
    return _matchers[key]


def all_terms() -> dict[int, Term]:
    from django.conf import settings

    return {term.id: term for code, _name in settings.LANGUAGES for term in terms(code)}
