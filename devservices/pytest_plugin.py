"""The test suite's services, as pytest hooks and fixtures.

- **PostgreSQL**: when ``DATABASE_URL`` is unset, the controlling pytest process starts a
  throwaway cluster before any worker exists and exports its URL, so every xdist worker (and
  every process a test starts, e.g. gunicorn) shares it; it is stopped when pytest ends.
  ``DATABASE_URL`` set (to PostgreSQL or SQLite) is used as it is.
- **Redis, Varnish**: session fixtures started the first time a test asks for them.

Each start and stop is reported on the terminal, so a run shows what it started.
"""

import os
import sys

import pytest

from .base import ServiceError

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


@pytest.fixture(scope="session")
def redis_server(request):
    """A Redis of this test session (or the one ``REDIS_URL`` names)."""
    from .redis import Redis

    if os.environ.get("REDIS_URL"):
        return os.environ["REDIS_URL"]
    return _session_service(request, Redis, "Redis").url


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
