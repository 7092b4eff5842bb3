"""Campaign pages and the campaigns index: rules, rendering in three locales, current/upcoming/past
shown apart, materials and partners, preview, scheduling and query budgets."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from campaigns.models import CampaignIndexPage, CampaignPage
from website.factories import DocumentFactory, ImageFactory, StandardPageFactory
from website.models import HomePage
from website.taxonomy.factories import PartnerFactory, ThemeFactory

from .conftest import days

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_creation_rules():
    assert CampaignIndexPage in HomePage.allowed_subpage_models()
    assert CampaignPage not in HomePage.allowed_subpage_models()
    assert CampaignIndexPage.allowed_subpage_models() == [CampaignPage]
    assert CampaignPage.allowed_subpage_models() == []
    assert not CampaignIndexPage.can_create_at(Page.get_first_root_node())
    assert CampaignPage.is_content


def test_end_date_before_start_date_is_refused_with_a_clear_message():
    page = CampaignPage(title="x", slug="x", key_message="x", start_date=days(0), end_date=days(-1))
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end_date" in error.value.message_dict


def test_detail_shows_message_actions_materials_partners_related_and_newsletter_slot(
    client, home_pages, make_page, make_campaign
):
    poster = DocumentFactory(title="Affiche Kijk verder")
    target = make_page(StandardPageFactory, home_pages["nl"], title="Toolkit beeldvorming", slug="toolkit")
    page = make_campaign(
        title="Kijk verder dan het beeld",
        key_message="Iedereen verdient een genuanceerd beeld.",
        hero_image=ImageFactory(title="Campagnebeeld"),
        calls_to_action=[
            ("call_to_action", {"label": "Lees de toolkit", "page": target, "url": ""}),
            ("call_to_action", {"label": "Teken de oproep", "page": None, "url": "https://example.org/oproep"}),
        ],
        materials=[poster],
        partners=[PartnerFactory(name="Vlaams Huurdersplatform", website="https://example.org/vhp")],
        related=[target],
        newsletter_heading="Blijf op de hoogte van de campagne",
        newsletter_page=home_pages["nl"],
    )
    html = soup(client.get(page.url))
    assert html.h1.get_text() == "Kijk verder dan het beeld"
    assert html.select_one(".campaign-hero__message").get_text() == "Iedereen verdient een genuanceerd beeld."
    assert html.select_one(".campaign-hero__image")["alt"] == "Campagnebeeld"
    actions = html.select(".campaign-actions a")
    assert [(a.get_text(), a["href"]) for a in actions] == [
        ("Lees de toolkit", target.url),
        ("Teken de oproep", "https://example.org/oproep"),
    ]
    material = html.select_one(".materials__item")
    assert material.a["href"] == poster.url and "PDF" in material.get_text()
    # Like every family's downloads (website.models.LinkedDocument): the file's language is said.
    assert material.a["hreflang"] == "nl" and "Nederlands" in material.get_text()
    assert html.select_one(".partners a[href='https://example.org/vhp']").get_text() == "Vlaams Huurdersplatform"
    assert html.select_one(".card__title a").get_text() == "Toolkit beeldvorming"
    # The newsletters app fills the slot with its sign-up form, under the campaign's own heading.
    signup = html.select_one("main .signup-box--block")
    assert signup.h2.get_text() == "Blijf op de hoogte van de campagne"
    assert signup.find("input", attrs={"type": "email"})
    assert html.select_one(".campaign-period__badge--lopend")


@pytest.mark.parametrize("code,title", [("fr", "Regarder au-delà de l'image"), ("en", "Look beyond the image")])
def test_detail_renders_in_each_locale(client, make_campaign, locales, translate_page, code, title):
    page = make_campaign(title="Kijk verder", key_message="Genuanceerd.", end_date=None)
    translated = translate_page(page, locales[code], title=title, slug="campaign", key_message=title)
    html = soup(client.get(translated.url))
    assert html.html["lang"] == code
    assert html.h1.get_text() == title
    assert html.select_one(".campaign-hero__message").get_text() == title
    expected = {"fr": "En cours", "en": "Current"}[code]
    assert html.select_one(".campaign-period__badge").get_text() == expected


def test_index_shows_current_upcoming_and_past_campaigns_apart(client, campaign_index, make_campaign):
    make_campaign(title="Lopend", start_date=days(-10), end_date=days(10))
    make_campaign(title="Zonder einde", start_date=days(-400), end_date=None)
    make_campaign(title="Gepland", start_date=days(20), end_date=days(50))
    make_campaign(title="Afgelopen", start_date=days(-100), end_date=days(-50))
    html = soup(client.get(campaign_index.url))
    groups = {
        heading["id"]: [a.get_text() for a in heading.find_next_sibling("ul").select(".card__title a")]
        for heading in html.select(".campaign-group__heading")
    }
    assert groups == {
        "group-lopend": ["Lopend", "Zonder einde"],
        "group-gepland": ["Gepland"],
        "group-afgelopen": ["Afgelopen"],
    }
    # The period facet counts, and filters.
    boxes = {box["value"]: box for box in html.select('input[name="period"]')}
    assert set(boxes) == {"lopend", "gepland", "afgelopen"}
    html = soup(client.get(f"{campaign_index.url}?period=afgelopen&period=gepland"))
    assert sorted(a.get_text() for a in html.select(".card__title a")) == ["Afgelopen", "Gepland"]


def test_index_combines_theme_and_period_with_counts(client, campaign_index, make_campaign, locales):
    media = ThemeFactory(name="Beeldvorming", slug="beeldvorming-en-media", locale=locales["nl"])
    for title, start, end in (("A", -5, 5), ("B", -90, -60), ("C", -5, None)):
        page = make_campaign(title=title, start_date=days(start), end_date=days(end) if end else None)
        if title != "C":
            page.themes.set([media])
            page.save_revision().publish()
    html = soup(client.get(f"{campaign_index.url}?theme=beeldvorming-en-media&period=lopend"))
    assert [a.get_text() for a in html.select(".card__title a")] == ["A"]
    label = html.find("label", attrs={"for": html.select_one('input[name="period"][value="afgelopen"]')["id"]})
    assert "(1" in label.get_text()  # one past campaign on this theme


@pytest.mark.parametrize("query", ["period=ooit", "page=abc", "page=99999", "year=x", "theme=nope&sort=drop"])
def test_index_bad_parameters_give_a_normal_page(client, campaign_index, make_campaign, query):
    make_campaign(title="Lopend")
    html = soup(client.get(f"{campaign_index.url}?{query}"))
    assert [a.get_text() for a in html.select(".card__title a")] == ["Lopend"]


def test_preview_renders_unsaved_changes(make_campaign):
    page = make_campaign(title="Kijk verder")
    page.key_message = "Nieuwe kernboodschap in voorbeeld."
    response = page.make_preview_request()
    assert response.status_code == 200
    assert "Nieuwe kernboodschap in voorbeeld." in response.rendered_content


def test_scheduled_publishing(make_campaign):
    page = make_campaign(title="Gepland", publish=False)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def test_editing_a_partner_shows_at_once(client, make_campaign):
    partner = PartnerFactory(name="Oude naam")
    page = make_campaign(partners=[partner])
    assert "Oude naam" in client.get(page.url).content.decode()
    partner.name = "Nieuwe naam"
    partner.save()
    assert "Nieuwe naam" in client.get(page.url).content.decode()


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), BeautifulSoup(response.content, "html.parser")


def test_detail_query_budget_does_not_grow(client, home_pages, make_page, make_campaign):
    def build(slug, count, offset):
        return make_campaign(
            slug=slug,
            hero_image=ImageFactory(title=f"Hero {slug}", width_px=400, height_px=300),
            materials=[DocumentFactory(title=f"Materiaal {n}") for n in range(count)],
            partners=[
                PartnerFactory(name=f"Partner {offset + n}", logo=ImageFactory(width_px=200, height_px=100))
                for n in range(count)
            ],
            related=[
                make_page(
                    StandardPageFactory,
                    home_pages["nl"],
                    slug=f"gerelateerd-{offset + n}",
                    listing_image=ImageFactory(width_px=320, height_px=180),
                )
                for n in range(count)
            ],
            calls_to_action=[("call_to_action", {"label": "Doe mee", "page": home_pages["nl"], "url": ""})] * 3,
        )

    few_count, _ = _queries(client, build("weinig", 2, 0).url)
    many_count, html = _queries(client, build("veel", 20, 100).url)
    assert len(html.select(".materials__item")) == 20
    assert len(html.select(".partners__item img")) == 20
    assert len(html.select(".card-list > li")) == 20
    assert many_count == few_count
    assert many_count <= 12, f"campaign page used {many_count} queries"


def test_index_query_budget_does_not_grow(client, campaign_index, make_campaign, locales):
    media = ThemeFactory(name="Beeldvorming", slug="beeldvorming-en-media", locale=locales["nl"])

    def add(start, count):
        for n in range(start, start + count):
            page = make_campaign(
                slug=f"c-{n}",
                start_date=days(-n),
                end_date=days(10 - n),
                listing_image=ImageFactory(width_px=320, height_px=180),
            )
            page.themes.set([media])
            page.save_revision().publish()

    url = f"{campaign_index.url}?theme=beeldvorming-en-media&period=lopend&period=afgelopen&year={days(0).year}"
    add(0, 2)
    few, _ = _queries(client, url)
    add(2, 18)
    many, html = _queries(client, url)
    assert len(html.select(".card-list > li")) == 12
    assert few == many
    assert many <= 15, f"campaign index used {many} queries"
