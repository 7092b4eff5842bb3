"""Fixtures shared by every app's tests and the cross-app tests in tests/.

Tests run against the database in DATABASE_URL, or a throwaway PostgreSQL that devservices
starts when it is unset, with the real Wagtail tree.
"""

import os

import pytest

# Press-room fixtures serve the press, syndication, public API and indicators tests alike.
# devservices.pytest_plugin (loaded by pyproject's addopts) starts PostgreSQL when DATABASE_URL
# is unset, and Redis or Varnish when a test asks for them.
pytest_plugins = ["press.tests.fixtures"]

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


@pytest.fixture
def home_pages(root_page, locales):
    """A published Dutch home page, set as the default site's root, with French and English translations."""
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
    pages = {"nl": home}
    for code, title, message in (
        ("fr", "Construire ensemble une société inclusive", "Chacun doit pouvoir participer."),
        ("en", "Building an inclusive society together", "Everyone should be able to take part."),
    ):
        pages[code] = translate(home, locales[code], {"title": title, "slug": "home", "hero_message": message}).specific
    return pages


@pytest.fixture
def make_page():
    """Create and publish a page of any factory under a parent: ``make_page(Factory, parent, **fields)``."""

    def make(factory, parent, publish=True, **fields):
        page = factory.build(**fields)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        return page.specific

    return make


@pytest.fixture
def translate_page():
    """Translate a page or snippet through wagtail-localize: ``translate_page(page, locale, **fields)``."""
    from website.translation import translate

    def run(instance, locale, **values):
        return (
            translate(instance, locale, values).specific
            if hasattr(instance, "specific")
            else translate(instance, locale, values)
        )

    return run
