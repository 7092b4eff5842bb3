"""Benchmark the content families as production serves them: N pages per family, gunicorn, wrk.

    python bench/pages.py [--n 2000] [--duration 10] [--keep-db]

1. Creates a fresh PostgreSQL database (``BENCH_PG``, default postgres://postgres@127.0.0.1:5432),
   migrates it, and adds the languages, taxonomy and home page (website's own demo steps).
2. For every family in FAMILIES whose app is installed, creates the index page and N detail
   pages with the family's factories (looked up by dotted path, so the script needs no import
   of a family that is not there: a missing one is skipped with a note).
   Page creation is bulk: treebeard's ``add_child`` costs several queries per page and 8,000
   pages would take most of an hour, so the script builds the materialised paths itself
   (``Page._get_path``) and inserts each table of the page's model chain (Page, BasePage, the
   family's model) with one INSERT per 500 rows, plus the taxonomy links. Pages are live
   without revisions and without search-index entries: what visitors are served is the same,
   and an editor's first save creates the revision as usual.
3. Serves the site with gunicorn exactly as in production (website.project.settings.production,
   2 sync workers on 127.0.0.1, SECURE_SSL_REDIRECT=false), then for each family's detail page
   and listing (three facets selected: theme, audience, year) prints requests/s
   (``wrk -t2 -c8 -d10s``), median and p95 latency and SQL queries per page; finally the RSS of
   each worker. Prints figures, asserts nothing.
"""

import argparse
import datetime
import importlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# family: (app, index factory, page factory, index slug)
FAMILIES = {
    "toolkits": (
        "toolkits",
        "toolkits.factories.ToolkitIndexPageFactory",
        "toolkits.factories.ToolkitPageFactory",
        "toolkits",
    ),
    "practices": (
        "practices",
        "practices.factories.PracticeIndexPageFactory",
        "practices.factories.PracticePageFactory",
        "goede-praktijken",
    ),
    "recommendations": (
        "recommendations",
        "recommendations.factories.RecommendationIndexPageFactory",
        "recommendations.factories.RecommendationPageFactory",
        "aanbevelingen",
    ),
    "campaigns": (
        "campaigns",
        "campaigns.factories.CampaignIndexPageFactory",
        "campaigns.factories.CampaignPageFactory",
        "campagnes",
    ),
}
LISTING_QUERY = "theme=werk&audience=werkgevers&year=2024"
BATCH = 500
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %f %f %f %d %d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
"""


def dotted(path):
    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


def configure(db_url, workdir):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="website.project.settings.production",
        DATABASE_URL=db_url,
        SECRET_KEY="bench-only-secret-key-" + uuid.uuid4().hex,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        LOG_LEVEL="WARNING",
    )
    import django

    django.setup()


def base_site():
    from website import demo
    from website.demo.registry import DemoContext

    ctx = DemoContext(log=lambda *args: None)
    demo.locales_and_admin(ctx)
    demo.taxonomy(ctx)
    demo.home_page(ctx)
    try:
        from website.taxonomy.demo import sectors

        sectors(ctx)
    except ImportError:
        pass
    return ctx


def taxonomy_choices(model, ctx):
    """For each taxonomy relation of ``model``: (field, candidate term ids)."""
    from django.db import models as djmodels
    from modelcluster.fields import ParentalManyToManyField

    from website.taxonomy.models import Audience, Region, Sector, Theme

    terms = {
        m: list(m.objects.filter(locale=ctx.locales["nl"]).values_list("pk", flat=True))
        for m in (Theme, Audience, Region, Sector)
    }
    m2m, fks = [], []
    for field in model._meta.get_fields():
        target = getattr(field, "related_model", None)
        if target in terms and terms[target]:
            if isinstance(field, ParentalManyToManyField):
                m2m.append((field, terms[target]))
            elif isinstance(field, djmodels.ForeignKey):
                fks.append((field, terms[target]))
    return m2m, fks


def bulk_pages(parent, factory, n, ctx, image, rng):
    """Create ``n`` live children of ``parent`` with a handful of bulk INSERTs (see module doc)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    model = factory._meta.model
    content_type = ContentType.objects.get_for_model(model)
    parent = Page.objects.get(pk=parent.pk)
    m2m, fks = taxonomy_choices(model, ctx)
    date_fields = [f for f in ("period_start", "date_issued", "start_date") if hasattr(model, f)]
    now = timezone.now()
    pages = []
    for i in range(n):
        published = now - datetime.timedelta(days=rng.randrange(0, 6 * 365))
        page = factory.build(title=f"{model._meta.verbose_name} {i}".capitalize(), slug=f"p-{i}")
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, parent.numchild + i + 1)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.numchild = 0
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = published
        page.draft_title = page.title
        page.translation_key = uuid.uuid4()
        if hasattr(page, "listing_image_id"):
            page.listing_image_id = image.pk
        for field in date_fields:
            setattr(page, field, published.date())
        for field, ids in fks:
            setattr(page, field.attname, rng.choice(ids))
        pages.append(page)

    chain = [m for m in reversed(model._meta.get_parent_list()) if m is not Page] + [model]
    with transaction.atomic():
        Page.objects.bulk_create(pages, batch_size=BATCH)  # sets page.id from RETURNING
        for page in pages:
            for link in [m._meta.pk for m in chain]:
                setattr(page, link.attname, page.id)
        for table in chain:
            fields = table._meta.local_concrete_fields
            for start in range(0, len(pages), BATCH):
                table._base_manager._insert(pages[start : start + BATCH], fields=fields, using="default")
        for field, ids in m2m:
            through = field.remote_field.through
            source, target = field.m2m_field_name() + "_id", field.m2m_reverse_field_name() + "_id"
            rows = [
                through(**{source: page.id, target: term})
                for page in pages
                for term in rng.sample(ids, k=min(len(ids), rng.choice((1, 2))))
            ]
            through.objects.bulk_create(rows, batch_size=2000)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + n)
    return pages


def family_extras(name, pages):
    """Related rows that make a detail page realistic (resources, documents, images)."""
    from website.factories import DocumentFactory

    document = DocumentFactory(title=f"Bench {name}")
    if name == "toolkits":
        from toolkits.models import ToolkitResource

        ToolkitResource.objects.bulk_create(
            [
                ToolkitResource(
                    page_id=p.id, document=document, title=f"Werkblad {k}", locale_id=p.locale_id, sort_order=k
                )
                for p in pages
                for k in range(3)
            ],
            batch_size=2000,
        )
    elif name == "practices":
        from practices.models import PracticeDocument

        PracticeDocument.objects.bulk_create(
            [
                PracticeDocument(page_id=p.id, document=document, locale_id=p.locale_id, sort_order=k)
                for p in pages
                for k in range(2)
            ],
            batch_size=2000,
        )


def build(n, rng):
    from django.apps import apps
    from django.core.management import call_command

    from website.caching import content_cache
    from website.factories import ImageFactory

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    ctx = base_site()
    home = ctx.homes["nl"]
    image = ImageFactory(title="Bench")
    made = {}
    for name, (app, index_path, page_path, slug) in FAMILIES.items():
        if not apps.is_installed(app):
            print(f"-- {name}: app {app!r} is not installed on this branch, skipped")
            continue
        index_factory, page_factory = dotted(index_path), dotted(page_path)
        index = index_factory.build(slug=slug)
        home.add_child(instance=index)
        index.save_revision().publish()
        started = time.perf_counter()
        pages = bulk_pages(index, page_factory, n, ctx, image, rng)
        family_extras(name, pages)
        print(f"-- {name}: {n} pages created in {time.perf_counter() - started:.1f}s")
        made[name] = (index, pages[n // 2])
    if apps.is_installed("themes"):
        from themes.factories import ThemeIndexPageFactory, ThemePageFactory
        from website.taxonomy.models import Theme

        hubs = ThemeIndexPageFactory.build()
        home.add_child(instance=hubs)
        hubs.save_revision().publish()
        hub = ThemePageFactory.build(
            title="Werk", slug="werk", theme=Theme.objects.get(slug="werk", locale=home.locale)
        )
        hubs.add_child(instance=hub)
        hub.save_revision().publish()
        made["theme hub"] = (hub, None)
    content_cache.bump()
    from django.db import connection

    with connection.cursor() as cursor:  # statistics, as a live database has them
        cursor.execute("ANALYZE")
    return made


def urls(made):
    from wagtail.models import Page

    for name, (index, detail) in made.items():
        index = Page.objects.get(pk=index.pk)
        if detail is not None:
            yield f"{name} detail", Page.objects.get(pk=detail.pk).url
            yield f"{name} listing (3 facets)", f"{index.url}?{LISTING_QUERY}"
        else:  # theme hub: audience, type and year
            yield f"{name} (3 facets)", f"{index.url}?audience=werkgevers&type=toolkitpage&year=2024"


def count_queries(url):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response.status_code, len(queries)


def children(pid):
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def serve_and_measure(made, workdir, duration):
    port = 8700 + os.getpid() % 200
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "website.project.wsgi:application",
            "--workers",
            "2",
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    try:
        for _ in range(100):
            try:
                urlopen(base + "/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        lua = workdir / "report.lua"
        lua.write_text(WRK_SCRIPT)
        print(f"\n{'page':34} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}  status")
        for label, path in urls(made):
            status, queries = count_queries(path)
            for _ in range(20):  # warm both workers (renditions, caches)
                urlopen(base + path, timeout=30).read()
            out = subprocess.run(
                ["wrk", "-t2", "-c8", f"-d{duration}s", "-s", str(lua), base + path],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            line = next(row for row in out.splitlines() if row.startswith("RESULT"))
            rps, p50, p95, _total, errors = line.split()[1:]
            note = f"{status}" + (f", {errors} errors" if int(errors) else "")
            print(f"{label:34} {float(rps):8.1f} {float(p50):8.1f} {float(p95):8.1f} {queries:8d}  {note}  {path}")
        workers = children(server.pid)
        print("\nworker RSS after the run: " + ", ".join(f"{rss_mb(pid):.0f} MB" for pid in workers))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def ensure_redis() -> None:
    """Production settings need REDIS_URL: without one, a throwaway Redis for this run."""
    if os.environ.get("REDIS_URL"):
        return
    import atexit

    from devservices import Redis

    redis = Redis().start()
    atexit.register(redis.stop)
    os.environ["REDIS_URL"] = redis.url


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="pages per family (default 2000)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page (default 10)")
    parser.add_argument("--keep-db", action="store_true", help="leave the benchmark database in place")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    ensure_redis()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")

    pg = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432").rstrip("/")
    name = f"levl_bench_{os.getpid()}"
    admin = pg.split("://", 1)[1].split("@")[-1]
    host, port = (admin.split(":") + ["5432"])[:2]
    user = pg.split("://", 1)[1].split("@")[0] if "@" in pg else "postgres"
    subprocess.run(["createdb", "-h", host, "-p", port, "-U", user, name], check=True)
    workdir = Path(tempfile.mkdtemp(prefix="levl-bench-"))
    try:
        configure(f"{pg}/{name}", workdir)
        started = time.perf_counter()
        made = build(args.n, random.Random(args.seed))
        print(f"-- database ready in {time.perf_counter() - started:.0f}s ({args.n} pages per family)")
        from django.db import connections

        connections.close_all()
        serve_and_measure(made, workdir, args.duration)
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep_db:
            subprocess.run(["dropdb", "-h", host, "-p", port, "-U", user, "--if-exists", name], check=False)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
