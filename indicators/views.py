"""The indicators report in the Wagtail admin, with CSV and XLSX export for the annual report."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import report


def can_view(user) -> bool:
    return user.is_active and user.has_perm("indicators.view_indicators")


def dashboard(request):
    if not can_view(request.user):
        raise PermissionDenied
    raw_year = request.GET.get("year", "")
    year = int(raw_year) if raw_year.isdigit() and len(raw_year) == 4 else None
    data = report.build(year)
    export = request.GET.get("format")
    filename = f"levl-indicatoren-{data['year']}"
    if export == "csv":
        response = HttpResponse(report.as_csv(data), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response
    if export == "xlsx":
        response = HttpResponse(
            report.as_xlsx(data), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        return response
    return render(request, "indicators/dashboard.html", {"report": data, "page_title": _("Indicators")})
