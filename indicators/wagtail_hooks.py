"""Admin wiring: the report view, its menu item under Reports, and a panel on the admin home."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import report, views


@hooks.register("register_admin_urls")
def urls():
    return [path("indicators/", views.dashboard, name="indicators_dashboard")]


class IndicatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_view(request.user)


@hooks.register("register_reports_menu_item")
def menu_item():
    return IndicatorsMenuItem(_("Indicators"), reverse("indicators_dashboard"), icon_name="tasks", order=50)


class IndicatorsPanel(Component):
    """This year's figures against the plan's targets, on the admin home page."""

    name = "indicators"
    order = 50
    template_name = "indicators/panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        data = report.build()
        rows = [
            {
                "label": row["label"],
                "available": row["available"],
                "figure": next(cell["figure"] for cell in row["cells"] if cell["year"] == data["year"]),
            }
            for row in data["rows"]
            if row["target"]
        ]
        return {"report": data, "rows": rows}


@hooks.register("construct_homepage_panels")
def add_panel(request, panels):
    if views.can_view(request.user):
        panels.append(IndicatorsPanel(request))
