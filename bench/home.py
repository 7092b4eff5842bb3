#!/usr/bin/env python3
"""Home page throughput under production settings: gunicorn (2 sync workers) + PostgreSQL + wrk.

What it does, end to end, so that anyone can repeat the figure on a fresh machine:

1. creates a fresh PostgreSQL database, migrates it, loads the demo content and runs
   collectstatic into a temporary STATIC_ROOT (hashed, compressed files, as in production);
2. starts gunicorn with ``website.project.settings.production`` on 127.0.0.1 (plain HTTP, so
   SECURE_SSL_REDIRECT=false), warms every worker up;
3. counts the SQL queries of one warm request in-process (CaptureQueriesContext, same settings,
   same shared cache directory as the workers);
4. runs ``wrk -t2 -c8 -d15s`` against the page and prints requests/s, latency, CPU per request and the workers'
   resident memory after the run;
   every request is rendered (the HTTP cache is Varnish in front, measured by bench/topology.py);
5. stops gunicorn and drops the database (``--keep-db`` keeps it for profiling).

It prints figures and asserts nothing (the issue's target is 95 requests/s for /nl/). Run it
with ``make bench`` or ``.venv/bin/python bench/home.py --help``. The numbers depend on the
machine and on whatever else runs on it: the load average is printed next to them.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TARGET_RPS = 95

# Counted in a child process with the workers' settings; prints one JSON line.
QUERY_COUNTER = """
import json, django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST=HOST)
with CaptureQueriesContext(connection) as cold:
    first = client.get(PATH)
with CaptureQueriesContext(connection) as warm:
    second = client.get(PATH)
print(json.dumps({"status": second.status_code, "cold": len(cold), "warm": len(warm),
                  "bytes": len(second.content), "sql": [q["sql"][:160] for q in warm.captured_queries]}))
"""


def log(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("wrk is missing: installing Debian's package")
        quiet = {"stdout": subprocess.DEVNULL}
        subprocess.run(["apt-get", "update", "-qq"], check=True, **quiet)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            **quiet,
        )
        return shutil.which("wrk") or sys.exit("wrk could not be installed")
    sys.exit("wrk is missing: sudo apt-get install wrk")


def psql(admin_url: str, sql: str) -> None:
    subprocess.run(["psql", admin_url, "-v", "ON_ERROR_STOP=1", "-qc", sql], check=True, stdout=subprocess.DEVNULL)


def wait_until_up(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer 200 within {timeout:.0f}s")


def warm_up(url: str, requests: int) -> None:
    for _ in range(requests):
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            if response.status != 200:
                raise RuntimeError(f"warm-up: {url} answered {response.status}")


def worker_cpu_seconds(master_pid: int) -> float:
    """User + system CPU time used so far by the gunicorn workers (children of the master)."""
    ticks = 0
    for pid in Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split():
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def worker_rss_mib(master_pid: int) -> list[float]:
    """Resident memory of each gunicorn worker (children of the master), in MiB."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
        if match:
            sizes.append(round(int(match.group(1)) / 1024, 1))
    return sizes


def parse_wrk(output: str) -> dict:
    def grab(pattern):
        match = re.search(pattern, output, re.MULTILINE)
        return match.groups() if match else None

    latency = grab(r"^\s+Latency\s+(\S+)\s+(\S+)\s+(\S+)")
    percentiles = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.MULTILINE))
    rps = grab(r"^Requests/sec:\s+([\d.]+)")
    total = grab(r"^\s+(\d+) requests in")
    errors = grab(r"Non-2xx or 3xx responses:\s+(\d+)")
    socket_errors = grab(r"Socket errors: (.*)$")
    return {
        "requests_per_second": float(rps[0]) if rps else None,
        "requests": int(total[0]) if total else None,
        "latency_avg": latency[0] if latency else None,
        "latency_stdev": latency[1] if latency else None,
        "latency_max": latency[2] if latency else None,
        "latency_percentiles": percentiles,
        "non_2xx": int(errors[0]) if errors else 0,
        "socket_errors": socket_errors[0] if socket_errors else None,
    }


def ensure_redis() -> None:
    """Production settings need REDIS_URL: without one, a throwaway Redis for this run."""
    if os.environ.get("REDIS_URL"):
        return
    import atexit

    from devservices import Redis

    redis = Redis().start()
    atexit.register(redis.stop)
    os.environ["REDIS_URL"] = redis.url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", default="/nl/", help="page to load (default /nl/)")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL server URL")
    parser.add_argument("--port", type=int, default=8911)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (-t)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (-c)")
    parser.add_argument("--duration", default="15s", help="wrk duration (-d)")
    parser.add_argument("--warmup", type=int, default=40, help="requests sent before measuring")
    parser.add_argument("--keep-db", action="store_true", help="keep the bench database afterwards")
    parser.add_argument("--show-sql", action="store_true", help="print the SQL of one warm request")
    parser.add_argument("--verbose", action="store_true", help="print wrk's own output too")
    options = parser.parse_args()
    ensure_redis()

    wrk = ensure_wrk()
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    db_name = f"levl_bench_{stamp}_{os.getpid()}"
    admin_url = f"{options.pg.rstrip('/')}/postgres"
    scratch = Path(tempfile.mkdtemp(prefix="levl-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.project.settings.production",
        "SECRET_KEY": "bench-only-secret-key-" + os.urandom(16).hex(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"{options.pg.rstrip('/')}/{db_name}",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(scratch / "static"),
        "MEDIA_ROOT": str(scratch / "media"),
        "LOG_LEVEL": "WARNING",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    url = f"http://127.0.0.1:{options.port}{options.path}"
    command = [wrk, f"-t{options.threads}", f"-c{options.connections}", f"-d{options.duration}", "--latency", url]
    try:
        log(f"database {db_name}: create, migrate, load demo content, collectstatic")
        psql(admin_url, f'CREATE DATABASE "{db_name}"')
        quiet = {"stdout": subprocess.DEVNULL}
        run([PYTHON, "manage.py", "migrate", "--no-input", "-v0"], env, **quiet)
        run([PYTHON, "manage.py", "load_demo_content"], env, **quiet)
        run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], env, **quiet)

        # The app keeps no whole pages (Varnish does, see bench/topology.py): every request renders.
        report = {"every request rendered by the app": measure(options, dict(env), url, command)}

        record = {"when": stamp, "path": options.path, "wrk": " ".join(command[:-1]), "modes": {}}
        print()
        print(
            f"== {options.path} on {os.cpu_count()} CPUs, gunicorn {options.workers} sync workers, {' '.join(command[:-1])}"
        )
        for label, result in report.items():
            figures, queries, rss, load = result["figures"], result["queries"], result["rss"], result["load"]
            print(f"-- {label}")
            print(f"   requests/s           {figures['requests_per_second']:.1f}   (target >= {TARGET_RPS})")
            print(
                f"   latency              avg {figures['latency_avg']}  stdev {figures['latency_stdev']}  "
                f"max {figures['latency_max']}  p50 {figures['latency_percentiles'].get('50')}  "
                f"p99 {figures['latency_percentiles'].get('99')}"
            )
            print(
                f"   responses            {figures['requests']} ({figures['non_2xx']} non-2xx), page {queries['bytes']} bytes"
            )
            print(
                f"   SQL queries/request  {queries['warm']} warm ({queries['cold']} on a new process's first request)"
            )
            print(
                f"   worker CPU/request   {figures['worker_cpu_ms_per_request']} ms "
                "(user+system; independent of other load, PostgreSQL not included)"
            )
            print(f"   worker RSS after run {', '.join(f'{size} MiB' for size in rss)}")
            print(f"   load average before  {' '.join(f'{value:.2f}' for value in load)}")
            record["modes"][label] = {
                **figures,
                "queries_warm": queries["warm"],
                "queries_cold": queries["cold"],
                "worker_rss_mib": rss,
                "load_average": load,
            }
        if options.show_sql:
            for label, result in report.items():
                print(f"-- SQL of one warm request, {label}")
                for sql in result["queries"]["sql"]:
                    print(f"   {sql}")
        results = ROOT / "bench" / "results"
        results.mkdir(exist_ok=True)
        (results / f"home-{stamp}.json").write_text(json.dumps(record, indent=2))
        return 0
    finally:
        if not options.keep_db:
            psql(admin_url, f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        else:
            log(f"kept database {db_name} (DATABASE_URL={env['DATABASE_URL']})")
        shutil.rmtree(scratch, ignore_errors=True)


def measure(options, env, url, command) -> dict:
    """Start gunicorn with ``env``, warm it up, count queries, run wrk, read RSS, stop gunicorn."""
    log(f"gunicorn website.project.wsgi: {options.workers} sync workers on 127.0.0.1:{options.port}")
    gunicorn = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "website.project.wsgi",
            "--workers",
            str(options.workers),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{options.port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(url)
        warm_up(url, options.warmup)
        counted = subprocess.run(
            [PYTHON, "-c", f"PATH = {options.path!r}\nHOST = '127.0.0.1:{options.port}'\n" + QUERY_COUNTER],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        queries = json.loads(counted.stdout.strip().splitlines()[-1])
        load = os.getloadavg()
        cpu_before = worker_cpu_seconds(gunicorn.pid)
        log("running: " + " ".join(command))
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        if options.verbose:
            print(output.rstrip())
        figures = parse_wrk(output)
        cpu = worker_cpu_seconds(gunicorn.pid) - cpu_before
        figures["worker_cpu_ms_per_request"] = (
            round(cpu * 1000 / figures["requests"], 2) if figures["requests"] else None
        )
        return {"figures": figures, "queries": queries, "rss": worker_rss_mib(gunicorn.pid), "load": load}
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        try:
            gunicorn.wait(timeout=30)
        except subprocess.TimeoutExpired:
            gunicorn.kill()
            gunicorn.wait()


if __name__ == "__main__":
    sys.exit(main())
