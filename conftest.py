"""Fixtures shared by every app's tests and the cross-app tests in tests/.

Tests run against the database in DATABASE_URL, or a throwaway PostgreSQL that devservices
starts when it is unset, with the real Wagtail tree.
"""

import os

import pytest

from tests.content_fixtures import publish_page, translate_now

# Press-room fixtures serve the press, syndication, public API and indicators tests alike.
# devservices.pytest_plugin (loaded by pyproject's addopts) starts PostgreSQL when DATABASE_URL
# is unset, and Redis or Varnish when a test asks for them.
pytest_plugins = ["press.tests.fixtures"]

# tests/smoke is SQLite's own short suite (`make test-sqlite`); the rest runs on PostgreSQL.
collect_ignore = [] if os.environ.get("DATABASE_URL", "").startswith("sqlite") else ["tests/smoke"]

# Playwright's sync API runs an event loop in the test thread; the ORM calls our tests make
# around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def locales(db):
    """The three site locales, Dutch first (the default)."""
    from wagtail.models import Locale

    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "fr", "en")}


@pytest.fixture
def root_page(locales):
    """Wagtail's tree root; recreated when a transactional test has flushed the migration data
    (the root collection too, which images and documents need)."""
    from wagtail.models import Collection, Page

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["nl"]))
    return root


HOME_TRANSLATIONS = (
    ("fr", "Construire ensemble une société inclusive", "Chacun doit pouvoir participer."),
    ("en", "Building an inclusive society together", "Everyone should be able to take part."),
)


def _existing_home_pages():
    from website.models import HomePage

    pages = {page.locale.language_code: page for page in HomePage.objects.filter(depth=2).select_related("locale")}
    return pages if set(pages) == {"nl", "fr", "en"} else None


def _build_home_pages(root_page, locales):
    from wagtail.models import Site

    from website.factories import HomePageFactory
    from website.translation import translate

    placeholders = list(root_page.get_children().exclude(content_type__model="homepage"))
    for placeholder in placeholders:
        placeholder.slug = f"placeholder-{placeholder.pk}"
        placeholder.save()
    home = HomePageFactory.build(
        title="Samen bouwen aan een inclusieve samenleving",
        hero_message="Iedereen moet evenwaardig kunnen deelnemen.",
        newsletter_heading="Blijf op de hoogte",
        newsletter_text="Ontvang onze nieuwsbrief.",
    )
    root_page.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="LEVL")
    for placeholder in placeholders:
        placeholder.delete()
    for code, title, message in HOME_TRANSLATIONS:
        translate(home, locales[code], {"title": title, "slug": "home", "hero_message": message})


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the home pages once per test database: each test's transaction rolls back over them.
    A transactional test's flush removes them; ``home_pages`` then builds them again."""
    from django.conf import settings
    from wagtail.models import Locale

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return  # the SQLite smoke suite loads the demo content onto the bare migrated database
    with django_db_blocker.unblock():
        if _existing_home_pages() is None:
            from wagtail.models import Page

            locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "fr", "en")}
            _build_home_pages(Page.get_first_root_node(), locales)
        # What serialized_rollback tests put back after their flush: the database as it is now,
        # home pages included (the copy Django took before they existed clashes with their Site).
        from django.db import connection

        if getattr(connection, "_test_serialized_contents", None) is not None:
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


def _home_pages_now():
    pages = _existing_home_pages()
    if pages is None:
        from wagtail.models import Collection, Locale, Page

        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "fr", "en")}
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locales["nl"])
        )
        _build_home_pages(root, locales)
        pages = _existing_home_pages()
    return {code: page.specific for code, page in pages.items()}


@pytest.fixture
def home_pages(root_page, locales):
    """The published Dutch home page, the default site's root, with French and English translations."""
    return _home_pages_now()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, rolled back at its end.

    For content that a module's tests only read: module-scoped fixtures that ask for
    ``module_db`` build it once, and each test's own transaction nests inside as a savepoint,
    so a test's writes still vanish after it. Not for transactional (live-server) tests.
    """
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def module_home_pages(module_db):
    """``home_pages`` for module-scoped fixtures."""
    return _home_pages_now()


@pytest.fixture
def make_page():
    """``make_page(Factory, parent, publish=True, **fields)``: see ``publish_page``."""
    return publish_page


@pytest.fixture
def translate_page():
    """``translate_page(page_or_snippet, locale, **fields)``: see ``translate_now``."""
    return translate_now
