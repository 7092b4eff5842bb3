"""Background work of the newsletter, run by the django-tasks worker (``manage.py db_worker``)."""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from .models import Dispatch, Subscriber
from .sending import DispatchBusy, lease_is_live, run_dispatch

logger = logging.getLogger(__name__)

PENDING_RETENTION = timedelta(days=30)


@task()
def send_dispatch(dispatch_id: int) -> dict:
    try:
        return run_dispatch(dispatch_id)
    except DispatchBusy as busy:
        # Another worker is sending it right now. Should that worker die, its lease runs out:
        # look again then, so the send finishes without anyone clicking.
        if busy.lease_until is not None and send_dispatch.get_backend().supports_defer:
            send_dispatch.using(run_after=busy.lease_until).enqueue(dispatch_id)
        return {}


def resume_stalled(now=None) -> list[int]:
    """Queue every unfinished dispatch: at once when its lease ran out, else when it runs out.
    Called when a worker starts; a run that finds a live lease simply re-queues itself."""
    now = now or timezone.now()
    queued = []
    for dispatch in Dispatch.objects.exclude(status=Dispatch.Status.DONE).exclude(status=Dispatch.Status.QUEUED):
        live = lease_is_live(dispatch, now)
        if live and not send_dispatch.get_backend().supports_defer:
            continue  # a backend that runs tasks at once cannot wait for the lease
        send_dispatch.using(run_after=dispatch.lease_until if live else None).enqueue(dispatch.pk)
        queued.append(dispatch.pk)
    if queued:
        logger.info("Resuming newsletter dispatches %s", queued)
    return queued


def purge_pending(now=None) -> int:
    """Delete subscriptions never confirmed within 30 days: we may not keep those addresses."""
    cutoff = (now or timezone.now()) - PENDING_RETENTION
    _total, per_model = Subscriber.objects.filter(status=Subscriber.Status.PENDING, created_at__lt=cutoff).delete()
    return per_model.get(Subscriber._meta.label, 0)


@task()
def purge_pending_subscribers() -> int:
    return purge_pending()
