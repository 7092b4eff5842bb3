"""Search benchmark: N pages (nl + fr), realistic queries, p50/p95 of the results page and suggest.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/levl_bench_search \
        .venv/bin/python bench/search.py --pages 10000 [--wrk] [--engine postgresql|opensearch|both]

Without DATABASE_URL a throwaway PostgreSQL is started (devservices). ``--engine opensearch`` or
``both`` also starts an OpenSearch node (devservices, 512 MiB heap), indexes the same pages into
it (``search_index``'s rebuild, timed) and times the same requests with ``SEARCH_URL`` pointing at
it, then prints the node's heap and resident memory.

Builds the pages once per N (bulk SQL, then Wagtail's own indexing in batches), then times the
views in-process with Django's test client (no network), each query several times after a
warm-up. ``--wrk`` also serves the site with gunicorn and runs ``wrk -t2 -c8`` on one results
page. Prints figures; asserts nothing.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.project.settings.test")

NL_WORDS = (
    "woning huurmarkt discriminatie werkgever vacature inclusie diversiteit onderwijs school leerlingen "
    "leerkrachten ouders nieuwkomers inburgering beleidsparticipatie gemeente lokaal bestuur racisme "
    "beeldvorming media campagne toolkit praktijktest makelaar verhuurder sociale huisvesting werkvloer "
    "aanwerving selectie talent taal netwerk vrijwilligers middenveld organisatie aanbeveling overheid "
    "Vlaanderen Brussel gelijke kansen drempels participatie jongeren vrouwen gezondheid armoede "
    "begeleiding opleiding stage mentor screening sollicitatie cv anoniem loopbaan vakbond"
).split()
FR_WORDS = (
    "logement marché locatif discrimination employeur offre emploi inclusion diversité enseignement école "
    "élèves enseignants parents primo-arrivants intégration participation commune pouvoirs locaux racisme "
    "image médias campagne boîte outils test pratique agence propriétaire logement social travail "
    "recrutement sélection talent langue réseau bénévoles société civile organisation recommandation "
    "gouvernement Bruxelles Flandre égalité chances obstacles jeunes femmes santé pauvreté accompagnement "
    "formation stage candidature anonyme carrière syndicat"
).split()
QUERIES = {
    "nl": [
        "inclusieve vacature",
        "discriminatie huurmarkt",
        "woningen",
        "praktijktesten makelaars",
        "beleidsparticipatie",
        "onderwijs nieuwkomers",
        "anoniem solliciteren",
        "racisme media",
    ],
    "fr": [
        "diversité personnel enseignant",
        "discriminations logement",
        "egalite des chances",
        "recrutement inclusif",
        "campagne racisme",
        "primo-arrivants école",
    ],
}
SUGGEST = {
    "nl": ["di", "dis", "discr", "wo", "won", "inc", "inclu", "onder", "bele", "raci"],
    "fr": ["di", "disc", "lo", "loge", "eg", "ega", "recr", "camp"],
}


def ensure_database(url):
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


_SYLLABLES = "ka lo me ri sa ne to va de li mo ru be ta fi no ge pa ve zo".split()
# Generic words (pseudo-words, each rare) make up most of a text, as in real prose; the domain
# words the queries look for are a minority, so a query matches a realistic share of pages.
FILLER = sorted({"".join(random.Random(i).choice(_SYLLABLES) for _ in range(3)) for i in range(5000)})


def sentence(words, rng, n, domain_share=0.15):
    return " ".join(rng.choice(words) if rng.random() < domain_share else rng.choice(FILLER) for _ in range(n))


def build(n_pages):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page, Site
    from wagtail.search.backends import get_search_backend

    from website.factories import HomePageFactory
    from website.models import StandardPage

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "fr", "en")}
    root = Page.get_first_root_node()
    homes = {}
    for code in ("nl", "fr"):
        home = Page.objects.filter(depth=2, locale=locales[code], slug=f"bench-{code}").first()
        if home is None:
            home = HomePageFactory.build(title=f"Bench {code}", slug=f"bench-{code}", locale=locales[code])
            root.add_child(instance=home)
            home.save_revision().publish()
        homes[code] = home
    # The French home is the Dutch home's translation, as on the real site: without that, Wagtail
    # finds no site root for French pages and they have no URL.
    Page.objects.filter(pk=homes["fr"].pk).update(translation_key=homes["nl"].translation_key)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": homes["nl"]}
    )
    existing = StandardPage.objects.filter(slug__startswith="bench-").count()
    if existing == n_pages:
        print(f"{existing} bench pages already indexed")
        tag_pages(locales)
        return
    print(f"building {n_pages} pages ...", flush=True)
    started = time.perf_counter()
    with transaction.atomic():
        StandardPage.objects.filter(slug__startswith="bench-").delete()
    ct = ContentType.objects.get_for_model(StandardPage)
    rng = random.Random(42)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def step(i):
        digits = ""
        for _ in range(4):
            digits = alphabet[i % 36] + digits
            i //= 36
        return digits

    now = timezone.now()
    batch = 2000
    per_locale = {"nl": n_pages - n_pages // 3, "fr": n_pages // 3}
    for code, count in per_locale.items():
        home = Page.objects.get(pk=homes[code].pk)
        words = NL_WORDS if code == "nl" else FR_WORDS
        for offset in range(0, count, batch):
            pages = []
            for i in range(offset, min(count, offset + batch)):
                title = sentence(words, rng, rng.randint(3, 7), domain_share=0.5).capitalize()
                slug = f"bench-{code}-{i}"
                pages.append(
                    Page(
                        path=home.path + step(i + 1),
                        depth=home.depth + 1,
                        numchild=0,
                        translation_key=uuid.uuid4(),
                        locale=locales[code],
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=ct,
                        url_path=f"{home.url_path}{slug}/",
                        show_in_menus=False,
                        seo_title="",
                        search_description="",
                        locked=False,
                        expired=False,
                    )
                )
            created = Page.objects.bulk_create(pages)
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO website_basepage (page_ptr_id, intro) VALUES (%s, %s)",
                    [(p.pk, sentence(words, rng, 20)) for p in created],
                )
                cursor.executemany(
                    "INSERT INTO website_standardpage (basepage_ptr_id, body, show_in_footer) VALUES (%s, %s, false)",
                    [(p.pk, body(words, rng)) for p in created],
                )
        Page.objects.filter(pk=home.pk).update(numchild=count)
    print(f"  rows in {time.perf_counter() - started:.0f}s; indexing ...", flush=True)
    backend = get_search_backend()
    ids = list(StandardPage.objects.filter(slug__startswith="bench-").values_list("pk", flat=True))
    for offset in range(0, len(ids), 1000):
        chunk = StandardPage.objects.filter(pk__in=ids[offset : offset + 1000]).prefetch_related("themes")
        backend.add_bulk(StandardPage, list(chunk))
    with connection.cursor() as cursor:
        # As autovacuum leaves a live database: statistics, and a visibility map for index-only scans.
        cursor.execute("VACUUM ANALYZE")
    print(f"  built and indexed in {time.perf_counter() - started:.0f}s", flush=True)
    tag_pages(locales)


def tag_pages(locales):
    """Themes and audiences on every bench page (one or two of each), as editors tag real pages:
    the facet counts then cost what they cost on the live site."""
    from django.db import connection

    from website.models import BasePage, StandardPage
    from website.taxonomy.factories import AudienceFactory, ThemeFactory

    through = {"themes": BasePage.themes.through, "audiences": BasePage.audiences.through}
    if through["themes"].objects.filter(basepage__slug__startswith="bench-").exists():
        return
    rng = random.Random(7)
    terms = {"themes": {}, "audiences": {}}
    for code in ("nl", "fr"):
        locale = locales[code]
        terms["themes"][locale.pk] = [
            ThemeFactory(name=f"Thema {k} {code}", slug=f"bench-thema-{k}", locale=locale).pk for k in range(6)
        ]
        terms["audiences"][locale.pk] = [
            AudienceFactory(name=f"Doelgroep {k} {code}", slug=f"bench-doelgroep-{k}", locale=locale).pk
            for k in range(4)
        ]
    pages = list(StandardPage.objects.filter(slug__startswith="bench-").values_list("pk", "locale_id"))
    for field, model in through.items():
        target = "theme_id" if field == "themes" else "audience_id"
        rows = [
            model(basepage_id=pk, **{target: term})
            for pk, locale_id in pages
            for term in rng.sample(terms[field][locale_id], k=rng.choice((1, 2)))
        ]
        model.objects.bulk_create(rows, batch_size=5000)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"  tagged {len(pages)} pages with themes and audiences", flush=True)


def body(words, rng):
    return json.dumps([{"type": "paragraph", "value": f"<p>{sentence(words, rng, 120)}</p>", "id": str(uuid.uuid4())}])


def percentile(values, pct):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(pct / 100 * (len(values) - 1))))]


# This process's CPU time per timed request, by kind (load-independent, unlike wall time).
CPU = {}


def timed(client, url, repeat, before=None, cpu=None):
    times = []
    for _ in range(repeat):
        if before:
            before()
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            CPU.setdefault(cpu, []).append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return times


def report(label, times):
    print(f"{label:<34} n={len(times):<4} p50={percentile(times, 50):7.1f} ms   p95={percentile(times, 95):7.1f} ms")


class Phases:
    """Inclusive wall time of named functions during one request, by wrapping them in place
    (bench only). ``took`` is the engine's own figure from each search response."""

    def __init__(self, targets):
        self.targets = targets  # [(owner, attribute, label)]
        self.current = {}
        self.saved = []

    def _wrap(self, function, label):
        def timed_call(*args, **kwargs):
            started = time.perf_counter()
            try:
                value = function(*args, **kwargs)
            finally:
                self.current[label] = self.current.get(label, 0.0) + (time.perf_counter() - started) * 1000
            if label == TOOK_OF and isinstance(value, dict) and "took" in value:
                self.current["  engine's own time (took)"] = (
                    self.current.get("  engine's own time (took)", 0.0) + value["took"]
                )
            return value

        return timed_call

    def __enter__(self):
        from django.db import connection

        for owner, name, label in self.targets:
            original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
            self.saved.append((owner, name, original))
            setattr(owner, name, self._wrap(original, label))

        def sql(execute, query, params, many, context):
            started = time.perf_counter()
            try:
                return execute(query, params, many, context)
            finally:
                self.current["SQL (all queries)"] = (
                    self.current.get("SQL (all queries)", 0.0) + (time.perf_counter() - started) * 1000
                )
                self.current["SQL queries (count)"] = self.current.get("SQL queries (count)", 0) + 1

        self._sql = connection.execute_wrapper(sql)
        self._sql.__enter__()
        return self

    def __exit__(self, *exc):
        self._sql.__exit__(*exc)
        for owner, name, original in reversed(self.saved):
            setattr(owner, name, original)
        self.saved = []

    def take(self):
        current, self.current = self.current, {}
        return current


TOOK_OF = "  OpenSearch HTTP round trip"


def forget_suggestions():
    """Drop the cached suggestions only (menus, site roots and taxonomy stay warm, as in production)."""
    from django.core.cache import cache

    # Stored keys carry the cache's ":<version>:" prefix, which delete() adds again.
    stored = [key for key in getattr(cache, "_cache", {}) if ":suggest:" in str(key)]
    cache.delete_many([key.split(":", 2)[2] for key in stored])


def phase_targets(engine_name):
    from django.template.backends.django import Template

    import search.views
    from search import querylog, results
    from search.engines import opensearch

    targets = [
        (search.views, "results_section", "results section (engine + facets + render)"),
        (Template, "render", "template rendering (all templates)"),
        (search.views, "render_to_string", "  results.html rendering"),
        (search.views, "promotions", "promotions"),
        (querylog, "record", "query log"),
    ]
    if engine_name == "opensearch":
        engine = opensearch.OpenSearchEngine
        targets += [
            (engine, "results", "engine.results()"),
            (engine, "suggest", "engine.suggest()"),
            (engine, "_search", TOOK_OF),
            (engine, "search", "  query building + round trip"),
            (opensearch.OpenSearchListing, "_paginate", "  ids -> pages (SQL)"),
            (opensearch, "themes_by_slug", "  themes of the pages"),
            (opensearch, "publication_dates", "  publication dates"),
            (opensearch, "to_html", "  highlights -> HTML"),
        ]
    else:
        targets += [
            (search.engines.database.DatabaseEngine, "results", "engine.results()"),
            (search.engines.database.DatabaseEngine, "suggest", "engine.suggest()"),
            (results.highlight, "snippets", "  snippets"),
            (results.document_text, "matching_documents", "  document matches"),
        ]
    return targets


def profile(engine_name, repeat, before=None):
    """Where a results request and a suggest request spend their time, phase by phase, then the
    busiest functions under cProfile (written to bench/results/)."""
    import cProfile
    import pstats
    from urllib.parse import urlencode

    from django.conf import settings
    from django.test import Client

    import search.engines.database  # noqa: F401 - a phase target
    from search import ratelimit

    ratelimit.RATE = 10**9
    settings.SEARCH_CACHE_SECONDS = 0
    client = Client()
    urls = {
        "results": [f"/{lang}/search/?{urlencode({'q': q})}" for lang, qs in QUERIES.items() for q in qs],
        "suggest": [f"/{lang}/search/suggest/?{urlencode({'q': q})}" for lang, qs in SUGGEST.items() for q in qs],
    }
    for kind, kind_urls in urls.items():
        for url in kind_urls:
            client.get(url)
        rows = {}
        totals = []
        with Phases(phase_targets(engine_name)) as phases:
            for _ in range(repeat):
                for url in kind_urls:
                    forget_suggestions()
                    if before:
                        before()
                    phases.take()
                    started = time.perf_counter()
                    client.get(url)
                    totals.append((time.perf_counter() - started) * 1000)
                    for label, value in phases.take().items():
                        rows.setdefault(label, []).append(value)
        n = len(totals)
        print(
            f"  {kind}: {n} requests, whole request mean {sum(totals) / n:.1f} ms, p50 {percentile(totals, 50):.1f} ms"
        )
        for label, values in rows.items():
            values = values + [0.0] * (n - len(values))
            print(f"    {label:<46} mean {sum(values) / n:6.1f}   p50 {percentile(values, 50):6.1f}")
        out = ROOT / "bench" / "results" / f"search-{engine_name}-{kind}.prof"
        out.parent.mkdir(exist_ok=True)
        profiler = cProfile.Profile()
        profiler.enable()
        for url in kind_urls * 2:
            forget_suggestions()
            if before:
                before()
            client.get(url)
        profiler.disable()
        profiler.dump_stats(out)
        print(f"    cProfile ({2 * len(kind_urls)} requests) in {out.relative_to(ROOT)}; busiest own time:")
        stats = pstats.Stats(profiler)
        for func, (_cc, nc, tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:12]:
            name = f"{Path(func[0]).name}:{func[1]}({func[2]})"
            print(
                f"      {tt * 1000 / (2 * len(kind_urls)):6.2f} ms/req own, {ct * 1000 / (2 * len(kind_urls)):6.2f} cum  {nc:>6} calls  {name}"
            )


def run(engines, repeat):
    """Time every engine on the same requests, interleaved: each request goes to one engine, then
    at once to the next, so a busy moment of a shared machine weighs on both alike.

    ``engines``: ``[(name, SEARCH_URL, before)]``; ``before()`` runs ahead of each uncached request,
    untimed (OpenSearch empties its request cache). Returns ``{name: {kind: [ms, ...]}}``.
    """
    from urllib.parse import urlencode

    from django.conf import settings
    from django.test import Client

    from search import ratelimit

    ratelimit.RATE = 10**9  # the benchmark is one client on purpose
    client = Client()
    figures = {name: {} for name, _url, _before in engines}

    def each(url, times, kind=None, cached=False, cpu=None, forget=False):
        for _ in range(times):
            for name, search_url, before in engines:
                settings.SEARCH_URL = search_url
                if forget:
                    forget_suggestions()
                if cached:
                    client.get(url)  # the first asker fills the caches
                found = timed(client, url, 1, None if cached else before, cpu=cpu and f"{name}:{cpu}")
                if kind:
                    figures[name].setdefault(kind, []).extend(found)

    for _name, search_url, _before in engines:
        settings.SEARCH_URL = search_url
        client.get("/nl/search/?q=warm")  # menus, site roots, taxonomy: what every page has cached
    # Uncached: every request runs the search (a query no visitor asked before).
    settings.SEARCH_CACHE_SECONDS = 0
    results = [f"/{lang}/search/?{urlencode({'q': query})}" for lang, queries in QUERIES.items() for query in queries]
    prefixes = [f"/{lang}/search/suggest/?{urlencode({'q': q})}" for lang, qs in SUGGEST.items() for q in qs]
    # Warm-up, the same for every engine: every query and prefix twice (the engine's JIT, the
    # database's buffers, Django's template and URL caches), not timed.
    for url in results + prefixes:
        each(url, 2, forget=True)
    for url in results:
        each(url, repeat, "results", cpu="results")
        each(url + "&type=standardpage&sort=relevance", max(1, repeat // 2), "filtered")
        each(url + "&page=3", max(1, repeat // 2), "page3")
    for url in prefixes:
        each(url, repeat, "suggest", cpu="suggest", forget=True)
    # Cached (the production default): the same query again, as popular queries are; the
    # database engine keeps the rendered results (SEARCH_CACHE_SECONDS), OpenSearch its request cache.
    settings.SEARCH_CACHE_SECONDS = 300
    for url in results:
        each(url, repeat, "repeated", cached=True)
    for url in prefixes:
        each(url, repeat, "suggest_cached", cached=True)
    labels = {
        "results": "results page (uncached)",
        "filtered": "results page, type facet (uncached)",
        "page3": "results page, page 3 (uncached)",
        "repeated": "results page (cached, repeated)",
        "suggest": "suggest (uncached)",
        "suggest_cached": "suggest (cached)",
    }
    for name, kinds in figures.items():
        print(f"--- {name} ---")
        for kind, label in labels.items():
            report(label, kinds[kind])
        for kind in ("results", "suggest"):
            kinds[f"cpu_{kind}"] = CPU.pop(f"{name}:{kind}", [])
            print(f"  Python CPU per {kind} request (this process): p50 {percentile(kinds[f'cpu_{kind}'], 50):.1f} ms")
    return figures


def run_wrk():
    """gunicorn as in production (2 sync workers, production settings, file cache) and wrk."""
    import tempfile
    from urllib.request import urlopen

    port = "8765"
    workdir = Path(tempfile.mkdtemp(prefix="levl-bench-search-"))
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="website.project.settings.production",
        SECRET_KEY="bench-only-" + uuid.uuid4().hex * 2,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(workdir / "static"),
        LOG_LEVEL="WARNING",
    )
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    query = "discriminatie+huurmarkt"
    for label, extra in (
        ("cached (default)", {}),
        ("uncached (SEARCH_CACHE_SECONDS=0)", {"SEARCH_CACHE_SECONDS": "0"}),
    ):
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "website.project.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2"]
            + ["--log-level", "warning"],
            cwd=ROOT,
            env=dict(env, **extra),
        )
        try:
            url = f"http://127.0.0.1:{port}/nl/search/?q={query}"
            for _ in range(100):
                try:
                    urlopen(url, timeout=5).read()
                    break
                except OSError:
                    time.sleep(0.2)
            for _ in range(10):
                urlopen(url, timeout=30).read()
            out = subprocess.run(
                ["wrk", "-t2", "-c8", "-d10s", "--latency", url], capture_output=True, text=True, check=False
            )
            keep = ("Requests/sec", "Latency", "50%", "99%", "Non-2xx")
            lines = [line.strip() for line in out.stdout.splitlines() if line.strip().startswith(keep)]
            print(f"wrk -t2 -c8 -d10s results page, {label}:", *lines, sep="\n  ")
        finally:
            server.terminate()
            server.wait(10)


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
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--wrk", action="store_true")
    parser.add_argument("--engine", choices=["postgresql", "opensearch", "both"], default="postgresql")
    parser.add_argument(
        "--opensearch", metavar="URL", help="an OpenSearch node already running (its index is kept between runs)"
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="first, N rounds of phase timing and cProfile per engine"
    )
    args = parser.parse_args()
    services = []
    if not os.environ.get("DATABASE_URL"):
        from devservices.postgres import Postgres

        pg = Postgres().start()
        services.append(pg)
        os.environ["DATABASE_URL"] = pg.database_url("levl_bench_search")
        print(f"started a throwaway PostgreSQL on port {pg.port}", flush=True)
    try:
        bench(args, services)
    finally:
        for service in services:
            service.stop()


def node_stats(url: str) -> dict:
    """The node's JVM heap (``_nodes/stats``) and its process's resident memory (``/proc``), MiB."""
    from urllib.request import urlopen

    with urlopen(f"{url}/_nodes/stats/jvm", timeout=5) as response:
        jvm = next(iter(json.load(response)["nodes"].values()))["jvm"]
    with urlopen(f"{url}/_nodes/process", timeout=5) as response:
        pid = next(iter(json.load(response)["nodes"].values()))["process"]["id"]
    rss_kib = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss_kib = int(line.split()[1])
    return {
        "heap_used_mib": round(jvm["mem"]["heap_used_in_bytes"] / 2**20),
        "heap_max_mib": round(jvm["mem"]["heap_max_in_bytes"] / 2**20),
        "rss_mib": round(rss_kib / 1024),
    }


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def bench(args, services):
    ensure_redis()
    ensure_database(os.environ["DATABASE_URL"])

    import django
    from django.conf import settings
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    build(args.pages)
    engines = []
    if args.engine in ("postgresql", "both"):
        engines.append(("postgresql", "", None))
    if args.engine in ("opensearch", "both"):
        from urllib.request import Request, urlopen

        from search.engines import get_engine

        url = args.opensearch
        if not url:
            from devservices.opensearch import OpenSearch

            node = OpenSearch(full_jit=True).start()
            services.append(node)
            url = node.url
        search_url = f"{url}/levl-bench-{args.pages}"
        settings.SEARCH_URL = search_url
        engine = get_engine()
        engine.ensure_index()
        indexed = engine.client.count(index=engine.alias)["count"]
        expected = expected_documents()
        if indexed != expected:
            started = time.perf_counter()
            count = engine.rebuild()
            print(f"  indexed {count} pages into OpenSearch in {time.perf_counter() - started:.0f}s", flush=True)
        else:
            print(f"  {indexed} pages already in the OpenSearch index", flush=True)

        def clear_engine_caches():
            # Uncached means no cache of results anywhere: the node's request cache too.
            urlopen(Request(f"{url}/{engine.alias}/_cache/clear?request=true", method="POST"), timeout=5).read()

        engines.append(("opensearch", search_url, clear_engine_caches))
    print(f"load before the run: {load()}", flush=True)
    if args.profile:
        for name, search_url, before in engines:
            settings.SEARCH_URL = search_url
            print(f"--- {args.pages} pages, {name}: where the time goes ---")
            profile(name, args.profile, before)
    print(f"--- {args.pages} pages, {' and '.join(name for name, *_ in engines)}, interleaved, in-process client ---")
    figures = run(engines, args.repeat)
    print(f"load: {load()}", flush=True)
    if "opensearch" in figures:
        stats = node_stats(url)
        figures["opensearch_node"] = stats
        print(
            f"OpenSearch node: heap used {stats['heap_used_mib']} MiB of {stats['heap_max_mib']} MiB, RSS {stats['rss_mib']} MiB"
        )
    if args.wrk:
        settings.SEARCH_URL = ""
        run_wrk()
    if "postgresql" in figures and "opensearch" in figures:
        side_by_side(args.pages, figures)
    out = ROOT / "bench" / "results" / f"search-{args.pages}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"pages": args.pages, "load": load(), **figures}, indent=1))


def expected_documents() -> int:
    """What the engine's index holds when it is complete: every visible page below the homes."""
    from website.caching.content_cache import public
    from website.models import BasePage

    return public(BasePage.objects.live().filter(depth__gt=2)).count()


def side_by_side(pages, figures):
    rows = [
        ("results page (uncached)", "results"),
        ("results, type facet (uncached)", "filtered"),
        ("results, page 3 (uncached)", "page3"),
        ("results, repeated query", "repeated"),
        ("suggest (uncached)", "suggest"),
        ("Python CPU, results (uncached)", "cpu_results"),
        ("Python CPU, suggest (uncached)", "cpu_suggest"),
    ]
    print(f"--- {pages} pages, ms, p50 / p95 ---")
    print(f"{'':<32}{'PostgreSQL':>20}{'OpenSearch':>20}")
    for label, key in rows:
        cells = []
        for engine in ("postgresql", "opensearch"):
            times = figures[engine][key]
            cells.append(f"{percentile(times, 50):.1f} / {percentile(times, 95):.1f}")
        print(f"{label:<32}{cells[0]:>20}{cells[1]:>20}")


if __name__ == "__main__":
    main()
