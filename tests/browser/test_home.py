"""The home page leads in, on a phone (390 px) and a desktop (1280 px), in Dutch and French: no
WCAG 2.1 AA violations, no heading out of its box, nothing scrolls sideways; the ways in by
audience come within the first screen on a phone and land on the listing filtered on that
audience, with results; the ways in by theme open the theme hubs; the editors' featured
toolkits and the latest recommendations (with their status badge) are shown; one sign-up form."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from recommendations.factories import RecommendationIndexPageFactory, RecommendationPageFactory
from recommendations.models import StatusChange
from themes.factories import ThemeIndexPageFactory, ThemePageFactory
from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory
from website.demo.helpers import translated_rows
from website.factories import ImageFactory
from website.models import HomeAudienceLink, HomeFeaturedItem
from website.taxonomy.factories import AudienceFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
LONG_TITLE = "Ondersteuningspakket arbeidsmarktintegratiebegeleiding voor werkgeversorganisaties"
WAYS_IN = [
    ("werkgevers", "Ik ben werkgever", "Je suis employeur"),
    ("middenveldorganisaties", "Ik werk in het middenveld", "Je travaille dans la société civile"),
    ("lokale-besturen", "Ik werk bij een lokaal bestuur", "Je travaille pour un pouvoir local"),
]
LAYOUT_PROBLEMS = """() => {
  const overflowing = [...document.querySelectorAll('h1, h2, h3, .entry-point, .theme-tile')]
    .filter(el => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
    .map(el => el.textContent.trim().slice(0, 60));
  return {overflowing, sideways: document.documentElement.scrollWidth > window.innerWidth};
}"""


@pytest.fixture
def site(home_pages, make_page, translate_page, terms):
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # flushed by an earlier transactional test
        Collection.add_root(name="Root")
    nl, fr = home_pages["nl"].locale, home_pages["fr"].locale
    civil = AudienceFactory(name="Middenveldorganisaties", slug="middenveldorganisaties", locale=nl)
    translate_page(civil, fr, name="Organisations de la société civile")
    audiences = {"werkgevers": terms["werkgevers"], "middenveldorganisaties": civil}
    audiences["lokale-besturen"] = terms["lokale-besturen"]

    image = ImageFactory(title="Illustratie")
    library = make_page(ToolkitIndexPageFactory, home_pages["nl"])
    translate_page(library, fr, title="Boîtes à outils", slug="boites-a-outils")
    toolkits = []
    for index, (slug, title, theme, audience) in enumerate(
        (
            ("pakket", LONG_TITLE, "werk", "werkgevers"),
            ("wonen", "Betaalbaar wonen", "wonen", "middenveldorganisaties"),
            ("lokaal", "Inspraak in de gemeente", "wonen", "lokale-besturen"),
            ("oud", "Een oudere toolkit", "werk", "werkgevers"),
        )
    ):
        toolkit = make_page(ToolkitPageFactory, library, slug=slug, title=title, listing_image=image if index else None)
        toolkit.themes.set([terms[theme]])
        toolkit.audiences.set([audiences[audience]])
        toolkit.save_revision().publish()
        translate_page(toolkit, fr, title=f"{title} (FR)", slug=f"{slug}-fr")
        toolkits.append(toolkit)

    hubs = make_page(ThemeIndexPageFactory, home_pages["nl"])
    translate_page(hubs, fr, title="Thèmes", slug="themes")
    for slug in ("wonen", "werk"):
        hub = make_page(ThemePageFactory, hubs, title=terms[slug].name, slug=slug, theme=terms[slug])
        translate_page(hub, fr, title={"wonen": "Logement", "werk": "Emploi"}[slug], slug=f"{slug}-fr")

    board = make_page(RecommendationIndexPageFactory, home_pages["nl"])
    advice = RecommendationPageFactory.build(slug="huur", title="Advies huur", date_issued=datetime.date(2025, 1, 15))
    advice.status_history = [
        StatusChange(date=datetime.date(2025, 3, 1), status="besproken", note="Besproken.", locale=nl)
    ]
    board.add_child(instance=advice)
    advice.save_revision().publish()
    translate_page(board, fr, title="Avis politiques", slug="avis")
    translate_page(advice, fr, title="Tests de situation", slug="tests")

    home = home_pages["nl"]
    for order, (slug, label, _) in enumerate(WAYS_IN):
        HomeAudienceLink.objects.create(
            home=home, label=label, audience=audiences[slug], listing_page=library, sort_order=order, locale=nl
        )
    # The editors feature the oldest toolkit first, then the long-titled one.
    for order, toolkit in enumerate((toolkits[3], toolkits[0])):
        HomeFeaturedItem.objects.create(home=home, page=toolkit, sort_order=order, locale=nl)
    home.save_revision().publish()
    links = translated_rows(list(home.audience_links.all()), "label", [french for _, _, french in WAYS_IN])
    translate_page(
        home,
        fr,
        title="Construire ensemble une société inclusive",
        slug="home",
        hero_message="Chacun doit pouvoir participer.",
        audience_links=links,
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
@pytest.mark.parametrize("code", ["nl", "fr"])
def test_home_fits_the_screen_passes_axe_and_shows_its_ways_in(
    live_server, site, browser, assert_accessible, viewport, code
):
    context = browser.new_context(viewport=viewport, locale="nl-BE")
    tab = context.new_page()
    tab.goto(f"{live_server.url}/{code}/")
    ways_in = tab.locator(".entry-points a")
    expect(ways_in).to_have_text([nl if code == "nl" else fr for _, nl, fr in WAYS_IN])
    expect(tab.locator(".home-themes .theme-tile")).to_have_count(2)
    featured = tab.locator("#featured-heading + .card-list .card__title")
    suffix = "" if code == "nl" else " (FR)"
    expect(featured).to_have_text([f"Een oudere toolkit{suffix}", f"{LONG_TITLE}{suffix}"])
    expect(tab.locator(".home-recommendations .status-badge--besproken")).to_be_visible()
    expect(tab.locator("form.signup")).to_have_count(1)
    assert tab.evaluate(LAYOUT_PROBLEMS) == {"overflowing": [], "sideways": False}
    if viewport is PHONE:
        top = ways_in.first.evaluate("el => el.getBoundingClientRect().top + window.scrollY")
        assert top < PHONE["height"], f"the first way in starts at {top:.0f} px"
    assert_accessible(tab, f"/{code}/ at {viewport['width']} px")
    context.close()


@pytest.mark.parametrize(
    "code, label, url",
    [
        ("nl", "Ik ben werkgever", r"/nl/toolkits/\?audience=werkgevers$"),
        ("fr", "Je suis employeur", r"/fr/boites-a-outils/\?audience=werkgevers$"),
    ],
)
def test_a_way_in_by_audience_lands_on_the_filtered_listing_with_results(
    live_server, site, browser, assert_accessible, code, label, url
):
    context = browser.new_context(viewport=PHONE, locale="nl-BE")
    tab = context.new_page()
    tab.goto(f"{live_server.url}/{code}/")
    tab.get_by_role("link", name=label).click()
    expect(tab).to_have_url(re.compile(url))
    # Both toolkits for employers, and only those.
    suffix = "" if code == "nl" else " (FR)"
    titles = tab.locator(".listing__results .card__title")
    expect(titles).to_have_count(2)
    expect(titles.filter(has_text=f"Een oudere toolkit{suffix}")).to_have_count(1)
    expect(titles.filter(has_text=LONG_TITLE)).to_have_count(1)
    expect(tab.locator(".active-filters .chip")).to_have_count(1)
    assert_accessible(tab, f"listing reached from the {code} home page")
    context.close()


def test_a_way_in_by_theme_opens_its_hub(live_server, site, browser):
    context = browser.new_context(viewport=DESKTOP, locale="nl-BE")
    tab = context.new_page()
    tab.goto(f"{live_server.url}/fr/")
    tab.locator(".home-themes .theme-tile", has_text="Logement").click()
    expect(tab).to_have_url(re.compile(r"/fr/themes/wonen-fr/$"))
    expect(tab.locator("main h1")).to_have_text("Logement")
    context.close()
