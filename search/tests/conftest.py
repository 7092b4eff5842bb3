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
