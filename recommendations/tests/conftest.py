import datetime

import pytest

from recommendations.factories import RecommendationIndexPageFactory, RecommendationPageFactory
from recommendations.models import RelatedPractice, StatusChange


@pytest.fixture
def index_page(home_pages, make_page):
    return make_page(RecommendationIndexPageFactory, home_pages["nl"])


@pytest.fixture
def make_recommendation(index_page, make_page):
    """A published recommendation with the given follow-up ``history`` [(date, status, note), ...]."""

    def make(history=(), related=(), publish=True, **fields):
        page = RecommendationPageFactory.build(**fields)
        page.live = publish  # a draft stays off the site until published
        page.status_history = [
            StatusChange(date=date, status=status, note=note, sort_order=n, locale=index_page.locale)
            for n, (date, status, note) in enumerate(history)
        ]
        page.related_practices = [
            RelatedPractice(practice=practice, sort_order=n, locale=index_page.locale)
            for n, practice in enumerate(related)
        ]
        index_page.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        return page

    return make


def day(month, d=1, year=2024):
    return datetime.date(year, month, d)
