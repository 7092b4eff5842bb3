"""Run the site's periodic management commands, forever: the Compose `scheduler` service.

The slim image has no cron, and a cron line per host is one more thing an operator must copy by
hand; one small loop in the app's own image runs with the app's settings and logs where the app
logs. Each job runs at start-up and then every ``interval`` seconds (``SCHEDULED_COMMANDS``); a
failing job is logged and retried at its next turn, never stopping the others. The jobs are
idempotent clean-ups, so two schedulers or a restart cost nothing but a repeated no-op.
"""

import logging
import time

from django.conf import settings
from django.core.management import BaseCommand, call_command

logger = logging.getLogger("website.schedule")


class Command(BaseCommand):
    help = "Run SCHEDULED_COMMANDS at their intervals (the scheduler service); --once runs each job once."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once and exit.")

    def handle(self, *args, once=False, **options):
        jobs = [dict(job) for job in settings.SCHEDULED_COMMANDS]
        for job in jobs:
            job["due"] = 0.0
        while True:
            now = time.monotonic()
            for job in jobs:
                if job["due"] <= now:
                    self._run(job)
                    job["due"] = now + job["interval"]
            if once:
                return
            time.sleep(max(1.0, min(job["due"] for job in jobs) - time.monotonic()))

    def _run(self, job):
        started = time.monotonic()
        try:
            call_command(job["command"], *job.get("args", ()), stdout=self.stdout, stderr=self.stderr)
        except Exception:  # one broken job must not stop the schedule
            logger.exception("Scheduled command %s failed", job["command"])
        else:
            logger.info("Scheduled command %s done in %.1f s", job["command"], time.monotonic() - started)
