"""The production command line and the Compose services, exercised without Docker.

gunicorn is started exactly as the Dockerfile's CMD starts it (read from the file), with
production settings. A client that reaches it directly must not be able to claim HTTPS
(X-Forwarded-Proto) or another address (X-Forwarded-For), while a configured proxy can.
"""

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command

from devservices.base import free_port, port_open
from website.project import healthcheck

ROOT = Path(__file__).resolve().parent.parent


def dockerfile_cmd() -> list[str]:
    line = next(line for line in (ROOT / "Dockerfile").read_text().splitlines() if line.startswith("CMD "))
    return json.loads(line[4:])


def dockerfile_env() -> dict[str, str]:
    text = (ROOT / "Dockerfile").read_text()
    runtime = text[text.index("AS runtime") :]
    block = re.search(r"^ENV (.*?)(?<!\\)\n", runtime, re.S | re.M).group(1)
    return dict(pair.split("=", 1) for pair in block.replace("\\\n", " ").split())


@pytest.fixture(scope="module", params=["proxy elsewhere", "we are the proxy"])
def gunicorn(request, django_db_setup, django_db_blocker, redis_server):
    from django.db import connection

    db = connection.settings_dict
    port = free_port()
    env = {
        **os.environ,
        **{k: v for k, v in dockerfile_env().items() if k not in {"STATIC_ROOT", "MEDIA_ROOT"}},
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "SECRET_KEY": "test-only-secret-key-long-enough-for-django-0123456789abcdef",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "REDIS_URL": redis_server,  # production refuses a cache of its own
        "SECURE_SSL_REDIRECT": "false",
        "TRUSTED_PROXY_COUNT": "1",
        # The Compose default is the network's gateway; here either a proxy address that is not
        # ours (the test client is then a stranger reaching the app directly) or our own.
        "FORWARDED_ALLOW_IPS": "192.0.2.1" if request.param == "proxy elsewhere" else "127.0.0.1",
    }
    process = subprocess.Popen(dockerfile_cmd(), cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not port_open(port):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"gunicorn did not start:\n{process.stderr.read()[-2000:]}")
        time.sleep(0.1)
    yield request.param, f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(10)


def get(url, **headers):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


@pytest.mark.postgresql
@pytest.mark.django_db  # so the test database is set up even when this test runs alone
def test_forwarded_headers_are_trusted_only_from_the_proxy(gunicorn):
    who, base = gunicorn
    # HSTS is only sent on requests Django considers secure: it shows whose word was taken.
    _, headers = get(f"{base}/healthz", **{"X-Forwarded-Proto": "https"})
    claimed_https = "Strict-Transport-Security" in headers

    # 30 suggestions per window per visitor: a stranger rotating X-Forwarded-For stays one visitor.
    statuses = [get(f"{base}/nl/search/suggest/?q=wo", **{"X-Forwarded-For": f"198.51.100.{n}"})[0] for n in range(35)]
    if who == "proxy elsewhere":
        assert not claimed_https
        assert 429 in statuses, statuses
    else:
        assert claimed_https
        assert set(statuses) == {200}, statuses


def test_scheduler_runs_every_job_once_and_survives_a_failing_one(caplog, db, settings):
    settings.SCHEDULED_COMMANDS = [
        {"command": "no_such_command", "interval": 60},
        {"command": "purge_pending_subscribers", "interval": 60},
    ]
    with caplog.at_level("INFO", logger="website.schedule"):
        call_command("run_schedule", "--once")
    assert "Scheduled command no_such_command failed" in caplog.text
    assert "Scheduled command purge_pending_subscribers done" in caplog.text


def test_worker_health_check_needs_the_worker_process(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///x")
    assert healthcheck.main(["--process", "no_such_process_name"]) == 1
    # This very test process has "pytest" in its command line … as a path; use a real argument.
    own_args = Path(f"/proc/{os.getpid()}/cmdline").read_bytes().split(b"\0")
    assert healthcheck.main(["--process", own_args[1].decode()]) == 0
