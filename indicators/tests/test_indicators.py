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


def test_newsletters_subscribers_and_zero_result_searches_are_counted(home_pages, make_page):
    """The figures come from the newsletter and search apps' own data, per year."""
    from newsletters.factories import NewsletterIndexPageFactory, NewsletterPageFactory, SubscriberFactory
    from search.models import QueryStat

    archive = make_page(NewsletterIndexPageFactory, home_pages["nl"])
    for number, sent in enumerate([datetime.datetime(2025, 3, 1), datetime.datetime(2025, 9, 1), None]):
        make_page(
            NewsletterPageFactory,
            archive,
            slug=f"editie-{number}",
            sent_at=timezone.make_aware(sent) if sent else None,
        )
    SubscriberFactory(confirmed_at=timezone.make_aware(datetime.datetime(2025, 5, 1)))
    SubscriberFactory(confirmed_at=timezone.make_aware(datetime.datetime(2024, 5, 1)))
    QueryStat.objects.create(language="nl", query="huurwoning", day=datetime.date(2025, 2, 1), hits=9, zero_hits=4)
    QueryStat.objects.create(language="fr", query="logement", day=datetime.date(2025, 2, 2), hits=3, zero_hits=3)
    QueryStat.objects.create(language="nl", query="werk", day=datetime.date(2025, 2, 3), hits=5, zero_hits=0)

    rows = {row["key"]: row for row in report.build(2025)["rows"]}
    for key in ("recommendations", "campaigns", "newsletters", "subscribers", "searches_without_results"):
        assert rows[key]["available"], key
    indicators = {indicator.key: indicator for indicator in registry.indicators()}
    assert indicators["newsletters"].by_year() == {2025: 2}  # the unsent draft does not count
    assert indicators["subscribers"].by_year() == {2024: 1, 2025: 1}
    assert indicators["searches_without_results"].by_year() == {2025: 7}


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
    theme_headers = [th.get_text() for th in per_theme.thead.find_all("th")]
    press_column = next(i for i, text in enumerate(theme_headers) if "Persberichten" in text) - 1
    wonen_cells = [td.get_text() for td in per_theme.find("th", string="Wonen").parent.find_all("td")]
    assert wonen_cells[press_column] == "2"
    assert len(wonen_cells) == len(theme_headers) - 1  # one column per available family

    response = client.get("/admin/indicators/?year=2024&format=csv")
    assert response["Content-Disposition"] == 'attachment; filename="levl-indicatoren-2024.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    header = next(row for row in rows if row and row[0] == "Indicator")
    press_csv = next(row for row in rows if row and row[0].startswith("Persberichten"))
    assert press_csv[1] == "40" and press_csv[header.index("2024")] == "2"
    theme_header = next(row for row in rows if row and row[0] == "Thema")
    werk = next(row for row in rows if row and row[0] == "Werk")
    press_column = next(i for i, text in enumerate(theme_header) if text.startswith("Persberichten"))
    assert werk[press_column] == "2"

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


def test_each_app_declares_its_own_indicators_in_dashboard_order():
    """The registry names no app's model: each app registers its figures from its indicators.py."""
    from pathlib import Path

    source = Path(registry.__file__).read_text()
    for app in ("recommendations", "newsletters", "press", "campaigns", "toolkits", "search"):
        assert f'"{app}.' not in source and f"from {app}" not in source, app
    assert [indicator.key for indicator in registry.indicators()] == [
        "recommendations",
        "newsletters",
        "subscribers",
        "unsubscribes",
        "press",
        "campaigns",
        "toolkits",
        "searches_without_results",
        "downloads",
    ]
