"""Factories for campaign pages, used by tests, demo content and bench/pages.py."""

import datetime

import factory
import wagtail_factories

from .models import CampaignIndexPage, CampaignPage


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Campagnes"
    slug = "campagnes"
    intro = "Sensibiliseringscampagnes van LEVL en zijn partners."

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campagne {n}")
    slug = factory.Sequence(lambda n: f"campagne-{n}")
    intro = "Een campagne voor een inclusieve samenleving."
    start_date = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=30))
    end_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=60))
    key_message = "Iedereen verdient een genuanceerd beeld."

    class Meta:
        model = CampaignPage
