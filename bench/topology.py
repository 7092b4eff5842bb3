#!/usr/bin/env python3
"""Production's topology side by side with nginx, in ONE run: Varnish-cached pages vs static HTML.

1. starts the stack of ``make prod`` (devservices.stack): Varnish -> gunicorn (production
   settings, 2 sync workers) + db_worker -> PostgreSQL, Redis (throwaway ones, with the demo
   content, unless DATABASE_URL / REDIS_URL are set);
2. picks pages of each kind from the sitemap (home, a listing, a detail page, a theme hub) plus a
   search, and saves the HTML Varnish serves for them into a directory that Debian's nginx
   (2 workers) serves statically, at the same paths;
3. runs the same ``wrk`` (``-t2 -c16 -d<duration>``) on each page: through Varnish (cached), from
   nginx (the same bytes from disk), and from gunicorn directly (every request rendered);
4. prints requests/s side by side, Varnish as a share of nginx (target >= 50 %), and the resident
   memory of the task worker and of the gunicorn workers after the run (target <= 120 MB).

It prints figures and asserts nothing. The numbers depend on the machine and its other load:
the load average is printed next to them. Needs ``wrk`` and ``nginx`` (Debian packages).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from devservices.app import Nginx
from devservices.base import free_port
from devservices.stack import Stack

TARGET_SHARE = 0.5
TARGET_RSS_MB = 120


def log(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def fetch(url: str) -> tuple[bytes, dict]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read(), dict(response.headers)


def pick_pages(base: str) -> dict[str, str]:
    """One URL per kind of page, from the sitemap (Dutch), plus a search."""
    body, _headers = fetch(f"{base}/sitemap.xml")
    urls = [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", body.decode())]
    dutch = [url for url in urls if url.startswith("/nl/")]
    kinds = {"home": "/nl/"}
    sections = [url for url in dutch if re.match(r"^/nl/[^/]+/$", url)]
    # A listing is the section with the most pages under it; a detail page is one of those.
    listing = max(sections, key=lambda url: sum(other.startswith(url) for other in dutch), default=None)
    if listing:
        kinds["listing"] = listing
        kinds["detail"] = next((url for url in dutch if url.startswith(listing) and url != listing), listing)
    standard = next((url for url in sections if url != listing), None)
    if standard:
        kinds["section page"] = standard
    kinds["search"] = "/nl/search/?q=werk"
    return kinds


def wrk(url: str, duration: int) -> float:
    output = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{duration}s", url], check=True, capture_output=True, text=True
    ).stdout
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if non_2xx:
        log(f"{url}: {non_2xx.group(1)} non-2xx responses")
    return float(rps.group(1)) if rps else 0.0


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return round(int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE).group(1)) / 1024, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per page and server (default 5)")
    options = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            sys.exit(f"{tool} is missing: apt-get install -y {tool}")

    static_root = Path(tempfile.mkdtemp(prefix="levl-bench-static-"))
    os.chmod(static_root, 0o755)
    log("starting Varnish -> gunicorn + db_worker -> PostgreSQL, Redis (migrate, demo content, collectstatic)")
    with Stack(port=free_port(), workers=2, quiet=True) as stack:
        varnish, gunicorn = stack.varnish.url, stack.gunicorn.url
        pages = pick_pages(varnish)
        for kind, path in pages.items():
            body, headers = fetch(varnish + path)
            again = fetch(varnish + path)[1]
            log(f"{kind:14} {path}  {len(body)} bytes, Cache-Control: {headers.get('Cache-Control')}, "
                f"second request X-Cache: {again.get('X-Cache')}")  # fmt: skip
            if "?" not in path:
                target = static_root / path.strip("/") / "index.html"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(body)
        for directory in [static_root, *static_root.rglob("*")]:
            directory.chmod(0o755 if directory.is_dir() else 0o644)
        with Nginx(static_root, port=free_port()) as nginx:
            load = os.getloadavg()
            rows = []
            for kind, path in pages.items():
                cached = wrk(varnish + path, options.duration)
                static = wrk(nginx.url + path, options.duration) if "?" not in path else None
                rendered = wrk(gunicorn + path, options.duration)
                rows.append((kind, path, cached, static, rendered))
        worker_rss = rss_mb(stack.worker.process.pid)
        web_rss = [rss_mb(pid) for pid in stack.gunicorn.worker_pids()]
    shutil.rmtree(static_root, ignore_errors=True)

    print()
    print(f"== {os.cpu_count()} CPUs, wrk -t2 -c16 -d{options.duration}s per page and server, "
          f"load average before {' '.join(f'{value:.2f}' for value in load)}")  # fmt: skip
    print(f"{'page':14} {'path':40} {'Varnish':>10} {'nginx':>10} {'share':>7} {'rendered':>10}")
    for kind, path, cached, static, rendered in rows:
        share = f"{cached / static:.0%}" if static else "-"
        nginx_figure = f"{static:10.0f}" if static else f"{'-':>10}"
        print(f"{kind:14} {path[:40]:40} {cached:10.0f} {nginx_figure} {share:>7} {rendered:10.1f}")
    print("   requests/s; share = Varnish / nginx (target >= 50 %); rendered = gunicorn without any HTTP cache")
    print(f"   db_worker RSS after the run      {worker_rss} MB (target <= {TARGET_RSS_MB} MB)")
    print(f"   gunicorn worker RSS after the run {', '.join(f'{size} MB' for size in web_rss)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
