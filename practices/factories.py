"""Factories for good-practice pages, used by the tests, the demo content and bench/pages.py."""

import datetime

import factory
import wagtail_factories

from .models import PracticeDocument, PracticeIndexPage, PracticePage


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Goede praktijken"
    slug = "goede-praktijken"
    intro = "Wat organisaties in Vlaanderen en Brussel al deden, en hoe jij het kan overnemen."

    class Meta:
        model = PracticeIndexPage


class PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Goede praktijk {n}")
    intro = "Een organisatie die inclusie concreet maakte."
    period_start = factory.LazyFunction(lambda: datetime.date(2023, 9, 1))
    context_text = "<p>Weinig instroom van mensen met een migratieachtergrond.</p>"
    approach = "<p>Een traject met mentoren en aangepaste vacatures.</p>"
    results = "<p>Meer sollicitaties en een divers team.</p>"
    key_figures = factory.LazyFunction(lambda: [("figure", {"value": "40", "label": "deelnemers"})])
    lessons = "<p>Begin klein en betrek de medewerkers.</p>"
    replication_time = "6 maanden"
    replication_budget = "± 5.000 euro"
    replication_partners = "Een lokale partnerorganisatie"
    contact_name = "Projectteam"
    contact_email = "praktijk@example.org"

    class Meta:
        model = PracticePage


class PracticeDocumentFactory(factory.django.DjangoModelFactory):
    document = factory.SubFactory("website.factories.DocumentFactory")
    title = factory.Sequence(lambda n: f"Verslag {n}")
    language = "nl"
    locale = factory.LazyAttribute(lambda o: o.page.locale)

    class Meta:
        model = PracticeDocument
