"""Factories for press-room pages, used by tests and by ``load_demo_content``."""

import datetime

import factory
import wagtail_factories

from .models import OpinionPage, PressIndexPage, PressReleasePage


class PressIndexPageFactory(wagtail_factories.PageFactory):
    title = "Pers"
    slug = "pers"
    intro = "Persberichten en opiniestukken van LEVL."
    contact_name = "Sara El Amrani"
    contact_role = "Woordvoerder"
    contact_email = "pers@example.org"
    contact_phone = "+32 2 000 00 00"

    class Meta:
        model = PressIndexPage


class PressReleasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Persbericht {n}")
    intro = "LEVL reageert op het nieuwe beleid."
    date = factory.LazyFunction(datetime.date.today)
    location = "Brussel"

    class Meta:
        model = PressReleasePage


class OpinionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Opiniestuk {n}")
    intro = "Een opiniestuk over inclusie."
    date = factory.LazyFunction(datetime.date.today)
    outlet = "De Standaard"
    author = "An Peeters, directeur"
    link = "https://www.example.org/opinie"

    class Meta:
        model = OpinionPage
