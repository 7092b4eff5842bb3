"""The fixtures and helpers every app's tests share: the one place for cross-app test data.

Loaded for the whole run by the root ``conftest.py`` (``pytest_plugins``), so a test anywhere
asks for ``home_pages``, ``terms`` or ``press_room`` by name and imports nothing; the helpers
(``publish_page``, ``translate_now``, ``count_queries``) are imported from here. A fixture only
one app uses lives in that app's ``tests/conftest.py``. All data comes from the apps' factories.
"""

import datetime

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


# -- the site: locales, the tree root and the home pages built once per test database


@pytest.fixture
def locales(db):
    """The three site locales, Dutch first (the default)."""
    from wagtail.models import Locale

    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "fr", "en")}


def _restore_after_flush():
    """Put back what a transactional test's flush removed and migrations had made: content types
    and permissions (a ``serialized_rollback`` test's flush skips ``post_migrate``, leaving the
    content-type cache pointing at rows that are gone) and the root collection."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import Collection

    if not ContentType.objects.exists():
        ContentType.objects.clear_cache()
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture
def root_page(locales):
    """Wagtail's tree root; recreated when a transactional test has flushed the migration data
    (the root collection too, which images and documents need)."""
    from wagtail.models import Page

    _restore_after_flush()
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
        from wagtail.models import Locale, Page

        _restore_after_flush()
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


# -- a press room: the press, syndication, public API and indicators tests list its items


@pytest.fixture
def themes(locales):
    """Two Dutch themes, for tagging press items."""
    from website.taxonomy.factories import ThemeFactory

    return {
        "wonen": ThemeFactory(name="Wonen", slug="wonen", locale=locales["nl"]),
        "werk": ThemeFactory(name="Werk", slug="werk", locale=locales["nl"]),
    }


@pytest.fixture
def press_room(home_pages, make_page):
    from press.factories import PressIndexPageFactory

    return make_page(PressIndexPageFactory, home_pages["nl"])


@pytest.fixture
def make_press_item(press_room, make_page):
    """``make_press_item("release"|"opinion", date, themes=[...], **fields)``: a published item."""

    def make(kind, date=datetime.date(2025, 3, 1), themes=(), parent=None, **fields):
        from press.factories import OpinionPageFactory, PressReleasePageFactory

        factory = PressReleasePageFactory if kind == "release" else OpinionPageFactory
        page = make_page(factory, parent or press_room, date=date, **fields)
        if themes:
            page.themes.set(themes)
            page.save_revision().publish()
        return page

    return make
