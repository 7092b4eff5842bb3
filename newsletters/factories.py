"""Factories for newsletter pages and subscribers, used by the tests and the demo content."""

import factory
import wagtail_factories
from django.utils import timezone

from .models import NewsletterIndexPage, NewsletterPage, Subscriber


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuwsbrief"
    slug = "nieuwsbrief"
    intro = "Elke maand het belangrijkste nieuws over inclusie."

    class Meta:
        model = NewsletterIndexPage


class NewsletterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbrief {n}")
    intro = "Het nieuws van deze maand."

    class Meta:
        model = NewsletterPage


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"lezer{n}@example.org")
    language = "nl"
    status = Subscriber.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)
    consent_version = "2025-01"
    consent_text = "Ik ga akkoord dat LEVL mij deze nieuwsbrief stuurt."
    source_url = "/nl/"

    class Meta:
        model = Subscriber
