"""A guide page in Dutch and French and a few glossary entries of each language."""

import pytest
from django.core.cache import cache

from glossary.factories import GlossaryEntryFactory, GlossaryPageFactory
from glossary.models import GlossaryEntry


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()  # rate-limit windows and cached term lists start empty for each test
    yield
    cache.clear()


@pytest.fixture
def entries(locales, terms):
    nl, fr = locales["nl"], locales["fr"]
    made = {
        "allochtoon": GlossaryEntryFactory(
            locale=nl,
            term="allochtoon",
            slug="allochtoon",
            forms="allochtonen\nallochtone",
            match_compounds=True,
            explanation="Maakt van mensen blijvend buitenstaanders.",
            alternatives="persoon met een migratieachtergrond",
        ),
        "neger": GlossaryEntryFactory(
            locale=nl, term="neger", slug="neger", forms="negers", explanation="Koloniaal scheldwoord."
        ),
        "kansarm": GlossaryEntryFactory(
            locale=nl,
            term="kansarm",
            slug="kansarm",
            forms="kansarmen",
            severity=GlossaryEntry.CONTEXT,
            explanation="Legt het tekort bij de mensen zelf.",
            alternatives="mensen die minder kansen krijgen",
        ),
        "clandestin": GlossaryEntryFactory(
            locale=fr,
            term="clandestin",
            slug="clandestin",
            forms="clandestins",
            explanation="Fait d'une personne une activité cachée.",
            alternatives="personne sans titre de séjour",
        ),
    }
    made["allochtoon"].themes.set([terms["wonen"]])
    made["allochtoon"].save()
    made["kansarm"].themes.set([terms["werk"]])
    made["kansarm"].save()
    return made


@pytest.fixture
def guide(home_pages, make_page, translate_page, entries):
    page = make_page(GlossaryPageFactory, home_pages["nl"], title="Taalgids", slug="taalgids")
    translate_page(page, home_pages["fr"].locale, title="Guide de langage", slug="guide-langage")
    return page
