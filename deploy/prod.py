#!/usr/bin/env python3
"""`make prod`: the production topology on this machine, without Docker.

Varnish (deploy/varnish/default.vcl) on --port in front of gunicorn (production settings,
--workers sync workers) and one `manage.py db_worker`, against DATABASE_URL and REDIS_URL; a
throwaway PostgreSQL (with the demo content) or Redis is started for the run when one is unset.
Ctrl-C stops everything it started.
"""

import argparse
import signal
import sys
import time

from devservices.stack import Stack, log


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8080, help="Varnish's port for visitors (default 8080)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    parser.add_argument("--demo", action="store_true", help="load the demo content (always for a throwaway database)")
    options = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with Stack(port=options.port, workers=options.workers, demo=options.demo) as stack:
        log(f"site: http://127.0.0.1:{options.port}/  (gunicorn itself: {stack.gunicorn.url}, health: /healthz)")
        log("Ctrl-C stops gunicorn, the worker, Varnish and any throwaway server")
        try:
            while all(service.process and service.process.poll() is None for service in stack.services):
                time.sleep(1)
            log("a service exited; stopping the others")
            return 1
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())
