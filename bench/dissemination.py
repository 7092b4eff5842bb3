"""Benchmark the dissemination endpoints: API list (50 items), feeds, and sitemap.xml for 10,000 pages.

Usage (a throwaway PostgreSQL database; created content stays for the next run):

    createdb -h 127.0.0.1 -U postgres levl_bench_dissemination
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/levl_bench_dissemination \
        .venv/bin/python bench/dissemination.py [--pages 10000] [--runs 200]

Requests go through Django's full middleware stack in-process (test client, DEBUG off), so the
figures are the server-side time of one request without network or WSGI-server overhead.
The sitemap is timed cold: its cache is cleared before each run, so every run rebuilds it.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.project.settings.test")

import django

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from press.factories import OpinionPageFactory, PressIndexPageFactory, PressReleasePageFactory  # noqa: E402
from website.factories import HomePageFactory, ImageFactory, StandardPageFactory  # noqa: E402
from website.taxonomy.factories import ThemeFactory  # noqa: E402


def setup_content(pages: int):
    call_command("migrate", verbosity=0, interactive=False)
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    for code in ("fr", "en"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    home = root.get_children().filter(slug="bench-home").first()
    if home is None:
        home = HomePageFactory.build(slug="bench-home")
        root.add_child(instance=home)
        home.save_revision().publish()
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    theme = ThemeFactory._meta.model.objects.filter(slug="wonen", locale=nl).first() or ThemeFactory(
        slug="wonen", name="Wonen", locale=nl
    )
    room = home.get_children().filter(slug="pers").first()
    if room is None:
        room = PressIndexPageFactory.build()
        home.add_child(instance=room)
        room.save_revision().publish()
    room = room.specific
    have = room.get_children().count()
    if have < 60:
        image = ImageFactory(title="Bench")
        for n in range(have, 60):
            factory = PressReleasePageFactory if n % 2 else OpinionPageFactory
            page = factory.build(slug=f"item-{n}", date=datetime.date(2020 + n % 6, 1, 1), listing_image=image)
            room.add_child(instance=page)
            page.themes.set([theme])
            page.save_revision().publish()
    bulk = home.get_children().filter(slug="bulk").first()
    if bulk is None:
        bulk = StandardPageFactory.build(slug="bulk", title="Bulk")
        home.add_child(instance=bulk)
        bulk.save_revision().publish()
    existing = bulk.get_children().count()
    if existing < pages:
        # Plain Page rows with treebeard paths computed directly: 10,000 pages in seconds.
        now = timezone.now()
        content_type = ContentType.objects.get_for_model(Page)
        rows = [
            Page(
                title=f"Pagina {n}",
                draft_title=f"Pagina {n}",
                slug=f"pagina-{n}",
                path=Page._get_path(bulk.path, bulk.depth + 1, n + 1),
                depth=bulk.depth + 1,
                numchild=0,
                url_path=f"{bulk.url_path}pagina-{n}/",
                live=True,
                first_published_at=now,
                last_published_at=now,
                content_type=content_type,
                locale=nl,
                translation_key=uuid.uuid4(),
            )
            for n in range(existing, pages)
        ]
        with transaction.atomic():
            Page.objects.bulk_create(rows, batch_size=2000)
            Page.objects.filter(pk=bulk.pk).update(numchild=pages)
    return room


def measure(client, url, runs, prepare=None):
    timings = []
    client.get(url)  # warm-up
    executed = []
    if prepare:
        prepare()
    with connection.execute_wrapper(lambda execute, *args: executed.append(1) or execute(*args)):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    for _ in range(runs):
        if prepare:
            prepare()
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    return {
        "median_ms": statistics.median(timings),
        "p95_ms": p95,
        "queries": len(executed),
        "bytes": len(response.content),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    room = setup_content(args.pages)
    client = Client()
    total_pages = Page.objects.live().filter(depth__gt=1).count()
    print(f"Database: {connection.settings_dict['NAME']}; live pages: {total_pages}")
    results = {
        "API /api/v1/pages/?limit=50": measure(client, "/api/v1/pages/?limit=50", args.runs),
        "API /api/v1/pages/?limit=50&theme=wonen&locale=nl": measure(
            client, "/api/v1/pages/?limit=50&theme=wonen&locale=nl", args.runs
        ),
        "RSS  press room": measure(client, f"/feeds/{room.pk}/rss/", args.runs),
        "Atom press room, filtered": measure(client, f"/feeds/{room.pk}/atom/?theme=wonen&type=release", args.runs),
        "sitemap.xml cold (rebuilt each run)": measure(client, "/sitemap.xml", max(5, args.runs // 20), cache.clear),
        "sitemap.xml warm (cached)": measure(client, "/sitemap.xml", args.runs),
    }
    width = max(map(len, results))
    print(f"{'endpoint'.ljust(width)}  median ms    p95 ms  queries      bytes")
    for name, r in results.items():
        print(f"{name.ljust(width)}  {r['median_ms']:9.1f} {r['p95_ms']:9.1f} {r['queries']:8d} {r['bytes']:10d}")


if __name__ == "__main__":
    main()
