"""The shared faceted-listing engine: combined filters, disjunctive counts, bad parameters."""

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from tests.fixtures import publish_page
from website.factories import StandardPageFactory
from website.models import StandardPage
from website.pages import facets, visibility
from website.pages.listings import card_queryset
from website.taxonomy.factories import AudienceFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def tagged_pages(module_home_pages):
    """Built once for the module: its tests only read these pages."""
    from wagtail.models import Locale

    nl = Locale.objects.get(language_code="nl")
    locales = {"nl": nl}
    home_pages = module_home_pages
    make_page = publish_page
    wonen = ThemeFactory(name="Wonen", slug="wonen", locale=locales["nl"])
    werk = ThemeFactory(name="Werk", slug="werk", locale=locales["nl"])
    employers = AudienceFactory(name="Werkgevers", slug="werkgevers", locale=locales["nl"])
    cities = AudienceFactory(name="Lokale besturen", slug="lokale-besturen", locale=locales["nl"])
    combos = [
        ("a", [wonen], [employers]),
        ("b", [wonen], [cities]),
        ("c", [werk], [employers]),
        ("d", [wonen, werk], [employers]),
        ("e", [werk], [cities]),
    ]
    for slug, themes, audiences in combos:
        page = make_page(StandardPageFactory, home_pages["nl"], title=f"Pagina {slug}", slug=slug)
        page.themes.set(themes)
        page.audiences.set(audiences)
        page.save_revision().publish()
    return home_pages["nl"]


def listing_for(query, home):
    request = RequestFactory().get(f"/nl/?{query}")
    queryset = StandardPage.objects.live().filter(locale_id=home.locale_id).child_of(home)
    return facets.FacetedListing(
        request,
        queryset,
        [facets.theme_facet(), facets.audience_facet(), facets.year_facet()],
        locale_id=home.locale_id,
        card_queryset=card_queryset,
    )


def counts(listing, param):
    group = next(g for g in listing.groups if g["facet"].param == param)
    return {option.value: option.count for option in group["options"]}


def test_combined_facets_give_the_intersection_and_disjunctive_counts(tagged_pages):
    listing = listing_for("theme=wonen&audience=werkgevers", tagged_pages)
    assert sorted(page.slug for page in listing.page.object_list) == ["a", "d"]
    assert listing.total == 2
    # Theme counts apply the audience filter only: werkgevers pages per theme.
    assert counts(listing, "theme") == {"wonen": 2, "werk": 2}
    # Audience counts apply the theme filter only: wonen pages per audience.
    assert counts(listing, "audience") == {"werkgevers": 2, "lokale-besturen": 1}


def test_repeated_parameter_means_either_value(tagged_pages):
    listing = listing_for("theme=wonen&theme=werk&audience=lokale-besturen", tagged_pages)
    assert sorted(page.slug for page in listing.page.object_list) == ["b", "e"]


@pytest.mark.parametrize(
    "query", ["theme=bestaat-niet", "page=abc", "page=99999", "year=abcd", "sort=drop-table", "theme=" + "x" * 5000]
)
def test_bad_parameters_give_a_normal_listing(tagged_pages, query):
    listing = listing_for(query, tagged_pages)
    assert listing.total == 5
    assert len(listing.page.object_list) == 5
    assert not listing.is_filtered


def test_year_facet_offers_years_with_results(tagged_pages):
    listing = listing_for("", tagged_pages)
    years = counts(listing, "year")
    assert sum(years.values()) == 5 and all(len(year) == 4 for year in years)


def test_listing_renders_form_counts_and_clear_link(tagged_pages):
    listing = listing_for("theme=wonen", tagged_pages)
    html = render_to_string("website/includes/facets/listing.html", {"listing": listing})
    assert 'name="theme" value="wonen" checked' in html
    assert "3 results" in html or "3 resultaten" in html
    assert 'href="?"' in html  # clear all filters


def test_facet_counts_cost_one_query_whatever_the_facets(tagged_pages):
    request = RequestFactory().get("/nl/", {"theme": "wonen"})
    queryset = StandardPage.objects.live().filter(locale_id=tagged_pages.locale_id)
    listing_for("", tagged_pages)  # fill the taxonomy cache
    with visibility.request_scope():
        visibility.snapshot()  # the request's one read of the view restrictions, counted elsewhere
        with CaptureQueriesContext(connection) as queries:
            facets.FacetedListing(
                request, queryset, [facets.theme_facet(), facets.audience_facet()], locale_id=tagged_pages.locale_id
            )
    sql = [query["sql"] for query in queries.captured_queries]
    # One UNION query counts every facet and the total number of results (for the paginator).
    assert len(sql) == 1
    assert "UNION" in sql[0]


def test_total_from_the_facet_query_matches_the_results(tagged_pages):
    listing = listing_for("theme=wonen&audience=werkgevers", tagged_pages)
    assert listing.total == listing.page.paginator.count == 2
    assert listing_for("theme=wonen&theme=werk", tagged_pages).total == 5
    assert listing_for("audience=lokale-besturen&year=1999", tagged_pages).total == 0


def test_cached_listing_costs_no_query_until_something_is_published(tagged_pages, make_page):
    from website.caching import content_cache

    def cached_listing():
        request = RequestFactory().get("/nl/", {"theme": "wonen"})
        queryset = StandardPage.objects.live().filter(locale_id=tagged_pages.locale_id)
        listing = facets.FacetedListing(
            request,
            queryset,
            [facets.theme_facet(), facets.audience_facet()],
            locale_id=tagged_pages.locale_id,
            card_queryset=card_queryset,
            cache_key="test",
        )
        return listing, [page.slug for page in listing.page.object_list]

    first, slugs = cached_listing()
    with visibility.request_scope():
        visibility.snapshot()  # the request's one read of the view restrictions, counted elsewhere
        with CaptureQueriesContext(connection) as queries:
            again, same = cached_listing()
    assert len(queries) == 0 and same == slugs and again.total == first.total == 3
    page = make_page(StandardPageFactory, tagged_pages, title="Nieuw", slug="nieuw")
    page.themes.set(first.groups[0]["facet"].model.objects.filter(slug="wonen"))
    page.save_revision().publish()  # bumps the content version
    content_cache.version()
    fresh, fresh_slugs = cached_listing()
    assert fresh.total == 4 and "nieuw" in fresh_slugs


def test_newest_order_may_be_several_fields(tagged_pages):
    request = RequestFactory().get("/nl/")
    queryset = StandardPage.objects.live().filter(locale_id=tagged_pages.locale_id).child_of(tagged_pages)
    listing = facets.FacetedListing(
        request, queryset, [facets.theme_facet()], locale_id=tagged_pages.locale_id, newest_field=["-title", "slug"]
    )
    assert [page.slug for page in listing.page.object_list] == ["e", "d", "c", "b", "a"]
    assert listing.ordering == ["-title", "slug", "pk"]
