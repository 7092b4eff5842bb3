"""Yearly targets of the organisation's plan, editable by managers in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="tasks")
class IndicatorTargets(BaseGenericSetting):
    """What the plan promises each year (15 recommendations on the website, 25 newsletters, ...).

    One organisation-wide record: the dashboard shows every yearly figure against these, so a
    revised plan only needs an edit here, never a developer. The figures themselves always come
    from the data.
    """

    recommendations = models.PositiveIntegerField(
        _("recommendations per year"),
        default=15,
        help_text=_("Number of recommendations published on the website each year."),
    )
    newsletters = models.PositiveIntegerField(
        _("newsletters per year"), default=25, help_text=_("Number of newsletters sent each year.")
    )
    press = models.PositiveIntegerField(
        _("press initiatives per year"),
        default=40,
        help_text=_("Number of press initiatives (press releases and opinion pieces) per year."),
    )
    campaigns = models.PositiveIntegerField(
        _("campaigns per year"), default=5, help_text=_("Number of awareness campaigns per year.")
    )
    toolkits = models.PositiveIntegerField(
        _("toolkit packages per year"), default=4, help_text=_("Number of toolkits published each year.")
    )

    panels = [
        FieldPanel("recommendations"),
        FieldPanel("newsletters"),
        FieldPanel("press"),
        FieldPanel("campaigns"),
        FieldPanel("toolkits"),
    ]

    class Meta:
        verbose_name = _("indicator targets")
        permissions = [("view_indicators", _("Can view the indicators dashboard"))]
