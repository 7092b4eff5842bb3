"""Factories for the guide page and glossary entries, used by the tests and the demo content."""

import factory
import wagtail_factories

from .models import GlossaryEntry, GlossaryPage


class GlossaryPageFactory(wagtail_factories.PageFactory):
    title = "Taalgids"
    slug = "taalgids"
    intro = "Woorden die mensen wegzetten, en wat je beter schrijft."

    class Meta:
        model = GlossaryPage


class GlossaryEntryFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"woord{n}")
    slug = factory.LazyAttribute(lambda entry: entry.term.replace(" ", "-"))
    explanation = "Zet mensen weg."

    class Meta:
        model = GlossaryEntry
