"""Factories for recommendation pages, used by tests, demo content and bench/pages.py."""

import datetime

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from .choices import AddresseeKind, PolicyLevel
from .models import RecommendationIndexPage, RecommendationPage, StatusChange


class RecommendationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Beleidsadviezen"
    slug = "beleidsadviezen"
    intro = "Onze adviezen aan overheden en wat ermee gebeurde."

    class Meta:
        model = RecommendationIndexPage


class RecommendationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Beleidsadvies {n}")
    slug = factory.Sequence(lambda n: f"beleidsadvies-{n}")
    intro = "Korte samenvatting van het advies."
    summary = "<p>Wat we vragen en waarom.</p>"
    policy_level = PolicyLevel.FLEMISH
    addressee_kind = AddresseeKind.MINISTER
    addressed_to = "Vlaams minister van Onderwijs"
    date_issued = factory.LazyFunction(lambda: datetime.date(2024, 3, 1))
    recommendations = factory.LazyFunction(
        lambda: [
            ("recommendation", {"title": "Zet in op meer diversiteit", "explanation": RichText("<p>Waarom.</p>")}),
            ("recommendation", {"title": "Meet de vooruitgang", "explanation": RichText("<p>Hoe.</p>")}),
        ]
    )

    class Meta:
        model = RecommendationPage


class StatusChangeFactory(factory.django.DjangoModelFactory):
    """A follow-up step; pass ``page=``. Save the page afterwards to refresh its current status."""

    date = factory.LazyFunction(lambda: datetime.date(2024, 6, 1))
    status = "besproken"
    note = "Besproken met het kabinet."
    locale = factory.LazyAttribute(lambda o: o.page.locale)

    class Meta:
        model = StatusChange
