"""Indicators: what the dashboard counts, and how; the apps say what.

This module knows the kinds of figure (pages per year, rows per year, totals per item) and no
app's models. Each app declares its own indicators in its ``indicators`` module (discovered like
``demo.py``): ``registry.register(PageCount("press", _("…"), models=[PressReleasePage], …))``.
A model may be given as a class or an ``"app_label.Model"`` label; an indicator whose model or
fields are missing is shown as "not available" rather than failing the dashboard.

Pages are counted once per translation group (``translation_key``), live only, by the year of a
date field; "per theme" counts the same pages per theme slug.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractYear
from django.utils.module_loading import autodiscover_modules


def _model(label):
    if not isinstance(label, str):
        return label  # a model class
    app_label, _sep, model_name = label.partition(".")
    if not apps.is_installed(app_label) and app_label not in {c.label for c in apps.get_app_configs()}:
        return None
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def _has_fields(model, *names) -> bool:
    try:
        for name in names:
            model._meta.get_field(name.split("__")[0])
    except FieldDoesNotExist:
        return False
    return True


@dataclass
class Indicator:
    key: str
    label: str
    target_field: str | None = None  # the IndicatorTargets field holding its yearly target
    order: int = 100  # place on the dashboard, lowest first (like demo steps)

    def available(self) -> bool:
        raise NotImplementedError

    def by_year(self) -> dict[int, int]:
        raise NotImplementedError

    def by_year_and_theme(self) -> dict[int, dict[str, int]]:
        return {}

    def breakdown(self) -> dict[int, dict[str, int]]:
        """Optional split of each year's figure (follow-up status, press type, ...)."""
        return {}

    def breakdown_labels(self) -> dict[str, str]:
        return {}


@dataclass
class PageCount(Indicator):
    """Live pages of one or more page types, per year of ``date_field`` (and per theme)."""

    models: list = field(default_factory=list)
    date_field: str = "first_published_at"
    breakdown_field: str | None = None

    def _querysets(self):
        for label in self.models:
            model = _model(label)
            if model is not None and _has_fields(model, self.date_field):
                yield model.objects.live().exclude(**{f"{self.date_field}__isnull": True})

    def available(self) -> bool:
        return any(True for _ in self._querysets())

    def _grouped(self, *extra):
        totals: dict = {}
        for queryset in self._querysets():
            rows = (
                queryset.annotate(year=ExtractYear(self.date_field))
                .values("year", *extra)
                .annotate(n=Count("translation_key", distinct=True))
                .values_list("year", *extra, "n")
                .order_by()
            )
            for *keys, n in rows:
                totals[tuple(keys)] = totals.get(tuple(keys), 0) + n
        return totals

    def by_year(self):
        return {year: n for (year,), n in self._grouped().items()}

    def by_year_and_theme(self):
        result: dict[int, dict[str, int]] = {}
        for (year, slug), n in self._grouped("themes__slug").items():
            if slug:
                result.setdefault(year, {})[slug] = n
        return result

    def breakdown(self):
        if not self.breakdown_field:
            return {}
        result: dict[int, dict[str, int]] = {}
        for (year, value), n in self._grouped(self.breakdown_field).items():
            result.setdefault(year, {})[str(value)] = n
        return result

    def breakdown_labels(self):
        for queryset in self._querysets():
            if self.breakdown_field and _has_fields(queryset.model, self.breakdown_field):
                choices = queryset.model._meta.get_field(self.breakdown_field).choices or []
                return {str(value): str(label) for value, label in choices}
        return {}


@dataclass
class RowCount(Indicator):
    """Rows of any model per year of a date field, optionally filtered (newsletters sent, subscribers)."""

    model: type | str = ""
    date_field: str = "created_at"
    filters: dict = field(default_factory=dict)
    exclude: dict = field(default_factory=dict)
    # Rows that already hold a count (e.g. searches per query and day) are summed, not counted.
    sum_field: str | None = None

    def _queryset(self):
        model = _model(self.model)
        needed = [self.date_field, *self.filters, *self.exclude, *([self.sum_field] if self.sum_field else [])]
        if model is None or not _has_fields(model, *needed):
            return None
        queryset = model.objects.filter(**self.filters).exclude(**{f"{self.date_field}__isnull": True})
        return queryset.exclude(**self.exclude) if self.exclude else queryset

    def available(self):
        return self._queryset() is not None

    def by_year(self):
        queryset = self._queryset()
        if queryset is None:
            return {}
        rows = (
            queryset.annotate(year=ExtractYear(self.date_field))
            .values("year")
            .annotate(n=Sum(self.sum_field) if self.sum_field else Count("pk"))
            .values_list("year", "n")
            .order_by()
        )
        return {year: n or 0 for year, n in rows}


@dataclass
class Total(Indicator):
    """A sum per item, not per year (downloads per toolkit resource)."""

    model: type | str = ""
    sum_field: str = "download_count"
    label_field: str = "title"
    limit: int = 50

    def available(self):
        model = _model(self.model)
        return model is not None and _has_fields(model, self.sum_field, self.label_field)

    def by_year(self):
        return {}

    def rows(self) -> list[tuple[str, int]]:
        if not self.available():
            return []
        model = _model(self.model)
        return list(
            model.objects.values_list(self.label_field)
            .annotate(total=Sum(self.sum_field))
            .filter(~Q(total=None))
            .values_list(self.label_field, "total")
            .order_by("-total", self.label_field)[: self.limit]
        )


_registry: dict[str, Indicator] = {}


def register(indicator: Indicator) -> Indicator:
    """Add or replace (same key) an indicator."""
    _registry[indicator.key] = indicator
    return indicator


_discovered = False


def indicators() -> list[Indicator]:
    """Every app's indicators (from its ``indicators`` module), in dashboard order."""
    global _discovered
    if not _discovered:
        autodiscover_modules("indicators")
        _discovered = True
    return sorted(_registry.values(), key=lambda indicator: indicator.order)
