"""Counting what visitors search for, without a database write per search.

Each worker process keeps counts in memory and writes them in ONE upsert (per language and day:
``hits += n``, ``zero_hits += m``) when the buffer is older than ``FLUSH_SECONDS`` or holds
``FLUSH_SIZE`` distinct queries, at process exit, and whenever ``flush()`` is called (the
``search_index`` command and tests do). The flush runs as a django-tasks task so a real worker
takes it off the request. Losing a few seconds of counts when a process crashes is acceptable
for a statistics report; a write per request on the hot path is not.
"""

import atexit
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

FLUSH_SECONDS = getattr(settings, "SEARCH_LOG_FLUSH_SECONDS", 60)
FLUSH_SIZE = getattr(settings, "SEARCH_LOG_FLUSH_SIZE", 500)

_lock = threading.Lock()
_counts: Counter = Counter()  # (language, query, zero) -> searches
_since = time.monotonic()


def record(language: str, query: str, result_count: int) -> None:
    global _since
    query = query.lower()[:200]
    if not query:
        return
    with _lock:
        if not _counts:
            _since = time.monotonic()
        _counts[(language, query, result_count == 0)] += 1
        due = len(_counts) >= FLUSH_SIZE or time.monotonic() - _since >= FLUSH_SECONDS
    if due:
        flush_task.enqueue(_take())


def _take() -> list:
    with _lock:
        rows = [[language, query, zero, count] for (language, query, zero), count in _counts.items()]
        _counts.clear()
    return rows


def pending() -> int:
    return sum(_counts.values())


def flush() -> int:
    """Write the buffer now (synchronously); returns the number of searches written."""
    rows = _take()
    write(rows)
    return sum(row[3] for row in rows)


def write(rows) -> None:
    from .models import QueryStat

    if not rows:
        return
    day = timezone.localdate()
    merged: dict = {}
    for language, query, zero, count in rows:
        hits, zero_hits = merged.get((language, query), (0, 0))
        merged[(language, query)] = (hits + count, zero_hits + (count if zero else 0))
    objects = [
        QueryStat(language=language, query=query, day=day, hits=hits, zero_hits=zero_hits)
        for (language, query), (hits, zero_hits) in merged.items()
    ]
    if connection.features.supports_update_conflicts_with_target:
        # One statement: new rows inserted, existing ones incremented.
        with connection.cursor() as cursor:
            table = QueryStat._meta.db_table
            values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(objects))
            params = [v for o in objects for v in (o.language, o.query, o.day, o.hits, o.zero_hits)]
            cursor.execute(
                f"INSERT INTO {table} (language, query, day, hits, zero_hits) VALUES {values} "
                "ON CONFLICT (language, query, day) DO UPDATE SET "
                f"hits = {table}.hits + EXCLUDED.hits, zero_hits = {table}.zero_hits + EXCLUDED.zero_hits",
                params,
            )
        return
    with transaction.atomic():  # pragma: no cover - databases without upsert
        for obj in objects:
            updated = QueryStat.objects.filter(language=obj.language, query=obj.query, day=day).update(
                hits=F("hits") + obj.hits, zero_hits=F("zero_hits") + obj.zero_hits
            )
            if not updated:
                obj.save()


@task()
def flush_task(rows: list) -> int:
    write(rows)
    return len(rows)


def _flush_at_exit():
    try:
        flush()
    except Exception:  # noqa: BLE001 - the process is ending; the database may be gone
        pass


atexit.register(_flush_at_exit)
