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
