"""The test suite's services, as pytest hooks and fixtures.

- **PostgreSQL**: when ``DATABASE_URL`` is unset, the controlling pytest process starts a
  throwaway cluster before any worker exists and exports its URL, so every xdist worker (and
  every process a test starts, e.g. gunicorn) shares it; it is stopped when pytest ends.
  ``DATABASE_URL`` set (to PostgreSQL or SQLite) is used as it is.
  The migrated schema is made once per set of migrations: the controller migrates a template
  database and keeps a dump of it (``.cache/test-db/<hash of the migrations>.dump``); the next
  run restores it in seconds, and each worker's test database is a copy of the template.
- **Redis, Varnish, OpenSearch**: session fixtures started the first time a test asks for them
  (``opensearch_server``: one node per process for the whole session; ``SEARCH_TEST_URL`` names
  an existing one instead).

Each start and stop is reported on the terminal, so a run shows what it started.
"""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .base import ServiceError

PROJECT = Path(__file__).resolve().parent.parent
TEMPLATE_DB = "levl_template"
# Set by the controller once the template exists; workers then copy it instead of migrating.
TEMPLATE_READY = "LEVL_TEST_TEMPLATE_READY"

_started = []  # (service, label) of this process, stopped at the end


def _report(config, line: str) -> None:
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture:
        with capture.global_and_fixture_disabled():
            sys.stderr.write(f"[services] {line}\n")
    else:
        sys.stderr.write(f"[services] {line}\n")


def _is_worker() -> bool:
    return "PYTEST_XDIST_WORKER" in os.environ


@pytest.hookimpl(wrapper=True)
def pytest_load_initial_conftests(early_config, parser, args):
    """Before pytest-django loads the settings, which read DATABASE_URL (a wrapper runs first)."""
    if not _is_worker() and not os.environ.get("DATABASE_URL"):
        _start_postgres(early_config)
    return (yield)


def _start_postgres(config):
    from .postgres import Postgres

    try:
        pg = Postgres().start()
    except ServiceError as exc:
        raise pytest.UsageError(f"{exc}\nOr point DATABASE_URL at an existing PostgreSQL.") from exc
    _started.append((pg, "PostgreSQL"))
    import psycopg

    with psycopg.connect(pg.url, autocommit=True) as conn:
        conn.execute("CREATE DATABASE levl")
    url = pg.database_url("levl")
    os.environ["DATABASE_URL"] = url
    _report(config, f"started PostgreSQL on {pg.host}:{pg.port} (data in {pg.workdir}); DATABASE_URL={url}")
    _prepare_template(config, pg)


def _migrations_key() -> str:
    """Changes whenever a migration or a pinned dependency (whose migrations we run) changes."""
    digest = hashlib.sha256()
    files = sorted(PROJECT.glob("*/migrations/*.py")) + sorted(PROJECT.glob("*/*/migrations/*.py"))
    for path in [*files, PROJECT / "requirements.txt"]:
        if ".venv" not in path.parts:
            digest.update(str(path.relative_to(PROJECT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _prepare_template(config, pg) -> None:
    import psycopg

    from .postgres import debian_bin

    cache = PROJECT / ".cache" / "test-db"
    dump = cache / f"{_migrations_key()}.dump"
    with psycopg.connect(pg.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {TEMPLATE_DB}")
    template_url = pg.database_url(TEMPLATE_DB)
    tool = lambda name: next(iter(debian_bin(name)), name)  # noqa: E731 - same major version as the server
    if dump.exists():
        subprocess.run([tool("pg_restore"), "--no-owner", "-d", template_url, str(dump)], check=True)
        _report(config, f"test database schema restored from {dump.relative_to(PROJECT)}")
    else:
        _report(config, "migrating the test database template (kept for the next run with the same migrations)")
        env = {**os.environ, "DATABASE_URL": template_url, "DJANGO_SETTINGS_MODULE": "website.project.settings.test"}
        subprocess.run(
            [sys.executable, str(PROJECT / "manage.py"), "migrate", "--no-input", "-v0"], check=True, env=env
        )
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob("*.dump"):
            old.unlink()
        partial = dump.with_suffix(".partial")
        subprocess.run([tool("pg_dump"), "-Fc", "-f", str(partial), template_url], check=True)
        partial.rename(dump)
    os.environ[TEMPLATE_READY] = "1"


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """Each process's test database is a copy of the migrated template: reused, not migrated."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not os.environ.get(TEMPLATE_READY) or config.option.reuse_db:
        return
    if not worker and getattr(config.option, "numprocesses", None):
        return  # the xdist controller runs no test
    import time

    import psycopg
    from django.conf import settings

    name = settings.DATABASES["default"]["NAME"]
    test_name = f"test_{name}" + (f"_{worker}" if worker else "")
    server = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{test_name}"')
        for attempt in range(60):
            try:
                conn.execute(f'CREATE DATABASE "{test_name}" TEMPLATE {TEMPLATE_DB}')
                break
            except psycopg.errors.ObjectInUse:  # another worker is copying the template right now
                if attempt == 59:
                    raise
                time.sleep(0.5)
    config.option.reuse_db = True


def pytest_unconfigure(config):
    while _started:
        service, label = _started.pop()
        service.stop()
        _report(config, f"stopped {label} on {service.host}:{service.port}")


def _session_service(request, factory, label):
    try:
        service = factory().start()
    except ServiceError as exc:
        pytest.fail(str(exc))
    _report(request.config, f"started {label} on {service.host}:{service.port}")
    request.addfinalizer(
        lambda: (service.stop(), _report(request.config, f"stopped {label} on {service.host}:{service.port}"))
    )
    return service


def _worker_db() -> int:
    """Database number of this xdist worker (gw0 -> 1, gw1 -> 2, ...; 0 without xdist), so
    workers sharing one Redis never see each other's keys."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return int(worker[2:]) + 1 if worker.startswith("gw") and worker[2:].isdigit() else 0


@pytest.fixture(scope="session")
def redis_server(request):
    """The URL of a Redis database of this test process: a Redis started for the session (or the
    server ``REDIS_URL`` names), one database number per xdist worker."""
    from .redis import Redis

    if os.environ.get("REDIS_URL"):
        base = os.environ["REDIS_URL"].split("?", 1)[0].rstrip("/")
        base = base.rsplit("/", 1)[0] if base.rsplit("/", 1)[-1].isdigit() else base
        return f"{base}/{_worker_db()}"
    return _session_service(request, Redis, "Redis").url_for(_worker_db())


@pytest.fixture(scope="session")
def opensearch_server(request):
    """An OpenSearch node of this test session: its ``url``; ``stop()`` and ``start()`` for outage tests."""
    from .opensearch import OpenSearch

    if os.environ.get("SEARCH_TEST_URL"):
        return type("External", (), {"url": os.environ["SEARCH_TEST_URL"]})()
    return _session_service(request, OpenSearch, "OpenSearch")


@pytest.fixture(scope="session")
def varnish_factory(request):
    """Start a Varnish with a given VCL: ``varnish_factory(vcl_path, **params)``; stopped at the end."""
    from .varnish import Varnish

    def start(vcl, **kwargs):
        return _session_service(request, lambda: Varnish(vcl, **kwargs), "Varnish")

    return start


def pytest_runtest_setup(item):
    """``@pytest.mark.postgresql``: the test's subject exists only there (stemming, ranked SQL)."""
    if item.get_closest_marker("postgresql"):
        from django.conf import settings

        if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
            pytest.skip("PostgreSQL only (this run is on another database)")
