"""Marks glossary hits in the admin's page previews, for the editor's content checks.

Wagtail renders a preview inside the admin's preview view (``/admin/…/preview/``), so this sees
the page's HTML as the editor will; live pages for visitors are never touched. See
``editor_checks`` for the rules that read the marks.
"""

import re

from django.urls import reverse

from . import lookup, readability
from .matcher import html_text

MAIN = re.compile(r"(<main\b[^>]*)(>)(.*)(</main>)", re.S | re.I)
LANG = re.compile(r'<html[^>]*\blang="([a-zA-Z-]+)"', re.I)


class PreviewMarksMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._admin = None

    def __call__(self, request):
        response = self.get_response(request)
        if self._admin is None:
            self._admin = reverse("wagtailadmin_home")
        if (
            request.path.startswith(self._admin)
            and request.path.rstrip("/").endswith("/preview")
            and request.method == "GET"
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and not getattr(response, "streaming", False)
        ):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            response.content = mark(response.content.decode(response.charset)).encode(response.charset)
        return response


def mark(page_html: str) -> str:
    language = LANG.search(page_html)
    main = MAIN.search(page_html)
    if not language or not main:
        return page_html
    code = language.group(1).split("-")[0].lower()
    body, _hits = lookup.matcher(code).mark_html(
        main.group(3), lambda hit: {"class": "glossary-hit", "data-glossary-term": hit.term.slug}
    )
    opening = main.group(1)
    score = readability.score(html_text(main.group(3))[0], code)
    if score is not None and score.score < 50:
        opening += f' data-glossary-readability="{"very-difficult" if score.score < 30 else "difficult"}"'
    return page_html[: main.start()] + opening + main.group(2) + body + main.group(4) + page_html[main.end() :]
