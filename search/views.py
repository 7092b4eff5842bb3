"""The search page and the autocomplete endpoint of every language (/<lang>/search/)."""

import hashlib
import logging

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from website.caching.content_cache import active_locale, cached, cached_render, query_key

from . import querylog, ratelimit
from .engines import EngineUnavailable, fallback_engine, get_engine
from .query import MAX_QUERY_LENGTH, clean_query, promotions
from .results import type_label

logger = logging.getLogger(__name__)


def answer(ask):
    """``(what the engine answered, whether it came from the fallback)``.

    While the configured engine is unreachable, the database answers: Wagtail keeps its index up
    to date whatever the engine, so visitors still get results in their language (with a notice)
    instead of an error page; see search/README.md.
    """
    try:
        return ask(get_engine()), False
    except EngineUnavailable as exc:
        logger.warning("Search engine unavailable, answering from the database: %s", exc)
        return ask(fallback_engine()), True


def results_section(request, query: str, locale) -> dict:
    """The facets, result count, results and pagination of one search, rendered.

    Cached per language, query, filters, sort and page under the content version (publishing
    anything shows at once), so a popular query costs a cache read; ``SEARCH_CACHE_SECONDS``
    bounds how long an entry is kept (0 switches the cache off).
    """

    def build():
        found, degraded = answer(lambda engine: engine.results(request, query, locale))
        context = {
            "query": query,
            "listing": found.listing,
            "page_obj": found.listing.page,
            "results": found.results,
            "degraded": degraded,
        }
        html = render_to_string("search/includes/results.html", context, request)
        return {
            "html": html,
            "total": found.listing.total,
            "page_number": found.listing.page.number,
            "degraded": degraded,
        }

    if not settings.SEARCH_CACHE_SECONDS or get_engine().has_own_index:
        # An engine has its own caches; and a fallback answer must not outlive the outage.
        return build()
    return cached_render(request, f"search:{locale.id}:{query_key(request)}", build, settings.SEARCH_CACHE_SECONDS)


@require_GET
def search_view(request):
    locale = active_locale()
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    context = {
        "query": query,
        "was_typed": bool(raw.strip()),
        "was_truncated": len(" ".join(raw.split())) > MAX_QUERY_LENGTH,
        "max_length": MAX_QUERY_LENGTH,
    }
    if query:
        found = results_section(request, query, locale)
        context.update(
            results_html=mark_safe(found["html"]),
            promoted=promotions(query, locale.id) if found["page_number"] == 1 else [],
        )
        querylog.record(locale.language_code, query, found["total"])
    return render(request, "search/search.html", context)


@require_GET
def suggest_view(request):
    allowed, retry_after = ratelimit.allow(request)
    if not allowed:
        response = JsonResponse({"error": _("Too many requests. Please wait a moment."), "suggestions": []}, status=429)
        response["Retry-After"] = str(retry_after)
        return response
    locale = active_locale()
    query = clean_query(request.GET.get("q", ""))[:100]
    if len(query) < 2:
        return JsonResponse({"query": query, "suggestions": []})

    def build():
        pages, _degraded = answer(lambda engine: engine.suggest(query, locale.id))
        return [{"title": page.title, "url": page.get_url(request), "type": type_label(page)} for page in pages]

    # Cached under the content version: publishing anything shows at once.
    key = hashlib.sha256(query.lower().encode()).hexdigest()[:32]
    suggestions = cached(f"suggest:{get_language()}:{key}", build)
    response = JsonResponse({"query": query, "suggestions": suggestions})
    response["Cache-Control"] = "private, max-age=60"
    return response
