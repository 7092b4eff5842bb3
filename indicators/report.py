"""The indicators report as plain data: one builder feeds the admin page, the panel and the exports."""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from website.taxonomy.models import Theme

from .models import IndicatorTargets
from .registry import PageCount, Total, indicators

YEARS_SHOWN = 4


def figure(value: int, target: int | None) -> str:
    """``"9/15"`` against a target, or just ``"9"``."""
    return f"{value}/{target}" if target else str(value)


def build(year: int | None = None) -> dict:
    targets = IndicatorTargets.load()
    current = timezone.localdate().year
    yearly = [ind for ind in indicators() if not isinstance(ind, Total)]
    counts = {ind.key: (ind.by_year() if ind.available() else {}) for ind in yearly}
    seen = {y for per_year in counts.values() for y in per_year} | {current}
    years = sorted(seen, reverse=True)[:YEARS_SHOWN]
    year = year if year in seen else current

    rows = []
    for ind in yearly:
        target = getattr(targets, ind.target_field) if ind.target_field else None
        cells = []
        for y in years:
            value = counts[ind.key].get(y, 0)
            cells.append(
                {
                    "year": y,
                    "value": value,
                    "target": target,
                    "figure": figure(value, target),
                    "met": bool(target) and value >= target,
                    "percent": min(100, round(100 * value / target)) if target else None,
                }
            )
        rows.append(
            {"key": ind.key, "label": str(ind.label), "available": ind.available(), "target": target, "cells": cells}
        )

    themed = [ind for ind in yearly if isinstance(ind, PageCount) and ind.available()]
    by_theme = {ind.key: ind.by_year_and_theme().get(year, {}) for ind in themed}
    theme_rows = [
        {"slug": theme.slug, "name": theme.name, "values": [by_theme[ind.key].get(theme.slug, 0) for ind in themed]}
        for theme in Theme.objects.filter(locale=Locale.get_default())
    ]

    breakdowns = []
    for ind in yearly:
        split = ind.breakdown().get(year, {}) if ind.available() else {}
        if split:
            labels = ind.breakdown_labels()
            breakdowns.append(
                {
                    "label": str(ind.label),
                    "items": [(labels.get(value, value), n) for value, n in sorted(split.items())],
                }
            )

    totals = [
        {"label": str(ind.label), "available": ind.available(), "rows": ind.rows()}
        for ind in indicators()
        if isinstance(ind, Total)
    ]
    return {
        "year": year,
        "years": years,
        "rows": rows,
        "theme_columns": [str(ind.label) for ind in themed],
        "theme_rows": theme_rows,
        "breakdowns": breakdowns,
        "totals": totals,
    }


def tables(report: dict) -> list[tuple[str, list[list]]]:
    """The report as titled tables of cells, shared by the CSV and XLSX exports."""
    per_year = [[_("Indicator"), _("Yearly target"), *report["years"]]]
    for row in report["rows"]:
        per_year.append(
            [row["label"], row["target"] or "", *[cell["value"] if row["available"] else "" for cell in row["cells"]]]
        )
    per_theme = [[_("Theme"), *report["theme_columns"]]]
    per_theme += [[theme["name"], *theme["values"]] for theme in report["theme_rows"]]
    result = [(_("Per year"), per_year), (_("Per theme in %(year)s") % {"year": report["year"]}, per_theme)]
    for split in report["breakdowns"]:
        result.append((f"{split['label']} {report['year']}", [[_("Value"), _("Count")], *map(list, split["items"])]))
    for total in report["totals"]:
        result.append((total["label"], [[_("Item"), _("Total")], *map(list, total["rows"])]))
    return result


def as_csv(report: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for title, rows in tables(report):
        writer.writerow([title])
        writer.writerows(rows)
        writer.writerow([])
    return out.getvalue()


def as_xlsx(report: dict) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    used = set()
    for title, rows in tables(report):
        name = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31]
        while name in used:
            name = name[:29] + f"{len(used)}"
        used.add(name)
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 45
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
