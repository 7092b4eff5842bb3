"""Admin report: what visitors search for, and what they search for without finding anything."""

import datetime

from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from . import querylog
from .models import QueryStat

PERIODS = {"7": 7, "30": 30, "365": 365}
LIMIT = 50


def report(request):
    querylog.flush()  # the editor sees this process's latest counts too
    days = PERIODS.get(request.GET.get("days", ""), 30)
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    languages = []
    for code, name in settings.LANGUAGES:
        rows = QueryStat.objects.filter(language=code, day__gte=since).values("query")
        frequent = rows.annotate(total=Sum("hits"), zero=Sum("zero_hits")).order_by("-total", "query")[:LIMIT]
        missing = (
            rows.annotate(zero=Sum("zero_hits"), total=Sum("hits"))
            .filter(zero__gt=0)
            .order_by("-zero", "query")[:LIMIT]
        )
        languages.append({"code": code, "name": name, "frequent": list(frequent), "missing": list(missing)})
    return render(
        request,
        "search/admin/report.html",
        {"languages": languages, "days": days, "periods": PERIODS, "page_title": _("Search terms")},
    )
