"""sitemap.xml and robots.txt: every live public page in every language, hreflang pairs symmetric."""

import pytest
from defusedxml import ElementTree
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def parse_sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    urls = {}
    for node in root.findall("s:url", NS):
        loc = node.findtext("s:loc", namespaces=NS)
        urls[loc] = {
            "lastmod": node.findtext("s:lastmod", namespaces=NS),
            "alternates": {link.get("hreflang"): link.get("href") for link in node.findall("x:link", NS)},
        }
    return urls


@pytest.fixture
def tree(home_pages, make_page, locales, translate_page):
    about = make_page(StandardPageFactory, home_pages["nl"], title="Over ons", slug="over-ons")
    translate_page(about, locales["fr"], title="À propos", slug="a-propos")
    translate_page(about, locales["en"], title="About", slug="about")
    only_nl = make_page(StandardPageFactory, home_pages["nl"], title="Enkel Nederlands", slug="enkel-nl")
    draft = make_page(StandardPageFactory, home_pages["nl"], title="Ontwerp", slug="ontwerp")
    draft.unpublish()
    private = make_page(StandardPageFactory, home_pages["nl"], title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    below_private = make_page(StandardPageFactory, private, title="Dieper", slug="dieper")
    return {"about": about, "only_nl": only_nl, "draft": draft, "private": private, "below": below_private}


def test_sitemap_lists_live_public_pages_in_every_language(client, tree, home_pages):
    urls = parse_sitemap(client)
    about = tree["about"]
    expected = {home.get_full_url() for home in home_pages.values()} | {
        page.get_full_url() for page in (about, tree["only_nl"])
    }
    expected |= {
        about.get_translation(locale).get_full_url()
        for locale in about.get_translations().values_list("locale", flat=True)
    }
    assert set(urls) == expected
    assert "http://localhost/fr/a-propos/" in urls
    for hidden in ("draft", "private", "below"):
        assert tree[hidden].get_full_url() not in urls


def test_hreflang_pairs_are_symmetric_with_x_default(client, tree):
    urls = parse_sitemap(client)
    about_nl = tree["about"].get_full_url()
    group = urls[about_nl]["alternates"]
    assert set(group) == {"nl", "fr", "en", "x-default"}
    assert group["x-default"] == about_nl
    for code in ("nl", "fr", "en"):
        # Every alternate points back at every other one, itself included.
        assert urls[group[code]]["alternates"] == group
    assert urls[tree["only_nl"].get_full_url()]["alternates"] == {}


def test_lastmod_is_the_last_publication(client, tree):
    urls = parse_sitemap(client)
    tree["about"].refresh_from_db()
    assert urls[tree["about"].get_full_url()]["lastmod"] == tree["about"].last_published_at.isoformat(
        timespec="seconds"
    )


def test_sitemap_follows_publishing_at_once(client, tree):
    assert tree["only_nl"].get_full_url() in parse_sitemap(client)
    tree["only_nl"].unpublish()
    assert tree["only_nl"].get_full_url() not in parse_sitemap(client)


def test_sitemap_costs_a_fixed_number_of_queries(client, home_pages, make_page):
    def cold_queries():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap.xml").status_code == 200
        return len(captured)

    make_page(StandardPageFactory, home_pages["nl"], slug="een")
    few = cold_queries()
    for n in range(15):
        make_page(StandardPageFactory, home_pages["nl"], slug=f"p{n}")
    assert cold_queries() == few <= 6


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
