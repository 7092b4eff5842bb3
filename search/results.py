"""Everything the results page shows, computed in a fixed number of queries whatever the page size."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import prefetch_related_objects

from website.models.base_page import publication_dates
from website.taxonomy.lookup import localise, terms_by_id

from . import document_text, highlight

PER_PAGE = 10


@dataclass
class Result:
    page: object
    url: str
    type_label: str
    themes: list
    date: object
    snippet: str
    documents: list = field(default_factory=list)


def type_label(page) -> str:
    from django.contrib.contenttypes.models import ContentType

    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    if model is None:
        return ""
    return model.type_label() if hasattr(model, "type_label") else str(model._meta.verbose_name)


def search_config(language_code: str) -> str | None:
    """The PostgreSQL text-search configuration the backend uses for this language."""
    if connection.vendor != "postgresql":
        return None
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    configs = getattr(backend, "configs", {})
    return configs.get(language_code) or getattr(backend, "config", None) or "simple"


def themes_by_page(pages, locale_id: int, theme_ids=None) -> dict:
    """``{page id: [theme, ...]}`` in the visitor's locale; from ``theme_ids`` ({page id: [id, ...]})
    when the listing's query already returned them, else with one prefetch query."""
    if theme_ids is None:
        prefetch_related_objects(pages, "themes")
        return {page.pk: localise(page.themes.all(), locale_id) for page in pages}
    from website.taxonomy.models import Theme

    themes = terms_by_id(Theme)
    return {
        page.pk: localise([themes[pk] for pk in theme_ids.get(page.pk, []) if pk in themes], locale_id)
        for page in pages
    }


def build_results(request, pages, query: str, locale_id: int, language_code: str, theme_ids=None) -> list[Result]:
    pages = list(pages)
    if not pages:
        return []
    themes = themes_by_page(pages, locale_id, theme_ids)
    config = search_config(language_code)
    snippets = highlight.snippets(pages, query, config)
    found_in = document_text.matching_documents(pages, query, config)
    dates = publication_dates(pages)
    return [
        Result(
            page=page,
            url=page.get_url(request),
            type_label=type_label(page),
            themes=themes[page.pk],
            date=dates[page.pk],
            snippet=snippets.get(page.pk, ""),
            documents=found_in.get(page.pk, []),
        )
        for page in pages
    ]


def paginate(results, page_number, per_page=PER_PAGE):
    """A page of results; ``page=abc`` gives the first page, a number past the end the last."""
    return Paginator(results, per_page).get_page(page_number)
