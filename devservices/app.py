"""The application's own processes as services: gunicorn, the task worker, and nginx for benches.

Used by the topology test (two app "hosts"), ``make prod`` and ``bench/topology.py``. Each runs
with the environment it is given (production settings, DATABASE_URL, REDIS_URL, ...), dies with
the process that started it and logs into its work directory.
"""

import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

from .base import Service

PROJECT = Path(__file__).resolve().parent.parent


class _AppProcess(Service):
    def __init__(self, env: dict[str, str], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.env = env

    def environment(self):
        return {**os.environ, **self.env, "PYTHONPATH": str(PROJECT)}


class Gunicorn(_AppProcess):
    """``gunicorn website.project.wsgi`` on a loopback port; ready when ``/healthz`` answers 200."""

    name = "gunicorn"
    package = "python3"
    start_timeout = 90.0

    def __init__(self, env, *args, workers: int = 2, threads: int = 1, **kwargs):
        super().__init__(env, *args, **kwargs)
        self.workers = workers
        self.threads = threads

    def command(self):
        return [
            sys.executable, "-m", "gunicorn", "website.project.wsgi",
            "--chdir", str(PROJECT),
            "--bind", f"{self.host}:{self.port}",
            "--workers", str(self.workers),
            "--threads", str(self.threads),
            "--log-level", "warning",
            # Varnish on loopback is the proxy in front: its X-Forwarded-* headers are believed.
            "--forwarded-allow-ips", "127.0.0.1",
        ]  # fmt: skip

    def ready(self):
        try:
            with urllib.request.urlopen(f"{self.url}/healthz", timeout=5) as response:
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def worker_pids(self) -> list[int]:
        if not self.process:
            return []
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in path.read_text().split()]


class DbWorker(_AppProcess):
    """``manage.py db_worker``: runs the background tasks (search index, purges, newsletters)."""

    name = "db-worker"
    package = "python3"
    start_timeout = 10.0

    def command(self):
        return [
            sys.executable,
            str(PROJECT / "manage.py"),
            "db_worker",
            "--interval",
            "0.5",
            "--no-startup-delay",
            "--no-reload",
        ]

    def ready(self):
        return True  # no port: started means running (start() fails if it exits at once)


class Nginx(Service):
    """Debian's nginx serving one directory statically (the benches' reference for static HTML)."""

    name = "nginx"
    package = "nginx"

    def __init__(self, root: str | Path, *args, workers: int = 2, **kwargs):
        super().__init__(*args, **kwargs)
        self.nginx = self.binary("nginx", "/usr/sbin/nginx")
        self.root = Path(root)
        self.workers = workers

    def prepare(self):
        work = self.workdir
        (work / "nginx.conf").write_text(
            ("user root;\n" if os.geteuid() == 0 else "")
            + f"""daemon off;
worker_processes {self.workers};
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    default_type text/html;
    server {{
        listen {self.host}:{self.port};
        root {self.root};
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""
        )

    def command(self):
        return [self.nginx, "-c", str(self.workdir / "nginx.conf"), "-p", str(self.workdir)]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"
