"""The text checker in the public API: ``POST /api/v1/glossary/check/`` (mounted by public_api).

POST, not GET: a text in a query string would end up in access logs and proxy caches. The
text is checked in memory and never stored or logged, as on the guide page, under the same
per-visitor rate limit.
"""

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from website import ratelimit

from . import check as checking
from . import views

router = Router(tags=["glossary"])
prefix = "/glossary/"
methods = {"POST"}


# What check.clean accepts, stated in the description (schemathesis checks both ways): at least
# one visible character, no control characters but tab and line breaks, no U+FFFD (a decoding
# failure). "Visible" excludes every character Python's str.strip() removes.
_ALLOWED = r"[^\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]"
_VISIBLE = r"[^\u0000-\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufffd]"
TEXT_SCHEMA = {"pattern": f"^{_ALLOWED}*{_VISIBLE}{_ALLOWED}*$", "maxLength": checking.MAX_CHARS}


class CheckIn(Schema):
    # Bounds in json_schema_extra, not as pydantic constraints: check.clean answers them with a
    # translated 400 that the page's form shares, rather than Ninja's English 422.
    text: str = Field(
        description=f"The text to check, at most {checking.MAX_CHARS} characters. Never stored.",
        json_schema_extra=TEXT_SCHEMA,
    )
    language: str = Field(
        description="nl, fr or en: the text's language, whose glossary is used",
        json_schema_extra={"enum": [code for code, _name in settings.LANGUAGES]},
    )


class Readability(Schema):
    formula: str = Field(description="Flesch–Douma (nl), Kandel–Moles (fr) or Flesch reading ease (en)")
    score: float
    band: str


class HitOut(Schema):
    start: int = Field(description="Offset of the first character in the text")
    end: int
    term: str = Field(description="Slug of the glossary entry, a key of `terms`")


class TermOut(Schema):
    term: str
    severity: str = Field(description="avoid or context")
    severity_label: str
    explanation: str
    alternatives: list[str]
    url: str = Field(description="The entry on the public guide page")


class CheckOut(Schema):
    language: str
    readability: Readability | None
    hits: list[HitOut]
    terms: dict[str, TermOut]


class Error(Schema):
    detail: str


def _guide_url(request, language) -> str:
    from wagtail.models import Locale

    from .models import GlossaryPage

    page = GlossaryPage.objects.live().public().filter(locale__in=Locale.objects.filter(language_code=language))
    found = page.first()
    return request.build_absolute_uri(found.get_url(request)) if found else ""


@router.post(
    "/check/",
    response={200: CheckOut, 400: Error, 422: Error, 429: Error},
    url_name="glossary_check",
    summary="Check a text against the inclusive-language guide",
    description="Finds the words of the organisation's glossary in a text (whole words, inflections and "
    "compounds; quotations are skipped), with the advice and preferred alternatives of each, and a "
    "readability score for the language. The text is processed in memory and never stored or logged. "
    "Rate-limited per client (429 with Retry-After).",
)
def check_text(request, payload: CheckIn):
    languages = dict(settings.LANGUAGES)
    if payload.language not in languages:
        raise HttpError(400, _("Unknown language. Use one of: %(codes)s.") % {"codes": ", ".join(languages)})
    allowed, retry_after = ratelimit.allow(request, "glossary-check", views.RATE, views.WINDOW)
    if not allowed:
        response = JsonResponse(
            {"detail": _("Too many checks. Try again in %(seconds)s seconds.") % {"seconds": retry_after}}, status=429
        )
        response["Retry-After"] = str(retry_after)
        return response
    try:
        result = checking.check(payload.text, payload.language)
    except checking.InvalidText as error:
        raise HttpError(400, str(error)) from None
    base = _guide_url(request, payload.language)
    with translation.override(payload.language):
        terms = {
            term.slug: {
                "term": term.term,
                "severity": term.severity,
                "severity_label": _("Avoid") if term.severity == "avoid" else _("Depends on the context"),
                "explanation": term.explanation,
                "alternatives": list(term.alternatives),
                "url": f"{base}#term-{term.slug}",
            }
            for term, _count in result.terms
        }
        score = result.readability
        readability = {"formula": score.formula, "score": score.score, "band": score.band} if score else None
    response = JsonResponse(
        {
            "language": payload.language,
            "readability": readability,
            "hits": [{"start": hit.start, "end": hit.end, "term": hit.term.slug} for hit in result.hits],
            "terms": terms,
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store, private"
    return response
