"""The indicators dashboard: counts match the data over several years, targets, exports, access."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from openpyxl import load_workbook

from indicators import registry, report
from indicators.models import IndicatorTargets
from website.factories import ImageFactory

pytestmark = pytest.mark.django_db


def press_indicator():
    return next(ind for ind in registry.indicators() if ind.key == "press")


def test_press_counts_per_year_theme_and_type(press_history):
    press = press_indicator()
    assert press.by_year() == {2023: 1, 2024: 2, 2025: 3}  # translation counted once, draft not at all
    assert press.by_year_and_theme() == {
        2023: {"wonen": 1},
        2024: {"werk": 2, "wonen": 1},
        2025: {"werk": 1, "wonen": 2},
    }
    assert press.breakdown()[2025] == {"release": 1, "opinion": 2}


def test_families_not_installed_are_reported_as_not_available(press_history):
    rows = {row["key"]: row for row in report.build(2025)["rows"]}
    assert rows["press"]["available"]
    for key in ("recommendations", "campaigns", "toolkits", "newsletters", "searches_without_results"):
        assert not rows[key]["available"], key


def test_generic_row_count_and_total_work_on_any_model(django_user_model):
    for year, active in ((2023, True), (2024, True), (2024, False), (2025, True)):
        django_user_model.objects.create(
            username=f"u{year}{active}",
            is_active=active,
            date_joined=datetime.datetime(year, 6, 1, tzinfo=datetime.UTC),
        )
    joined = registry.RowCount("t", "t", model="auth.User", date_field="date_joined", filters={"is_active": True})
    assert joined.by_year() == {2023: 1, 2024: 1, 2025: 1}
    assert not registry.RowCount("x", "x", model="auth.User", date_field="does_not_exist").available()
    ImageFactory(title="Affiche", width_px=300, height_px=200)
    ImageFactory(title="Affiche", width_px=100, height_px=100)
    widths = registry.Total("w", "w", model="wagtailimages.Image", sum_field="width", label_field="title")
    assert widths.rows() == [("Affiche", 400)]


def test_report_shows_figures_against_targets(press_history):
    targets = IndicatorTargets.load()
    targets.press = 3
    targets.save()
    data = report.build(2025)
    press = next(row for row in data["rows"] if row["key"] == "press")
    cells = {cell["year"]: cell for cell in press["cells"]}
    assert cells[2025]["figure"] == "3/3" and cells[2025]["met"]
    assert cells[2024]["figure"] == "2/3" and not cells[2024]["met"]
    assert data["years"][:3] == sorted({timezone.localdate().year, 2025, 2024, 2023}, reverse=True)[:3]


def test_dashboard_page_csv_and_xlsx(client, manager, press_history):
    client.force_login(manager)
    html = BeautifulSoup(client.get("/admin/indicators/?year=2025").content, "html.parser")
    per_year = html.find("table", id="indicators-per-year")
    press_row = next(tr for tr in per_year.find_all("tr") if "Persberichten" in tr.th.get_text())
    headers = [th.get_text() for th in per_year.thead.find_all("th")]
    assert press_row.find_all("td")[headers.index("2025") - 1].get_text(strip=True).startswith("3/40")
    per_theme = html.find("table", id="indicators-per-theme")
    assert [td.get_text() for td in per_theme.find("th", string="Wonen").parent.find_all("td")] == ["2"]

    response = client.get("/admin/indicators/?year=2024&format=csv")
    assert response["Content-Disposition"] == 'attachment; filename="levl-indicatoren-2024.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    header = next(row for row in rows if row and row[0] == "Indicator")
    press_csv = next(row for row in rows if row and row[0].startswith("Persberichten"))
    assert press_csv[1] == "40" and press_csv[header.index("2024")] == "2"
    assert ["Werk", "2"] in rows

    response = client.get("/admin/indicators/?year=2024&format=xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook[workbook.sheetnames[0]]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:2] == ["Indicator", "Jaardoel"]
    press_xlsx = next(row for row in values if str(row[0]).startswith("Persberichten"))
    assert press_xlsx[1] == 40 and press_xlsx[values[0].index(2024)] == 2
    assert len(workbook.sheetnames) >= 2


def test_targets_are_editable_in_the_admin(client, manager, press_history):
    client.force_login(manager)
    response = client.get("/admin/settings/indicators/indicatortargets/", follow=True)
    assert response.status_code == 200
    url = response.redirect_chain[-1][0]
    response = client.post(url, {"recommendations": 15, "newsletters": 25, "press": 6, "campaigns": 5, "toolkits": 4})
    assert response.status_code == 302
    assert IndicatorTargets.load().press == 6
    home = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = home.find("section", class_="indicators-panel")
    year = timezone.localdate().year
    expected = press_indicator().by_year().get(year, 0)
    row = next(tr for tr in panel.find_all("tr") if "Persberichten" in tr.get_text())
    assert row.td.get_text(strip=True) == f"{expected}/6"


def test_only_managers_see_the_dashboard(client, django_user_model):
    from django.contrib.auth.models import Group, Permission

    editor = django_user_model.objects.create_user("editor", password="pw-editor-1")
    editors = Group.objects.create(name="Redactie")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    client.force_login(editor)
    assert client.get("/admin/indicators/").status_code in (302, 403)
    assert "indicators-panel" not in client.get("/admin/").content.decode()
    editors.permissions.add(Permission.objects.get(codename="view_indicators"))
    editor = django_user_model.objects.get(pk=editor.pk)
    client.force_login(editor)
    assert client.get("/admin/indicators/").status_code == 200
