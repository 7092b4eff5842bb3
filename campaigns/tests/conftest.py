import datetime

import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import CampaignMaterial, CampaignRelatedPage


@pytest.fixture
def campaign_index(home_pages, make_page):
    return make_page(CampaignIndexPageFactory, home_pages["nl"])


def days(n):
    return datetime.date.today() + datetime.timedelta(days=n)


@pytest.fixture
def make_campaign(campaign_index):
    """A published campaign with ``materials`` (documents), ``partners`` and ``related`` pages."""

    def make(materials=(), partners=(), related=(), publish=True, **fields):
        page = CampaignPageFactory.build(**fields)
        page.live = publish
        page.materials = [
            CampaignMaterial(document=document, kind="affiche", sort_order=n, locale=campaign_index.locale)
            for n, document in enumerate(materials)
        ]
        page.related_links = [
            CampaignRelatedPage(page=target, sort_order=n, locale=campaign_index.locale)
            for n, target in enumerate(related)
        ]
        campaign_index.add_child(instance=page)
        page.partners.set(partners)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        return page

    return make
