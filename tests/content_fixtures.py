"""Taxonomy and section fixtures shared by the content-family tests (toolkits, practices, hubs).

Imported as a pytest plugin from each app's ``tests/conftest.py``.
"""

import pytest


def publish_page(factory, parent, publish=True, **fields):
    """Create (and publish) a page of any factory under a parent."""
    page = factory.build(**fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page.specific


def translate_now(instance, locale, **values):
    """Translate a page or snippet through wagtail-localize."""
    from website.translation import translate

    translated = translate(instance, locale, values)
    return translated.specific if hasattr(instance, "specific") else translated


@pytest.fixture
def terms(locales, translate_page):
    """Themes, audiences, regions and sectors in Dutch, with French names."""
    from website.taxonomy.factories import AudienceFactory, RegionFactory, SectorFactory, ThemeFactory

    nl = locales["nl"]
    made = {
        "wonen": ThemeFactory(name="Wonen", slug="wonen", colour="teal", locale=nl, sort_order=0),
        "werk": ThemeFactory(name="Werk", slug="werk", colour="indigo", locale=nl, sort_order=1),
        "onderwijs": ThemeFactory(name="Onderwijs", slug="onderwijs", colour="forest", locale=nl, sort_order=2),
        "werkgevers": AudienceFactory(name="Werkgevers", slug="werkgevers", locale=nl),
        "lokale-besturen": AudienceFactory(name="Lokale besturen", slug="lokale-besturen", locale=nl),
        "brussel": RegionFactory(name="Brussel", slug="brussel", locale=nl),
        "vlaanderen": RegionFactory(name="Vlaanderen", slug="vlaanderen", locale=nl),
        "zorg": SectorFactory(name="Zorg", slug="zorg", locale=nl),
        "industrie": SectorFactory(name="Industrie", slug="industrie", locale=nl),
    }
    french = {
        "wonen": "Logement",
        "werk": "Emploi",
        "werkgevers": "Employeurs",
        "zorg": "Soins",
        "brussel": "Bruxelles",
    }
    for slug, name in french.items():
        translate_page(made[slug], locales["fr"], name=name)
    return made


def count_queries(client, url):
    """Queries of a warm request (renditions made and caches filled by a first request)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = client.get(url)
    assert first.status_code == 200, (url, first.status_code)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response
