"""Toolkits, good practices and theme hubs in a real browser: WCAG 2.1 AA (axe) on a detail page
and a filtered listing of each family in Dutch and French, a hub, and filtering by keyboard only."""

import re

import pytest
from playwright.sync_api import expect

from practices.factories import PracticeDocumentFactory, PracticeIndexPageFactory, PracticePageFactory
from practices.models import PracticeImage
from themes.factories import ThemeIndexPageFactory, ThemePageFactory
from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory, ToolkitResourceFactory
from website.factories import DocumentFactory, ImageFactory
from website.taxonomy.factories import PartnerFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _tag(page, known, themes, audiences, regions=()):
    page.themes.set([known[t] for t in themes])
    page.audiences.set([known[a] for a in audiences])
    page.regions.set([known[r] for r in regions])


@pytest.fixture
def site(home_pages, make_page, translate_page, terms):
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # flushed by an earlier transactional test
        Collection.add_root(name="Root")
    fr = home_pages["fr"].locale
    image = ImageFactory(title="Mensen in gesprek")
    toolkits = make_page(ToolkitIndexPageFactory, home_pages["nl"])
    translate_page(toolkits, fr, title="Boîtes à outils", slug="boites-a-outils")
    for slug, title, themes, audiences in (
        ("inclusief-werven", "Inclusief werven", ["werk"], ["werkgevers"]),
        ("betaalbaar-wonen", "Betaalbaar wonen", ["wonen"], ["lokale-besturen"]),
    ):
        toolkit = make_page(ToolkitPageFactory, toolkits, slug=slug, title=title, listing_image=image)
        _tag(toolkit, terms, themes, audiences, ["brussel"])
        toolkit.sectors.set([terms["zorg"]])
        ToolkitResourceFactory(page=toolkit, document=DocumentFactory(title=f"Gids {title}"), title="", language="fr")
        toolkit.save_revision().publish()
        translate_page(toolkit, fr, title=f"{title} (FR)", slug=f"{slug}-fr")

    practices = make_page(PracticeIndexPageFactory, home_pages["nl"])
    translate_page(practices, fr, title="Bonnes pratiques", slug="bonnes-pratiques")
    practice = make_page(
        PracticePageFactory,
        practices,
        slug="burgerpanel",
        title="Burgerpanel",
        listing_image=image,
        organisation=PartnerFactory(name="VVSG"),
        sector=terms["zorg"],
    )
    _tag(practice, terms, ["werk"], ["lokale-besturen"], ["vlaanderen"])
    PracticeImage.objects.create(page=practice, image=image, alt_text="Inwoners rond een tafel", locale=practice.locale)
    PracticeDocumentFactory(page=practice, document=DocumentFactory(title="Verslag"))
    practice.save_revision().publish()
    translate_page(practice, fr, title="Panel citoyen", slug="panel-citoyen")

    hubs = make_page(ThemeIndexPageFactory, home_pages["nl"])
    make_page(ThemePageFactory, hubs, title="Werk", slug="werk", theme=terms["werk"])


PAGES = [
    "/nl/toolkits/inclusief-werven/",
    "/fr/boites-a-outils/inclusief-werven-fr/",
    "/nl/toolkits/?theme=werk&audience=werkgevers&region=brussel",
    "/fr/boites-a-outils/?theme=werk&sector=zorg",
    "/nl/goede-praktijken/burgerpanel/",
    "/fr/bonnes-pratiques/panel-citoyen/",
    "/nl/goede-praktijken/?theme=werk&region=vlaanderen",
    "/fr/bonnes-pratiques/?audience=lokale-besturen",
    "/nl/themas/",
    "/nl/themas/werk/?audience=werkgevers&type=toolkitpage",
    "/nl/toolkits/?theme=onderwijs",  # empty state
]


def test_pages_have_no_wcag_violations(live_server, site, page, assert_accessible):
    # One test over every page: the content is built once (about 12 s), not once per page.
    # Every page is checked, and every failing page is reported, not only the first.
    failures = []
    for path in PAGES:
        response = page.goto(live_server.url + path)
        try:
            assert response.status == 200, f"{path}: HTTP {response.status}"
            assert_accessible(page, path)
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n\n".join(failures)


def test_filtering_the_toolkit_library_by_keyboard_only(live_server, site, page):
    page.goto(live_server.url + "/nl/toolkits/")
    expect(page.locator(".listing__results .card")).to_have_count(2)

    def tab_to(selector, limit=80):
        target = page.locator(selector)
        for _ in range(limit):
            page.keyboard.press("Tab")
            if target.evaluate("el => el === document.activeElement"):
                return
        pytest.fail(f"could not reach {selector} with the Tab key")

    # With JavaScript a ticked box applies at once, and focus comes back to it.
    tab_to("input[name=theme][value=werk]")
    with page.expect_navigation():
        page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"theme=werk"))
    expect(page.locator(".listing__results .card__title a")).to_have_text(["Inclusief werven"])
    expect(page.locator("input[name=theme][value=werk]")).to_be_checked()
    expect(page.locator("input[name=theme][value=werk]")).to_be_focused()
    # The active filter can be removed by keyboard too.
    tab_to(".active-filters .chip")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator(".listing__results .card")).to_have_count(2)
