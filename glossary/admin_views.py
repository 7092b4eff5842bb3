"""Admin report: the glossary's most frequent hits across published pages, per language."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from . import report as hits


def report(request):
    return render(
        request,
        "glossary/admin/report.html",
        {"languages": hits.frequent_hits(), "page_title": _("Glossary terms on the site")},
    )
