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
    except DispatchBusy:
        # Another worker is sending this dispatch right now; it will finish the job.
        return {}


def purge_pending(now=None) -> int:
    """Delete subscriptions never confirmed within 30 days: we may not keep those addresses."""
    cutoff = (now or timezone.now()) - PENDING_RETENTION
    _total, per_model = Subscriber.objects.filter(status=Subscriber.Status.PENDING, created_at__lt=cutoff).delete()
    return per_model.get(Subscriber._meta.label, 0)


@task()
def purge_pending_subscribers() -> int:
    return purge_pending()
