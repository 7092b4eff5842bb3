"""The rule "visible to an anonymous visitor" gives one answer in each of its forms."""

import pytest
from django.db import connection
from wagtail.models import Page, PageViewRestriction

from website.factories import StandardPageFactory
from website.pages import visibility

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_pages, make_page):
    """A public section, a restricted one (with a page below it), and a public page whose path
    starts like the restricted one's sibling would."""
    home = home_pages["nl"]
    public_section = make_page(StandardPageFactory, home, title="Publiek", slug="publiek")
    public_child = make_page(StandardPageFactory, public_section, title="Publiek kind", slug="publiek-kind")
    private_section = make_page(StandardPageFactory, home, title="Leden", slug="leden")
    private_child = make_page(StandardPageFactory, private_section, title="Leden kind", slug="leden-kind")
    PageViewRestriction.objects.create(page=private_section, restriction_type=PageViewRestriction.LOGIN)
    return {
        "public": {home.pk, public_section.pk, public_child.pk},
        "private": {private_section.pk, private_child.pk},
    }


def _raw_public_ids(ids) -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT p.id FROM wagtailcore_page p WHERE p.id = ANY(%s) AND {visibility.public_page_sql('p')}",
            [list(ids)],
        )
        return {row[0] for row in cursor.fetchall()}


def test_every_form_of_the_rule_agrees_with_wagtail(tree):
    ids = tree["public"] | tree["private"]
    pages = Page.objects.filter(pk__in=ids)
    wagtail = set(pages.public().values_list("pk", flat=True))
    assert wagtail == tree["public"]
    assert set(visibility.public(pages).values_list("pk", flat=True)) == wagtail
    assert set(visibility.public_to_search(pages).values_list("pk", flat=True)) == wagtail
    assert _raw_public_ids(ids) == wagtail


def test_a_restriction_removed_a_moment_ago_counts_in_every_form(tree):
    PageViewRestriction.objects.all().delete()
    ids = tree["public"] | tree["private"]
    assert _raw_public_ids(ids) == ids
    assert set(visibility.public(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True)) == ids
