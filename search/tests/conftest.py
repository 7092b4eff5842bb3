import os

import pytest


@pytest.fixture(autouse=True)
def _fresh_state():
    """Each test starts with an empty cache (content version, rate limits) and query-log buffer."""
    from django.core.cache import cache

    from search import querylog

    cache.clear()
    querylog._take()
    yield
    cache.clear()
    querylog._take()


@pytest.fixture
def add_page(home_pages, make_page):
    """``add_page(title, *paragraphs, lang="nl", **fields)``: a published searchable page."""
    from search.factories import SearchablePageFactory

    def add(title, *paragraphs, lang="nl", parent=None, **fields):
        return make_page(
            SearchablePageFactory, parent or home_pages[lang], title=title, paragraphs=list(paragraphs), **fields
        )

    return add


@pytest.fixture
def terms(db):
    """Two themes and two audiences, by slug."""
    from website.taxonomy.factories import AudienceFactory, ThemeFactory

    return {
        "wonen": ThemeFactory(name="Wonen", slug="wonen"),
        "werk": ThemeFactory(name="Werk", slug="werk"),
        "werkgevers": AudienceFactory(name="Werkgevers", slug="werkgevers"),
        "lokale-besturen": AudienceFactory(name="Lokale besturen", slug="lokale-besturen"),
    }


@pytest.fixture
def add_tagged_page(add_page, terms):
    """``add_tagged_page(title, text, themes=[slug, ...], audiences=[slug, ...])``: published, tagged."""

    def add(title, text, themes=(), audiences=()):
        page = add_page(title, text)
        page.themes.set([terms[slug] for slug in themes])
        page.audiences.set([terms[slug] for slug in audiences])
        page.save_revision().publish()
        return page

    return add


ENGINES = ["postgresql", "opensearch"]


@pytest.fixture(params=ENGINES)
def engine(request, settings):
    """The search engine under test: the database, or the session's OpenSearch node (``SEARCH_URL``),
    its index emptied first. Modules that use it run every test once per engine."""
    from search.engines import get_engine

    if request.param == "opensearch":
        node = request.getfixturevalue("opensearch_server")
        settings.SEARCH_URL = f"{node.url}/levl-test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
        get_engine().clear()
    else:
        settings.SEARCH_URL = ""
    return get_engine()


def pytest_collection_modifyitems(items):
    # One OpenSearch node per run: its tests go to one xdist worker (make test uses --dist=loadgroup).
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec and callspec.params.get("engine") == "opensearch":
            item.add_marker(pytest.mark.xdist_group("opensearch"))
            item.add_marker(pytest.mark.opensearch)
