"""Production's topology on one machine without Docker: Varnish -> gunicorn (+ db_worker) ->
PostgreSQL and Redis. Used by ``make prod`` (``deploy/prod.py``) and ``bench/topology.py``.

``DATABASE_URL`` and ``REDIS_URL`` from the environment are used as they are; when one is unset,
a throwaway server is started for the run (and the demo content loaded into the new database).
"""

import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from .app import DbWorker, Gunicorn
from .base import free_port
from .postgres import Postgres
from .redis import Redis
from .varnish import Varnish, vcl_with_backends

PROJECT = Path(__file__).resolve().parent.parent
VCL = PROJECT / "deploy" / "varnish" / "default.vcl"


def log(message: str) -> None:
    print(f"[prod] {message}", flush=True)


class Stack:
    def __init__(self, port: int = 8080, workers: int = 2, demo: bool = False, quiet: bool = False):
        self.port = port
        self.workers = workers
        self.demo = demo
        self.quiet = quiet
        self.services = []
        self.scratch = Path(tempfile.mkdtemp(prefix="levl-prod-"))

    def _start(self, service, label):
        service.start()
        self.services.append(service)
        if not self.quiet:
            log(f"started {label} on {service.host}:{service.port}")
        return service

    def manage(self, *args):
        subprocess.run(
            [sys.executable, str(PROJECT / "manage.py"), *args],
            cwd=PROJECT,
            # No purges while preparing: Varnish is not running yet and holds nothing.
            env={**os.environ, **self.env, "VARNISH_URL": "", "PYTHONPATH": str(PROJECT)},
            check=True,
            stdout=subprocess.DEVNULL if self.quiet else None,
        )

    def start(self):
        database_url, demo = os.environ.get("DATABASE_URL", ""), self.demo
        if not database_url:
            pg = self._start(Postgres(), "PostgreSQL (throwaway, DATABASE_URL unset)")
            import psycopg

            with psycopg.connect(pg.url, autocommit=True) as conn:
                conn.execute("CREATE DATABASE levl")
            database_url, demo = pg.database_url("levl"), True
        redis_url = os.environ.get("REDIS_URL", "")
        if not redis_url:
            redis_url = self._start(Redis(), "Redis (throwaway, REDIS_URL unset)").url
        self.varnish_port, self.purge_port = self.port, free_port()
        self.env = {
            "DJANGO_SETTINGS_MODULE": "website.project.settings.production",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "VARNISH_URL": f"http://127.0.0.1:{self.purge_port}",
            # A local run on plain http; set them in the environment for anything reachable.
            "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS") or "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": os.environ.get("SECURE_SSL_REDIRECT") or "false",
            "STATIC_ROOT": os.environ.get("STATIC_ROOT") or str(self.scratch / "static"),
            "TRUSTED_PROXY_COUNT": os.environ.get("TRUSTED_PROXY_COUNT") or "1",
            "LOG_LEVEL": os.environ.get("LOG_LEVEL") or "WARNING",
        }
        if not self.quiet:
            log("migrate, collectstatic" + (", load_demo_content" if demo else ""))
        self.manage("migrate", "--no-input", "-v0")
        self.manage("collectstatic", "--no-input", "-v0")
        if demo:
            self.manage("load_demo_content")
        self.gunicorn = self._start(Gunicorn(self.env, workers=self.workers), f"gunicorn ({self.workers} workers)")
        self.worker = self._start(DbWorker(self.env), "db_worker")
        vcl = vcl_with_backends(VCL, [(self.gunicorn.host, self.gunicorn.port)])
        self.varnish = self._start(Varnish(vcl, port=self.varnish_port, purge_port=self.purge_port), "Varnish")
        return self

    def stop(self):
        while self.services:
            service = self.services.pop()
            service.stop()
        import shutil

        shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()
