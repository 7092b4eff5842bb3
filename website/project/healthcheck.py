"""Container health checks, without Django (fast, no settings needed).

``healthcheck.py`` (the web service): exit 0 when /healthz answers 200 (the database is
reachable). It sends the first ALLOWED_HOSTS name as Host so the request passes Django's host
validation; the health check is exempt from the HTTPS redirect.

``healthcheck.py --process db_worker`` (the worker and scheduler services, which serve no HTTP):
exit 0 when a process running that management command is alive in the container and the database
in DATABASE_URL accepts connections, the two things without which queued sends never go out.
"""

import os
import socket
import sys
import urllib.parse
import urllib.request
from pathlib import Path


def web() -> int:
    hosts = [host.strip().lstrip(".") for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host.strip()]
    host = next((name for name in hosts if name != "*"), "localhost")
    port = os.environ.get("PORT", "8000")
    request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=4) as response:
            return 0 if response.status == 200 else 1
    except OSError as exc:
        print(f"unhealthy: {exc}", file=sys.stderr)
        return 1


def command_running(command: str) -> bool:
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if command.encode() in cmdline.read_bytes().split(b"\0"):
                return True
        except OSError:  # the process ended while we looked
            continue
    return False


def database_reachable() -> bool:
    url = urllib.parse.urlsplit(os.environ.get("DATABASE_URL", ""))
    if not url.scheme.startswith("postgres"):
        return True  # SQLite: a file, nothing to reach
    try:
        with socket.create_connection((url.hostname or "localhost", url.port or 5432), timeout=4):
            return True
    except OSError as exc:
        print(f"unhealthy: database {url.hostname}:{url.port or 5432}: {exc}", file=sys.stderr)
        return False


def process(command: str) -> int:
    if not command_running(command):
        print(f"unhealthy: no {command} process", file=sys.stderr)
        return 1
    return 0 if database_reachable() else 1


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--process":
        return process(argv[1])
    return web()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
