"""Editors see the glossary in Wagtail's checks, and a report of the site's own hits."""

import json

import pytest
from bs4 import BeautifulSoup

from glossary.middleware import mark
from website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_with_terms(home_pages, make_page, guide):
    return make_page(
        StandardPageFactory,
        home_pages["nl"],
        title="Wonen in de stad",
        slug="wonen-in-de-stad",
        intro="Veel allochtonen en kansarmen zoeken een woning. Over <q> spreken we niet.",
        body=[("paragraph", "<p>Het allochtonenbeleid.</p><blockquote><p>Allochtonen</p></blockquote>")],
    )


def test_the_checks_panel_carries_a_rule_per_term_of_the_pages_language(admin_client, page_with_terms):
    response = admin_client.get(f"/admin/pages/{page_with_terms.pk}/edit/")
    config = json.loads(BeautifulSoup(response.content, "html.parser").select_one("#checker-axe-configuration").string)
    assert "glossary-allochtoon" in config["options"]["runOnly"]
    assert "glossary-clandestin" not in config["options"]["runOnly"]  # French, and the page is Dutch
    rule = next(r for r in config["spec"]["rules"] if r["id"] == "glossary-allochtoon")
    assert rule["selector"] == 'mark[data-glossary-term="allochtoon"]'
    message = config["messages"]["glossary-allochtoon"]
    assert "Maakt van mensen blijvend buitenstaanders." in message["help_text"]
    assert "persoon met een migratieachtergrond" in message["help_text"]
    assert "button-name" in config["options"]["runOnly"]  # Wagtail's own checks stay


def test_the_preview_marks_hits_in_main_outside_quotations(client, page_with_terms):
    html = client.get(page_with_terms.url).content.decode()
    marked = BeautifulSoup(mark(html), "html.parser")
    assert [m.get_text() for m in marked.select("main mark[data-glossary-term]")] == [
        "allochtonen",
        "kansarmen",
        "allochtonenbeleid",
    ]
    assert not marked.select("header mark, footer mark")
    assert "<mark" not in html  # visitors never get the marks


def test_the_report_counts_hits_on_published_pages_per_language(admin_client, page_with_terms):
    page = BeautifulSoup(admin_client.get("/admin/reports/glossary-terms/").content, "html.parser")
    rows = [row for row in page.select("section") if row.select_one("#report-nl")][0].select("tbody tr")
    cells = [[td.get_text(" ", strip=True) for td in row.select("td")] for row in rows]
    assert cells[0][:2] == ["allochtoon", "2"]  # intro + body, not the blockquote
    assert "Wonen in de stad" in cells[0][2]
    assert ["kansarm", "1"] == cells[1][:2]
