"""Where the site itself still uses words its guide advises against: hits across published pages.

Reads every live page of each language once: its text fields, rich text and stream fields
(rendered to HTML, so quotations in ``<q>``/``<blockquote>`` are skipped as on the checker).
The result is cached under the content version: publishing a page or editing the glossary
recomputes it on the next visit of the report.
"""

from django.conf import settings
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

from website.caching import content_cache

from . import lookup


def page_html(page) -> str:
    """The words a visitor reads on ``page``, as HTML fragments joined by paragraph breaks."""
    parts = []
    for field in page._meta.get_fields():
        if not getattr(field, "concrete", False) or field.name in {
            "slug",
            "url_path",
            "path",
            "draft_title",
            "latest_revision_created_at",
        }:
            continue
        value = getattr(page, field.name, None)
        if isinstance(field, StreamField | RichTextField):
            parts.append(str(value.render_as_block() if hasattr(value, "render_as_block") else value))
        elif isinstance(field, models.TextField | models.CharField) and not field.choices and value:
            from django.utils.html import escape

            parts.append(f"<p>{escape(value)}</p>")
    return "\n".join(parts)


def build() -> list[dict]:
    languages = []
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    for code, name in settings.LANGUAGES:
        matcher = lookup.matcher(code)
        counts: dict[int, dict] = {}
        if code in locales and matcher.terms:
            pages = Page.objects.live().public().filter(locale_id=locales[code], depth__gt=1).specific()
            for page in pages:
                for hit in matcher.find_in_html(page_html(page)):
                    row = counts.setdefault(hit.term.id, {"term": hit.term, "hits": 0, "pages": {}})
                    row["hits"] += 1
                    row["pages"][page.pk] = page.title
        rows = sorted(counts.values(), key=lambda row: (-row["hits"], row["term"].term))
        languages.append(
            {
                "code": code,
                "name": name,
                "rows": [
                    {
                        "term": row["term"],
                        "hits": row["hits"],
                        "pages": sorted(row["pages"].items())[:10],
                        "page_count": len(row["pages"]),
                    }
                    for row in rows
                ],
            }
        )
    return languages


def frequent_hits() -> list[dict]:
    return content_cache.cached("glossary-report", build, timeout=15 * 60)
