"""SQLite, the embedded default of ``make run``, kept honest: ``make test`` runs this module on
SQLite (``make test-sqlite``) while the whole suite runs on PostgreSQL.

The demo content is loaded once for the module, as ``make run`` loads it, and every test reads it.
"""

import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection

pytestmark = [pytest.mark.smoke, pytest.mark.django_db]

# The organisation writes to the Belgian press, in Dutch and French; everything else is in all three.
PRESS_TYPES = {"PressReleasePage", "OpinionPage"}
PRESS_LANGUAGES = {"nl", "fr"}


def _live_pages_by_type():
    from wagtail.models import Page

    seen = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().select_related("locale"):
        seen.setdefault((type(page).__name__, page.locale.language_code), page)
    return seen


def test_the_run_is_on_sqlite():
    assert connection.vendor == "sqlite"


def test_demo_content_has_every_page_type_in_three_languages(demo):
    from wagtail.models import get_page_models

    seen = _live_pages_by_type()
    ours = {
        model.__name__
        for model in get_page_models()
        if model.is_creatable and not model.__module__.startswith("wagtail")
    }
    for name in ours:
        expected = PRESS_LANGUAGES if name in PRESS_TYPES else {"nl", "fr", "en"}
        assert {code for other, code in seen if other == name} == expected, name


def test_every_page_type_renders_in_nl_fr_and_en(client, demo):
    for (name, code), page in sorted(_live_pages_by_type().items(), key=lambda item: item[0]):
        response = client.get(page.url)
        assert response.status_code == 200, (name, code, page.url)
        assert f'lang="{code}"' in response.content.decode()[:500], (name, code)


def test_search_finds_a_toolkit_by_a_word_of_its_title(client, demo):
    from toolkits.models import ToolkitPage

    toolkit = ToolkitPage.objects.live().filter(locale__language_code="nl").first()
    word = max(re.findall(r"\w+", toolkit.title), key=len)
    response = client.get("/nl/search/", {"q": word})
    assert response.status_code == 200
    assert toolkit.title in response.content.decode()


def test_a_visitor_can_subscribe(client, demo):
    from newsletters.models import Subscriber
    from newsletters.tests.helpers import form_data

    response = client.post("/nl/subscriptions/subscribe/", form_data(email="rooktest@example.org"))
    assert response.status_code == 302
    assert Subscriber.objects.get(email="rooktest@example.org").status == Subscriber.Status.PENDING
    assert [message.to for message in mail.outbox] == [["rooktest@example.org"]]


def test_demo_prints_one_account_per_role_with_its_groups(demo):
    from django.contrib.auth import get_user_model

    out = io.StringIO()
    call_command("load_demo_content", stdout=out)  # a second run: creates nothing, still prints them
    printed = dict(re.findall(r"user '(\w+)'\s+password '([^']+)'", out.getvalue()))
    assert set(printed) == {"admin", "editor", "reviewer", "translator"}
    groups = {"editor": ["Editors"], "reviewer": ["Reviewers"], "translator": ["Translators"]}
    for username, password in printed.items():
        user = get_user_model().objects.get(username=username)
        assert len(password) >= 12 and user.check_password(password), username
        assert list(user.groups.values_list("name", flat=True)) == groups.get(username, []), username
    assert get_user_model().objects.get(username="admin").is_superuser


def test_demo_newsletter_issues_are_written_in_their_language(demo):
    """A French or English reader of the archive gets an issue in that language, at an address in it."""
    from newsletters.demo_texts import ISSUES
    from newsletters.emails import render_issue
    from newsletters.models import NewsletterPage

    for texts in ISSUES:
        dutch = NewsletterPage.objects.get(slug=texts["nl"]["slug"])
        for code in ("fr", "en"):
            issue = NewsletterPage.objects.get(translation_key=dutch.translation_key, locale__language_code=code)
            assert issue.slug == texts[code]["slug"]
            text = render_issue(issue, preview=True).text
            assert texts[code]["heading"] in text and texts[code]["paragraph"] in text
            assert texts["nl"]["heading"] not in text and texts["nl"]["paragraph"] not in text
