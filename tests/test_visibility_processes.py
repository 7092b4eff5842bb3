"""Finding 1 of issue 14: a view restriction saved by one process is enforced by every other.

Two gunicorn processes (test settings: each with its own in-process cache, as two hosts would
have) serve one PostgreSQL database. Both have answered every channel once, so whatever they
could remember is warm. Then a third process (this test, like a shell or a management command)
saves a password restriction: on the very next request each server shows the password form for
the page and leaves it out of search, suggestions, the listing and the sitemap. Lifting the
restriction brings it back everywhere at once.
"""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from devservices.base import free_port

ROOT = Path(__file__).resolve().parents[1]
WORD = "zeldzaamwoordxq"


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def two_servers(transactional_db, home_pages):
    from django.db import connection

    settings_dict = connection.settings_dict
    url = f"postgres://{settings_dict['USER']}@{settings_dict['HOST']}:{settings_dict['PORT']}/{settings_dict['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "website.project.settings.test"}
    servers = []
    try:
        for _ in range(2):
            port = free_port()
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "website.project.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            servers.append((process, f"http://127.0.0.1:{port}"))
        for process, base in servers:
            deadline = time.monotonic() + 90
            while _get_quietly(base + "/healthz") != 200:
                assert process.poll() is None, "gunicorn exited"
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.3)
        yield [base for _process, base in servers]
    finally:
        for process, _base in servers:
            process.terminate()
        for process, _base in servers:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _get_quietly(url):
    try:
        return _get(url)[0]
    except OSError:
        return None


def what_a_visitor_sees(base: str, toolkit) -> dict:
    status, page = _get(base + "/nl/toolkits/" + toolkit.slug + "/")
    _status, results = _get(base + f"/nl/search/?q={WORD}")
    _status, suggest = _get(base + "/nl/search/suggest/?q=Verborgen")
    _status, listing = _get(base + "/nl/toolkits/")
    _status, sitemap = _get(base + "/sitemap.xml")
    return {
        "page": "password form" if 'name="password"' in page else ("content" if WORD in page else f"other {status}"),
        "search": toolkit.title in results,
        "suggest": toolkit.title in [item["title"] for item in json.loads(suggest)["suggestions"]],
        "listing": toolkit.title in listing,
        "sitemap": f"/toolkits/{toolkit.slug}/" in sitemap,
    }


VISIBLE = {"page": "content", "search": True, "suggest": True, "listing": True, "sitemap": True}
HIDDEN = {"page": "password form", "search": False, "suggest": False, "listing": False, "sitemap": False}


@pytest.mark.postgresql
def test_finding_1_restriction_saved_elsewhere_is_enforced_by_both_servers_at_once(two_servers, home_pages):
    from wagtail.models import PageViewRestriction

    from tests.fixtures import publish_page
    from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory

    index = publish_page(ToolkitIndexPageFactory, home_pages["nl"])
    toolkit = publish_page(
        ToolkitPageFactory, index, title="Verborgen toolkit", slug="verborgen", intro=f"Over {WORD} en meer."
    )
    for base in two_servers:
        assert what_a_visitor_sees(base, toolkit) == VISIBLE, base

    restriction = PageViewRestriction.objects.create(
        page=toolkit, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for base in two_servers:
        assert what_a_visitor_sees(base, toolkit) == HIDDEN, base

    restriction.delete()
    for base in two_servers:
        assert what_a_visitor_sees(base, toolkit) == VISIBLE, base

    # A restriction on an ancestor (the whole section) hides it too.
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    for base in two_servers:
        seen = what_a_visitor_sees(base, toolkit)
        assert {key: value for key, value in seen.items() if key != "page"} == {
            key: value for key, value in HIDDEN.items() if key != "page"
        }, base
        assert seen["page"] != "content", base
