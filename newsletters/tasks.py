"""Background work of the newsletter, run by the django-tasks worker (``manage.py db_worker``)."""

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from .models import Subscriber

PENDING_RETENTION = timedelta(days=30)


@task()
def send_dispatch(dispatch_id: int) -> dict:
    from .sending import DispatchBusy, run_dispatch

    try:
        return run_dispatch(dispatch_id)
    except DispatchBusy as busy:
        # Another worker is sending it right now. Should that worker die, its lease runs out:
        # look again then, so the send finishes without anyone clicking.
        if busy.lease_until is not None and send_dispatch.get_backend().supports_defer:
            send_dispatch.using(run_after=busy.lease_until).enqueue(dispatch_id)
        return {}


def purge_pending(now=None) -> int:
    """Delete subscriptions never confirmed within 30 days: we may not keep those addresses."""
    cutoff = (now or timezone.now()) - PENDING_RETENTION
    _total, per_model = Subscriber.objects.filter(status=Subscriber.Status.PENDING, created_at__lt=cutoff).delete()
    return per_model.get(Subscriber._meta.label, 0)


@task()
def purge_pending_subscribers() -> int:
    return purge_pending()
