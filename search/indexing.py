"""Keeping the search engine's own index in step with publishing (OpenSearch; the database engine
is Wagtail's index, kept by Wagtail's signals).

Every save or delete of a page, and every change of a view restriction, enqueues
``sync_search_index`` with the page ids concerned; the task reads each page as it is then and
writes it (visible) or removes it (draft, unpublished, restricted, deleted). Enqueued in the same
transaction as the change (the database task backend stores the task row in it), so the worker
sees what was committed. When the engine is unreachable the ids are kept in
``PendingIndexUpdate`` and a retry is scheduled with a growing delay; any later successful sync
writes what waits too, so the index catches up as soon as the engine answers.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

RETRY_DELAYS = (30, 120, 600, 1800)  # seconds; then every half hour


def pages_changed(page_ids) -> None:
    from .engines import get_engine

    ids = sorted({int(pk) for pk in page_ids})
    if ids and get_engine().has_own_index:
        sync_search_index.enqueue(ids)


def _keep(ids) -> int:
    from django.db.models import F

    from .models import PendingIndexUpdate

    with transaction.atomic():
        for pk in ids:
            row, created = PendingIndexUpdate.objects.get_or_create(page_id=pk)
            if not created:
                PendingIndexUpdate.objects.filter(pk=pk).update(attempts=F("attempts") + 1)
    return PendingIndexUpdate.objects.order_by().values_list("attempts", flat=True).first() or 0


def _schedule_retry(attempts: int) -> None:
    delay = RETRY_DELAYS[min(attempts, len(RETRY_DELAYS) - 1)]
    if not sync_search_index.get_backend().supports_defer:
        return  # the immediate backend (tests): the next sync or `search_index --pending` catches up
    sync_search_index.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue([])


def sync(page_ids) -> int:
    """Write these pages and everything pending; keep them all pending if the engine is down."""
    from .engines import EngineUnavailable, get_engine
    from .models import PendingIndexUpdate

    engine = get_engine()
    if not engine.has_own_index:
        return 0
    pending = list(PendingIndexUpdate.objects.values_list("page_id", flat=True))
    ids = sorted({*map(int, page_ids), *pending})
    if not ids:
        return 0
    try:
        written = engine.index_pages(ids)
    except EngineUnavailable as exc:
        attempts = _keep(ids)
        logger.warning("Search engine unavailable, %d page(s) wait for the next sync: %s", len(ids), exc)
        _schedule_retry(attempts)
        return 0
    PendingIndexUpdate.objects.filter(page_id__in=ids).delete()
    return written


@task()
def sync_search_index(page_ids: list[int]) -> int:
    """Background task: bring these pages (and any that waited for the engine) up to date."""
    return sync(page_ids)


# -- signals
def restriction_changed(sender, instance, **kwargs):
    # A restriction hides (or, removed, shows) the page and its whole subtree.
    from wagtail.models import Page

    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        pages_changed(Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True))


def _any_page_saved(sender, instance, raw=False, **kwargs):
    from wagtail.models import Page

    # Any page: publishing, unpublishing, moving and revisions all save the page row.
    if isinstance(instance, Page) and not raw:
        pages_changed([instance.pk])


def _page_published(sender, instance, **kwargs):
    # Publishing commits a page's taxonomy links (modelcluster) after the row's post_save.
    pages_changed([instance.pk])


def _any_page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        pages_changed([instance.pk])


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published

    page_published.connect(_page_published, dispatch_uid="search-engine-page-published")
    post_save.connect(_any_page_saved, dispatch_uid="search-engine-page-saved")
    post_delete.connect(_any_page_deleted, dispatch_uid="search-engine-page-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed, sender=PageViewRestriction, dispatch_uid=f"search-engine-restriction-{signal}"
        )
