import factory
from wagtail.models import Locale

from .models import Audience, Partner, Region, Sector, Theme


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    description = ""
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class ThemeFactory(TermFactory):
    colour = "teal"
    icon = "people"

    class Meta:
        model = Theme


class AudienceFactory(TermFactory):
    class Meta:
        model = Audience


class RegionFactory(TermFactory):
    level = "region"

    class Meta:
        model = Region


class SectorFactory(TermFactory):
    class Meta:
        model = Sector


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partnerorganisatie {n}")
    website = "https://example.org/"

    class Meta:
        model = Partner
        django_get_or_create = ("name",)
