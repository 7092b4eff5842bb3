"""Factories for toolkit pages, used by the tests, the demo content and bench/pages.py."""

import datetime

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from .models import ToolkitIndexPage, ToolkitPage, ToolkitResource


def default_body():
    return [
        (
            "steps",
            {
                "title": "Zo ga je te werk",
                "steps": [
                    {
                        "title": "Breng je situatie in kaart",
                        "text": RichText("<p>Bekijk wie er vandaag bij je werkt.</p>"),
                    },
                    {"title": "Stel een actieplan op", "text": RichText("<p>Kies drie haalbare acties.</p>")},
                    {"title": "Evalueer na zes maanden", "text": RichText("<p>Meet wat veranderd is.</p>")},
                ],
            },
        ),
        ("checklist", {"title": "Checklist", "items": ["Doel bepaald", "Team betrokken", "Planning gemaakt"]}),
        (
            "tool",
            {
                "name": "Inclusiescan",
                "description": RichText("<p>Een korte zelftest voor je organisatie.</p>"),
                "link": "",
            },
        ),
    ]


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Toolkits"
    slug = "toolkits"
    intro = "Pakketten met instrumenten, adviezen en methodes om inclusie waar te maken."

    class Meta:
        model = ToolkitIndexPage


class ToolkitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Toolkit {n}")
    intro = "Een pakket met instrumenten en adviezen voor een inclusieve werking."
    summary = "<p>Met deze toolkit zet je concrete stappen naar meer inclusie.</p>"
    for_whom = "<p>Werkgevers en HR-verantwoordelijken.</p>"
    what_you_get = "<p>Een stappenplan, een checklist en sjablonen.</p>"
    body = factory.LazyFunction(default_body)
    contact_name = "Team Werk"
    contact_email = "werk@example.org"
    last_reviewed = factory.LazyFunction(lambda: datetime.date(2025, 1, 15))

    class Meta:
        model = ToolkitPage


class ToolkitResourceFactory(factory.django.DjangoModelFactory):
    """A resource row; pass ``page`` and, to avoid drawing a new PDF, ``document``."""

    document = factory.SubFactory("website.factories.DocumentFactory")
    title = factory.Sequence(lambda n: f"Werkblad {n}")
    language = "nl"
    locale = factory.LazyAttribute(lambda o: o.page.locale)

    class Meta:
        model = ToolkitResource
