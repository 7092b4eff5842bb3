"""Send one newsletter issue to N confirmed subscribers through a local SMTP sink.

Prints messages per second and the worker's peak memory (max RSS) for each N. The send runs in
a real ``manage.py db_worker --batch`` process (the django-tasks database backend), started by
this script; the SMTP sink is aiosmtpd in its own process and only counts what arrives.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/levl_bench python bench/newsletter.py --n 1000 --n 20000

Needs PostgreSQL (the database is migrated; bench rows use the domain bench.invalid and are
removed before each run). Prints figures, asserts nothing.
"""

import argparse
import multiprocessing
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ENV = {
    "DJANGO_SETTINGS_MODULE": "website.project.settings.base",
    "SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "localhost",
    "EMAIL_HOST": "127.0.0.1",
    "LOG_LEVEL": "WARNING",
}


def sink(port, counter, ready):
    """aiosmtpd server that counts accepted messages."""
    from aiosmtpd.controller import Controller

    class Counter:
        async def handle_DATA(self, server, session, envelope):
            with counter.get_lock():
                counter.value += len(envelope.rcpt_tos)
            return "250 OK"

    controller = Controller(Counter(), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    while True:
        time.sleep(3600)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def setup_django(port):
    os.environ.update(ENV, EMAIL_PORT=str(port))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def prepare(n: int):
    """N confirmed subscribers and a fresh issue; returns the dispatch id, queued for the worker."""
    from django.db import connection
    from wagtail.models import Locale, Page

    from newsletters.models import NewsletterIndexPage, NewsletterPage, Subscriber
    from newsletters.sending import start_dispatch
    from newsletters.tasks import send_dispatch

    locale, _ = Locale.objects.get_or_create(language_code="nl")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    archive = NewsletterIndexPage.objects.filter(slug="bench-archive").first()
    if archive is None:
        archive = NewsletterIndexPage(title="Bench", slug="bench-archive", locale=locale)
        root.add_child(instance=archive)
    Subscriber.objects.filter(email__endswith="@bench.invalid").delete()
    NewsletterPage.objects.filter(slug__startswith="bench-issue").delete()
    issue = NewsletterPage(
        title="Benchmark issue",
        slug=f"bench-issue-{int(time.time())}",
        locale=locale,
        intro="Wij werken aan een samenleving waarin iedereen evenwaardig kan participeren.",
        body=[
            ("heading", {"text": "In de kijker", "level": "h2"}),
            ("text", "<p>" + "Vanuit onderzoek en praktijkervaring komen wij tot beleidsaanbevelingen. " * 20 + "</p>"),
        ],
    )
    archive.add_child(instance=issue)
    issue.save_revision().publish()
    batch = 5000
    for start in range(0, n, batch):
        Subscriber.objects.bulk_create(
            Subscriber(email=f"r{i}@bench.invalid", language="nl", status=Subscriber.Status.CONFIRMED, consent_text="")
            for i in range(start, min(n, start + batch))
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE newsletters_subscriber")
    dispatch = start_dispatch(issue)
    send_dispatch.enqueue(dispatch.pk)
    return dispatch.pk


def run_worker() -> tuple[float, int]:
    """Run the task worker until the queue is empty; (seconds, peak RSS in MB)."""
    env = {**os.environ}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "db_worker", "--batch", "--no-startup-delay", "--interval", "0.1"],
        env=env,
        cwd=ROOT,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"worker exited with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, action="append", help="number of subscribers (repeatable)")
    args = parser.parse_args()
    sizes = args.n or [1000, 20000]
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database (it will be migrated).")
    port = free_port()
    counter, ready = multiprocessing.Value("q", 0), multiprocessing.Event()
    server = multiprocessing.Process(target=sink, args=(port, counter, ready), daemon=True)
    server.start()
    ready.wait(10)
    setup_django(port)
    from newsletters.models import Dispatch

    print(f"{'N':>8} {'received':>9} {'send s':>8} {'msg/s':>8} {'worker s':>9} {'peak RSS MB':>12}")
    for n in sizes:
        counter.value = 0
        dispatch_id = prepare(n)
        elapsed, peak_mb = run_worker()
        dispatch = Dispatch.objects.get(pk=dispatch_id)
        send_seconds = (dispatch.finished_at - dispatch.started_at).total_seconds()
        print(
            f"{n:>8} {counter.value:>9} {send_seconds:>8.1f} {counter.value / send_seconds:>8.0f} "
            f"{elapsed:>9.1f} {peak_mb:>12.1f}",
            flush=True,
        )
    from newsletters.models import NewsletterPage, Subscriber

    Subscriber.objects.filter(email__endswith="@bench.invalid").delete()
    NewsletterPage.objects.filter(slug__startswith="bench-issue").delete()
    server.terminate()


if __name__ == "__main__":
    main()
