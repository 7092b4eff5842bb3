"""Recommendations and campaigns in a real browser: no WCAG 2.1 AA violations on a detail page and
a filtered listing of each family, in Dutch and French, and the status board filtered by keyboard."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import CampaignMaterial
from recommendations.factories import RecommendationIndexPageFactory, RecommendationPageFactory
from recommendations.models import StatusChange
from website.factories import DocumentFactory
from website.taxonomy.factories import PartnerFactory, ThemeFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(home_pages, make_page, locales, translate_page):
    """A recommendations board and a campaigns index with content in Dutch and French."""
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # flushed by an earlier transactional test
        Collection.add_root(name="Root")
    nl, fr = locales["nl"], locales["fr"]
    wonen = ThemeFactory(name="Wonen", slug="wonen", locale=nl)
    translate_page(wonen, fr, name="Logement")
    board = make_page(RecommendationIndexPageFactory, home_pages["nl"])
    pages = {}
    for slug, status in (("huur", "overgenomen"), ("leraren", "besproken"), ("profilering", "niet-overgenomen")):
        page = RecommendationPageFactory.build(
            slug=slug,
            title=f"Advies {slug}",
            advice_document=DocumentFactory(title=f"Advies {slug}"),
            government_response="<p>De minister antwoordde.</p>",
            government_response_url="https://example.org/antwoord",
        )
        page.status_history = [
            StatusChange(date=datetime.date(2025, 3, 1), status="besproken", note="Besproken.", locale=nl),
            StatusChange(date=datetime.date(2025, 9, 1), status=status, note="Beslist.", locale=nl),
        ]
        board.add_child(instance=page)
        page.themes.set([wonen])
        page.save_revision().publish()
        pages[slug] = page
    campaigns = make_page(CampaignIndexPageFactory, home_pages["nl"])
    today = datetime.date.today()
    for slug, start, end in (("lopend", -10, 30), ("voorbij", -200, -100)):
        campaign = CampaignPageFactory.build(
            slug=slug,
            title=f"Campagne {slug}",
            start_date=today + datetime.timedelta(days=start),
            end_date=today + datetime.timedelta(days=end),
            calls_to_action=[
                ("call_to_action", {"label": "Doe mee", "page": None, "url": "https://example.org/doe-mee"})
            ],
            newsletter_heading="Blijf op de hoogte",
        )
        campaign.materials = [CampaignMaterial(document=DocumentFactory(), kind="affiche", locale=nl)]
        campaigns.add_child(instance=campaign)
        campaign.themes.set([wonen])
        campaign.partners.set([PartnerFactory(name="Unia")])
        campaign.save_revision().publish()
        pages[slug] = campaign
    french = {
        "board": translate_page(board, fr, title="Avis politiques", slug="avis"),
        "huur": translate_page(pages["huur"], fr, title="Tests de situation", slug="tests"),
        "campaigns": translate_page(campaigns, fr, title="Campagnes", slug="campagnes"),
        "lopend": translate_page(pages["lopend"], fr, title="Regarder au-delà", slug="regarder"),
    }
    return {"nl": {"board": board, "campaigns": campaigns, **pages}, "fr": french}


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_recommendation_pages_are_accessible(live_server, page, assert_accessible, site, code):
    pages = site[code]
    page.goto(live_server.url + pages["huur"].url)
    # The sending date is the first dated step, then the two follow-up steps.
    expect(page.locator("ol.timeline > li")).to_have_count(3)
    assert_accessible(page, f"recommendation detail ({code})")
    page.goto(f"{live_server.url}{pages['board'].url}?theme=wonen&status=overgenomen&level=vlaams")
    expect(page.locator(".listing__results .card")).to_have_count(1)
    assert_accessible(page, f"filtered status board ({code})")


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_campaign_pages_are_accessible(live_server, page, assert_accessible, site, code):
    pages = site[code]
    page.goto(live_server.url + pages["lopend"].url)
    expect(page.locator(".campaign-hero h1")).to_have_count(1)
    assert_accessible(page, f"campaign detail ({code})")
    page.goto(f"{live_server.url}{pages['campaigns'].url}?theme=wonen&period=lopend")
    expect(page.locator(".listing__results .card")).to_have_count(1)
    assert_accessible(page, f"filtered campaigns ({code})")


def _tab_to(page, selector, limit=120):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"could not reach {selector} with the Tab key")


def test_status_board_can_be_filtered_by_keyboard_only(live_server, page, site):
    board = site["nl"]["board"]
    page.goto(live_server.url + board.url)
    expect(page.locator(".listing__results .card")).to_have_count(3)
    # Each ticked box applies at once; focus comes back to it, so the next one is a Tab away.
    _tab_to(page, 'input[name="status"][value="overgenomen"]')
    with page.expect_navigation():
        page.keyboard.press("Space")
    expect(page.locator('input[name="status"][value="overgenomen"]')).to_be_focused()
    _tab_to(page, 'input[name="status"][value="niet-overgenomen"]')
    with page.expect_navigation():
        page.keyboard.press("Space")
    expect(page).to_have_url(
        re.compile(r"status=overgenomen.*status=niet-overgenomen|status=niet-overgenomen.*status=overgenomen")
    )
    titles = page.locator(".listing__results .card__title a")
    expect(titles).to_have_count(2)
    assert sorted(titles.all_inner_texts()) == ["Advies huur", "Advies profilering"]
    # The active filter can be removed by keyboard too.
    _tab_to(page, ".active-filters .chip")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator(".listing__results .card")).to_have_count(1)
