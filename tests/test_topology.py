"""Production's topology on one machine: two app hosts behind one Varnish, one PostgreSQL, one Redis.

Each host is a gunicorn with its own task worker (``db_worker``), started by this module with
production settings (``tests.topology_settings``) against the test database, the session's
Redis and Varnish with the repository's VCL. What a person would notice:

- a page published through host A is fresh through Varnish at the very next request;
- a theme renamed on host A shows renamed on the pages host B serves (shared data cache);
- an anonymous repeat request is answered by Varnish (``X-Cache: hit``, ``Age``, varnishstat);
- a logged-in editor's pages are never kept.
"""

import os
import re
import time

import pytest
import requests
from bs4 import BeautifulSoup
from django.urls import reverse

from devservices.app import DbWorker, Gunicorn
from devservices.varnish import vcl_with_backends
from tests.fixtures import publish_page

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgresql]

VCL = os.path.join(os.path.dirname(os.path.dirname(__file__)), "deploy", "varnish", "default.vcl")
HOST = "localhost"  # the default Site's host name: Wagtail and Varnish see what a visitor sends
PASSWORD = "topology-editor-pass"


def database_url() -> str:
    from django.db import connection

    params = connection.settings_dict
    auth = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
    return f"postgres://{auth}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}/{params['NAME']}"


@pytest.fixture(scope="module")
def hosts(django_db_setup, redis_server, varnish_factory, tmp_path_factory):
    """Hosts A and B (gunicorn + db_worker each) and one Varnish balancing over both, for the
    module; each test starts them from an empty cache (``topology``)."""
    from devservices.base import free_port

    tmp = tmp_path_factory.mktemp("topology")
    varnish_port, purge_port = free_port(), free_port()
    env = {
        "DJANGO_SETTINGS_MODULE": "tests.topology_settings",
        "SECRET_KEY": "topology-test-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "DATABASE_URL": database_url(),
        "REDIS_URL": redis_server,
        "VARNISH_URL": f"http://127.0.0.1:{purge_port}",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "TRUSTED_PROXY_COUNT": "1",
        "LOG_LEVEL": "WARNING",
        # About caching, not logins: the editor signs in with a password (website/two_factor/ has its own tests).
        "ADMIN_2FA_REQUIRED": "false",
    }
    started, urls = [], {}
    try:
        for name in ("a", "b"):
            host = Gunicorn(env, workers=1).start()
            started += [host, DbWorker(env).start()]
            urls[name] = host.url
        backends = [("127.0.0.1", int(url.rsplit(":", 1)[1])) for url in urls.values()]
        vcl = vcl_with_backends(VCL, backends)
        yield {**urls, "varnish": varnish_factory(vcl, port=varnish_port, purge_port=purge_port), "redis": redis_server}
    finally:
        for service in reversed(started):
            service.stop()


@pytest.fixture
def topology(hosts, content):
    """The hosts, with this test's content and nothing cached from an earlier test."""
    import redis

    redis.Redis.from_url(hosts["redis"]).flushdb()
    requests.request("PURGE", f"{hosts['varnish'].purge_url}/", timeout=10).raise_for_status()
    yield hosts
    wait_until_hosts_are_idle()


def wait_until_hosts_are_idle(timeout: float = 20.0):
    """Before the test's flush: a request still running on a host (a Varnish background fetch, a
    worker's task) locks tables one by one while TRUNCATE locks them all, and PostgreSQL breaks
    the deadlock by failing the flush, which leaves this test's rows to break the next test."""
    from django.db import connection

    deadline, quiet = time.monotonic() + timeout, 0
    while quiet < 3 and time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')"
            )
            busy = cursor.fetchone()[0]
        quiet = 0 if busy else quiet + 1
        time.sleep(0.1)


@pytest.fixture
def content(home_pages):
    from django.contrib.auth import get_user_model

    from website.factories import StandardPageFactory
    from website.taxonomy.factories import ThemeFactory

    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    theme = ThemeFactory(name="Wonen", slug="wonen", locale=home_pages["nl"].locale)
    page = publish_page(StandardPageFactory, home_pages["nl"], title="Samen wonen", slug="samen-wonen")
    page.themes.set([theme])
    page.save_revision().publish()
    return {"page": page, "theme": theme}


def hits(varnish, more_than: int | None = None) -> int:
    """varnishstat's hit counter (its workers publish counters with a short delay)."""
    for _ in range(50):
        count = varnish.stat("MAIN.cache_hit")["MAIN.cache_hit"]
        if more_than is None or count > more_than:
            return count
        time.sleep(0.1)
    return count


def get(base: str, path: str, **headers):
    return requests.get(f"{base}{path}", headers={"Host": HOST, **headers}, timeout=30, allow_redirects=False)


class Editor:
    """An editor in the admin of one host, over plain http as if behind TLS (the cookies are
    Secure, so they are handed over by hand)."""

    def __init__(self, base: str):
        self.base = base
        self.cookies = {}
        page = self.get("/admin/login/")
        self.post("/admin/login/", {"username": "editor", "password": PASSWORD, "next": "/admin/"}, page)

    def headers(self):
        return {"Host": HOST, "X-Forwarded-Proto": "https", "Origin": f"https://{HOST}", "Referer": f"https://{HOST}/"}

    def _keep(self, response):
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, path: str):
        response = requests.get(f"{self.base}{path}", headers=self.headers(), cookies=self.cookies, timeout=60)
        return self._keep(response)

    def post(self, path: str, data: dict, form_page):
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form_page.text).group(1)
        response = requests.post(
            f"{self.base}{path}",
            data={**data, "csrfmiddlewaretoken": token},
            headers=self.headers(),
            cookies=self.cookies,
            timeout=60,
            allow_redirects=False,
        )
        assert response.status_code in (200, 302), response.text[:2000]
        return self._keep(response)


def form_values(html: str, field: str) -> dict:
    """Every value the browser would send with the form that holds ``field``."""
    form = next(
        form for form in BeautifulSoup(html, "html.parser").find_all("form") if form.find(attrs={"name": field})
    )
    values = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.get("type") in ("submit", "button", "file"):
            continue
        if element.get("type") in ("checkbox", "radio") and not element.has_attr("checked"):
            continue
        if element.name == "textarea":
            values[name] = element.text
        elif element.name == "select":
            chosen = element.find("option", selected=True) or element.find("option")
            values[name] = chosen.get("value", "") if chosen else ""
        else:
            values[name] = element.get("value", "")
    return values


def test_publish_on_host_a_is_fresh_through_varnish_at_once(topology, content):
    varnish = topology["varnish"].url
    path = "/nl/samen-wonen/"
    first = get(varnish, path)
    assert first.status_code == 200 and "Samen wonen" in first.text
    assert "public" in first.headers["Cache-Control"] and "s-maxage=" in first.headers["Cache-Control"]
    hits_before = hits(topology["varnish"])
    repeat = get(varnish, path)
    assert repeat.headers["X-Cache"] == "hit" and "Age" in repeat.headers
    assert hits(topology["varnish"], more_than=hits_before) == hits_before + 1

    # An editor's new title, saved as a draft, then published through host A's admin.
    page = content["page"]
    page.title = "Samen wonen in de stad"
    page.save_revision()
    editor = Editor(topology["a"])
    action = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}"
    editor.post(action, {}, editor.get(action))
    page.refresh_from_db()
    assert page.title == "Samen wonen in de stad" and not page.has_unpublished_changes

    fresh = get(varnish, path)
    assert "Samen wonen in de stad" in fresh.text
    assert fresh.headers["X-Cache"] == "miss"
    # The home page lists nothing new here, but was banned too: everything may show the page.
    assert get(varnish, "/nl/").status_code == 200


def test_theme_renamed_on_host_a_shows_on_pages_of_host_b(topology, content):
    path = "/nl/samen-wonen/"
    assert "Wonen" in get(topology["b"], path).text
    assert get(topology["varnish"].url, path).status_code == 200
    assert get(topology["varnish"].url, path).headers["X-Cache"] == "hit"

    theme = content["theme"]
    editor = Editor(topology["a"])
    edit = reverse(type(theme).snippet_viewset.get_url_name("edit"), args=[theme.pk])
    form_page = editor.get(edit)
    assert form_page.status_code == 200, form_page.text[:500]
    values = form_values(form_page.text, "name")
    values["name"] = "Huisvesting"
    editor.post(edit, values, form_page)

    on_b = get(topology["b"], path).text  # host B's own render: the shared data cache moved on
    assert "Huisvesting" in on_b and ">Wonen<" not in on_b
    through_varnish = get(topology["varnish"].url, path)
    assert "Huisvesting" in through_varnish.text


def test_an_editor_is_never_served_from_the_cache(topology):
    varnish = topology["varnish"].url
    editor = Editor(topology["a"])
    editor.base = varnish
    for _ in range(2):
        response = editor.get("/nl/samen-wonen/")
        assert response.status_code == 200
        assert response.headers["X-Cache"] == "miss"
        assert "private" in response.headers["Cache-Control"]
    # ... while an anonymous visitor's second request is a hit.
    get(varnish, "/nl/samen-wonen/")
    assert get(varnish, "/nl/samen-wonen/").headers["X-Cache"] == "hit"
