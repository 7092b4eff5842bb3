"""Recommendation detail pages: creation rules, follow-up, rendering in three locales, preview,
scheduled publishing and the query budget."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from recommendations.models import RecommendationIndexPage, RecommendationPage, StatusChange
from website.factories import DocumentFactory, ImageFactory, StandardPageFactory
from website.models import HomePage, StandardPage

from .conftest import day

pytestmark = pytest.mark.django_db

HISTORY = [
    (day(3, 10), "besproken", "Toegelicht in de commissie Onderwijs."),
    (day(9, 2), "gedeeltelijk-overgenomen", "Twee van de vijf aanbevelingen staan in de beleidsnota."),
]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_creation_rules():
    assert RecommendationIndexPage in HomePage.allowed_subpage_models()
    assert RecommendationPage not in HomePage.allowed_subpage_models()
    assert RecommendationIndexPage.allowed_subpage_models() == [RecommendationPage]
    assert RecommendationPage.allowed_subpage_models() == []
    assert RecommendationIndexPage not in StandardPage.allowed_subpage_models()
    assert not RecommendationIndexPage.can_create_at(Page.get_first_root_node())
    assert RecommendationPage.is_content and not RecommendationIndexPage.is_content


def test_every_editable_field_has_dutch_help_text():
    for model in (RecommendationIndexPage, RecommendationPage, StatusChange):
        own = [f for f in model._meta.get_fields(include_parents=False) if getattr(f, "editable", False)]
        for field in own:
            if field.concrete and not field.auto_created and field.name not in ("page", "translation_key", "locale"):
                if field.name.endswith("_ptr") or field.name in ("sort_order", "status", "status_date"):
                    continue
                assert field.help_text, f"{model.__name__}.{field.name} has no help text"


def test_current_status_follows_the_latest_history_entry(make_recommendation):
    page = make_recommendation(history=[])
    assert page.status == "verstuurd" and page.status_date == page.date_issued

    # Entered out of order: the latest *date* wins, not the last row.
    page = make_recommendation(history=[HISTORY[1], HISTORY[0]])
    assert page.status == "gedeeltelijk-overgenomen"
    assert page.status_date == day(9, 2)

    # A new step added in a later revision moves the status once that revision is published.
    page.status_history.add(
        StatusChange(date=day(2, 1, 2025), status="overgenomen", note="Opgenomen in het decreet.", locale=page.locale)
    )
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.status == "overgenomen"
    assert page.live


def test_detail_shows_numbered_recommendations_timeline_response_and_download(client, make_recommendation):
    document = DocumentFactory(title="Advies diversiteit onderwijspersoneel")
    page = make_recommendation(
        title="Meer diversiteit bij het onderwijspersoneel",
        history=HISTORY,
        advice_document=document,
        government_response="<p>De minister neemt de aanbevelingen over zij-instroom over.</p>",
        government_response_url="https://example.org/beleidsnota",
    )
    html = soup(client.get(page.url))
    assert html.h1.get_text() == "Meer diversiteit bij het onderwijspersoneel"
    items = html.select("ol.recommendation-list > li")
    assert [li.h3.get_text() for li in items] == ["Zet in op meer diversiteit", "Meet de vooruitgang"]
    # Sending is the first dated step of the history, then the editors' entries.
    entries = html.select("ol.timeline > li")
    assert [e.time["datetime"] for e in entries] == ["2024-03-01", "2024-03-10", "2024-09-02"]
    assert "Verstuurd" in entries[0].get_text()
    assert "Twee van de vijf" in entries[2].get_text()
    # The stepper marks the current step (the decision, dated) and dates the ones before it.
    steps = html.select("ol.status-path > li")
    assert [s.get("aria-current") for s in steps] == [None, None, "step"]
    assert [s.time["datetime"] if s.time else None for s in steps] == ["2024-03-01", "2024-03-10", "2024-09-02"]
    assert "Gedeeltelijk overgenomen" in steps[2].get_text()
    assert "zij-instroom" in html.select_one(".government-response").get_text()
    assert html.find("a", href="https://example.org/beleidsnota")
    download = html.select_one(".download a")
    assert download["href"] == document.url
    assert "PDF" in html.select_one(".download__meta").get_text()
    # The header shows the current status, derived from the latest step.
    assert html.select_one(".recommendation-meta .status-badge--gedeeltelijk-overgenomen")


@pytest.mark.parametrize(
    "code,title,label",
    [("nl", "Praktijktesten op de huurmarkt", "Besproken"), ("fr", "Tests de situation", "Discuté")],
)
def test_detail_renders_in_each_locale(client, make_recommendation, locales, translate_page, code, title, label):
    page = make_recommendation(title="Praktijktesten op de huurmarkt", history=HISTORY[:1])
    if code != "nl":
        page = translate_page(page, locales[code], title=title, slug="tests-de-situation")
    html = soup(client.get(page.url))
    assert html.html["lang"] == code
    assert html.h1.get_text() == title
    assert html.select_one(".recommendation-meta .status-badge").get_text(strip=True).endswith(label)


def test_english_translation_keeps_history_dates_and_status(client, make_recommendation, locales, translate_page):
    page = make_recommendation(title="Etnisch profileren", history=HISTORY)
    english = translate_page(page, locales["en"], title="Ethnic profiling", slug="ethnic-profiling")
    assert english.status == "gedeeltelijk-overgenomen"
    html = soup(client.get(english.url))
    assert html.html["lang"] == "en"
    assert [e.time["datetime"] for e in html.select("ol.timeline > li")] == ["2024-03-01", "2024-03-10", "2024-09-02"]


def test_preview_shows_the_status_the_edited_history_implies(rf, make_recommendation):
    page = make_recommendation(history=HISTORY[:1])
    page.status_history.add(
        StatusChange(date=day(11, 5), status="niet-overgenomen", note="Afgewezen.", locale=page.locale)
    )
    response = page.make_preview_request()
    assert response.status_code == 200
    html = BeautifulSoup(response.rendered_content, "html.parser")
    assert html.select_one(".recommendation-meta .status-badge--niet-overgenomen")
    assert RecommendationPage.objects.get(pk=page.pk).status == "besproken"  # nothing saved


def test_scheduled_publishing(make_recommendation):
    page = make_recommendation(publish=False, title="Gepland advies")
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live and revision.approved_go_live_at is not None
    # Time passes: the scheduled moment is now in the past, in the revision as in its content.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def _detail_queries(client, page):
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries), response


def _related_pages(home, make_page, count, offset=0):
    # One image per card: a rendition lookup per card would show up as more queries.
    return [
        make_page(
            StandardPageFactory,
            home,
            title=f"Praktijk {n}",
            slug=f"praktijk-{n}",
            listing_image=ImageFactory(title=f"Praktijk {n}", width_px=320, height_px=180),
        )
        for n in range(offset, offset + count)
    ]


def test_detail_query_budget_does_not_grow(client, home_pages, make_page, make_recommendation):
    document = DocumentFactory()
    history = [(day(1 + n % 12, 1 + n, 2020 + n // 12), "besproken", f"Stap {n}") for n in range(20)]
    few = make_recommendation(
        slug="weinig",
        history=history[:2],
        related=_related_pages(home_pages["nl"], make_page, 2),
        advice_document=document,
    )
    many = make_recommendation(
        slug="veel",
        history=history,
        related=_related_pages(home_pages["nl"], make_page, 20, offset=2),
        advice_document=document,
    )
    few_count, _ = _detail_queries(client, few)
    many_count, response = _detail_queries(client, many)
    html = soup(response)
    assert len(html.select("ol.timeline > li")) == 21  # the sending, then 20 steps
    assert len(html.select(".card-list > li")) == 20
    assert many_count == few_count
    assert many_count <= 12, f"detail page used {many_count} queries"
