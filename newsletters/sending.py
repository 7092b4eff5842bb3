"""Sending an issue: exactly once per recipient, resumable, in batches over one SMTP connection.

How "never twice, never skipped" holds:

1. ``list_recipients`` writes one ``Delivery`` row per matching subscriber, streamed from the
   database in chunks; a unique constraint makes re-listing after a crash a no-op.
2. A worker takes the dispatch's lease (one worker at a time), claims a batch of pending rows
   (``SELECT ... FOR UPDATE SKIP LOCKED`` then ``status=sending``) and sends them one by one over
   one open SMTP connection. Each row is marked ``sent`` in its own commit as soon as the server
   accepted the message.
3. If anything raises mid-batch, the rows of the batch not yet sent go back to ``pending`` before
   the error propagates, and the lease is released: the next run continues where this one
   stopped. If the process is killed outright, rows stay ``sending`` until the lease runs out;
   the next run puts them back to ``pending``. Only the one message in flight at the moment of
   a hard kill (accepted by the server, not yet committed) can go out twice; the row says so
   (``attempts`` > 1 for a row that was handed to SMTP again).
4. Nobody has to click again after a crash: a worker that starts (``manage.py db_worker``)
   queues every unfinished dispatch to run when its lease runs out (``resume_stalled``), and a
   run that finds the lease held re-queues itself for the moment it ends. The lease is short
   (``LEASE``) and renewed while sending (``RENEW_EVERY``), so a dead worker's send resumes
   within about a minute.

Errors for one address (refused recipient, rejected data) are recorded on its row and do not
stop the batch; a permanent refusal (5xx on RCPT) also marks the subscriber as bounced.
"""

import logging
import smtplib
import threading
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import connection as db
from django.db import connections, transaction
from django.utils import timezone

from .emails import issue_bytes, render_issue
from .models import Delivery, Dispatch, Subscriber

logger = logging.getLogger(__name__)

BATCH_SIZE = getattr(settings, "NEWSLETTER_BATCH_SIZE", 200)
# Short, and renewed while a worker sends, so a killed worker's send is picked up soon.
LEASE = timedelta(seconds=getattr(settings, "NEWSLETTER_LEASE_SECONDS", 60))
RENEW_EVERY = LEASE / 4
LIST_CHUNK = 2000


class DispatchBusy(Exception):
    """Another worker holds the lease on this dispatch (``lease_until`` says until when)."""

    def __init__(self, dispatch_id, lease_until=None):
        super().__init__(dispatch_id)
        self.lease_until = lease_until


def lease_is_live(dispatch: Dispatch, now=None) -> bool:
    """A worker is sending this dispatch right now (its lease has not run out)."""
    return dispatch.lease_until is not None and dispatch.lease_until > (now or timezone.now())


def is_stalled(dispatch: Dispatch, now=None) -> bool:
    """Unfinished, and nobody is sending it: a worker died, or the last run stopped on an error."""
    if dispatch.status == Dispatch.Status.DONE or lease_is_live(dispatch, now):
        return False
    return dispatch.status == Dispatch.Status.SENDING or bool(dispatch.last_error)


def start_dispatch(page, user=None) -> Dispatch:
    """The dispatch of ``page``, created on the first "Send" and reused by every later click."""
    with transaction.atomic():
        dispatch, created = Dispatch.objects.select_for_update().get_or_create(
            page=page, defaults={"requested_by": user}
        )
        if page.sent_at is None:
            page.sent_at = timezone.now()
            # A plain update: sending must not create a new revision or re-publish the page.
            type(page).objects.filter(pk=page.pk).update(sent_at=page.sent_at)
    return dispatch


def list_recipients(dispatch: Dispatch) -> None:
    """One delivery row per recipient, written once; re-running adds nothing."""
    if dispatch.recipients_listed:
        return
    page = dispatch.page
    theme_keys = page.themes.values_list("translation_key", flat=True)
    recipients = (
        Subscriber.objects.for_issue(page.locale.language_code, theme_keys)
        .order_by("pk")
        .values_list("pk", "email")
        .iterator(chunk_size=LIST_CHUNK)
    )
    chunk = []
    for subscriber_id, email in recipients:
        chunk.append(Delivery(dispatch=dispatch, subscriber_id=subscriber_id, email=email))
        if len(chunk) >= LIST_CHUNK:
            Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
            chunk = []
    if chunk:
        Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
    Dispatch.objects.filter(pk=dispatch.pk).update(recipients_listed=True)
    dispatch.recipients_listed = True


def _take_lease(dispatch: Dispatch) -> None:
    now = timezone.now()
    free = Dispatch.objects.filter(pk=dispatch.pk).exclude(lease_until__gt=now)
    if not free.update(lease_until=now + LEASE, status=Dispatch.Status.SENDING, started_at=dispatch.started_at or now):
        raise DispatchBusy(
            dispatch.pk, Dispatch.objects.filter(pk=dispatch.pk).values_list("lease_until", flat=True)[0]
        )
    # Holding the lease means no other worker sends this dispatch: rows left "sending" belong to
    # a worker that died, and go back to the queue. The message of such a row may have reached
    # the server before the kill: sending it again is a possible duplicate, counted on the row.
    stranded = Delivery.objects.filter(dispatch=dispatch, status=Delivery.Status.SENDING)
    # Each SMTP session sends its rows in id order and marks each one sent before the next, so the
    # message in flight was among the lowest ids left (exactly the lowest with one session).
    in_flight = list(stranded.order_by("pk").values_list("pk", flat=True)[: _sessions()])
    Delivery.objects.filter(pk__in=in_flight).update(resent=True)
    stranded.update(status=Delivery.Status.PENDING)


def _sessions() -> int:
    return max(1, getattr(settings, "NEWSLETTER_SMTP_CONNECTIONS", 4))


def _renew_lease(dispatch: Dispatch) -> None:
    Dispatch.objects.filter(pk=dispatch.pk).update(lease_until=timezone.now() + LEASE)
    dispatch._renewed_at = timezone.now()


def _keep_lease(dispatch: Dispatch) -> None:
    """Renew the lease every ``RENEW_EVERY`` while sending (a slow server must not lose it)."""
    renewed = getattr(dispatch, "_renewed_at", None)
    if renewed is None or timezone.now() - renewed >= RENEW_EVERY:
        _renew_lease(dispatch)


def _claim_batch(dispatch: Dispatch, size: int) -> list[tuple]:
    with transaction.atomic():
        ids = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(dispatch=dispatch, status=Delivery.Status.PENDING)
            .order_by("pk")
            .values_list("pk", flat=True)[:size]
        )
        if not ids:
            return []
        Delivery.objects.filter(pk__in=ids).update(status=Delivery.Status.SENDING)
    return list(Delivery.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "email", "subscriber__uuid"))


def _record(pk: int, status: str, error: str = "") -> None:
    Delivery.objects.filter(pk=pk).update(status=status, error=error[:500], sent_at=timezone.now())


def _refusal(exc: smtplib.SMTPRecipientsRefused) -> tuple[int, str]:
    code, message = next(iter(exc.recipients.values()))
    return code, message.decode(errors="replace") if isinstance(message, bytes) else str(message)


def _send_one(connection, email: str, message: bytes) -> None:
    """Send over the open connection; reconnect once if the server dropped it between messages.

    ``connection`` is Django's SMTP backend (host, port, TLS and login from settings); its
    smtplib session is reused for every message of the dispatch.
    """
    try:
        connection.connection.sendmail(settings.DEFAULT_FROM_EMAIL, [email], message)
    except smtplib.SMTPServerDisconnected:
        connection.close()
        connection.open()
        connection.connection.sendmail(settings.DEFAULT_FROM_EMAIL, [email], message)


def send_batch(dispatch: Dispatch, rendered, connection, rows) -> None:
    pending = {pk for pk, _email, _uuid in rows}
    try:
        for pk, email, subscriber_uuid in rows:
            _keep_lease(dispatch)
            message = issue_bytes(rendered, email, subscriber_uuid)
            try:
                _send_one(connection, email, message)
            except smtplib.SMTPRecipientsRefused as exc:
                code, reason = _refusal(exc)
                pending.discard(pk)
                if 500 <= code < 600:
                    _record(pk, Delivery.Status.BOUNCED, f"{code} {reason}")
                    Subscriber.objects.filter(uuid=subscriber_uuid).update(
                        status=Subscriber.Status.BOUNCED,
                        bounced_at=timezone.now(),
                        bounce_reason=f"{code} {reason}"[:500],
                    )
                else:
                    _record(pk, Delivery.Status.FAILED, f"{code} {reason}")
                continue
            except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as exc:
                pending.discard(pk)
                _record(pk, Delivery.Status.FAILED, f"{exc.smtp_code} {exc.smtp_error!r}")
                continue
            pending.discard(pk)
            _record(pk, Delivery.Status.SENT)
    finally:
        # Whatever stopped us, the rows we did not get to are someone else's to send.
        if pending:
            Delivery.objects.filter(pk__in=pending, status=Delivery.Status.SENDING).update(
                status=Delivery.Status.PENDING
            )


def _send_parallel(dispatch, rendered, smtp, rows) -> None:
    """Split a claimed batch over the open SMTP sessions, one thread each; re-raise the first error."""
    errors = []

    def work(connection, part):
        try:
            _fast_commits()
            send_batch(dispatch, rendered, connection, part)
        except Exception as exc:  # noqa: BLE001  (handed to the main thread below)
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=work, args=(connection, rows[index :: len(smtp)]))
        for index, connection in enumerate(smtp)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def _fast_commits(on: bool = True) -> None:
    """Commit delivery marks without waiting for the WAL flush (PostgreSQL).

    Each "sent" mark is its own commit so that a killed worker loses at most one; waiting for
    the disk on each would cap sending at a few hundred per second. With asynchronous commit a
    killed *worker* loses nothing (the server has the commit); only a crash of the database
    server itself within ~0.2 s could forget the last marks.
    """
    if db.vendor == "postgresql" and not db.in_atomic_block:
        with db.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO OFF" if on else "SET synchronous_commit TO DEFAULT")


def run_dispatch(dispatch_id: int, batch_size: int | None = None) -> dict:
    """Send everything still pending for a dispatch; safe to call any number of times."""
    dispatch = Dispatch.objects.select_related("page", "page__locale").get(pk=dispatch_id)
    if dispatch.status == Dispatch.Status.DONE:
        return dispatch.progress()
    _take_lease(dispatch)
    try:
        _fast_commits()
        list_recipients(dispatch)
        page = dispatch.page.specific
        rendered = render_issue(page)
        # Several SMTP sessions in parallel hide the server's reply latency. Inside a test's
        # transaction other threads could not see the rows, so there it is one session.
        parallel = 1 if db.in_atomic_block else _sessions()
        smtp = [get_connection() for _ in range(parallel)]
        try:
            for connection in smtp:
                connection.open()
            while rows := _claim_batch(dispatch, batch_size or BATCH_SIZE):
                if parallel == 1:
                    send_batch(dispatch, rendered, smtp[0], rows)
                else:
                    _send_parallel(dispatch, rendered, smtp, rows)
                _renew_lease(dispatch)
        finally:
            for connection in smtp:
                connection.close()
        Dispatch.objects.filter(pk=dispatch.pk).update(
            status=Dispatch.Status.DONE, finished_at=timezone.now(), lease_until=None, last_error=""
        )
    except Exception as exc:
        Dispatch.objects.filter(pk=dispatch.pk).update(lease_until=None, last_error=repr(exc)[:2000])
        raise
    finally:
        _fast_commits(False)
    dispatch.refresh_from_db()
    return dispatch.progress()


def send_test(page, email: str) -> None:
    """The issue exactly as subscribers get it, to one address, marked as a test."""
    import uuid

    rendered = render_issue(page)
    connection = get_connection()
    connection.open()
    try:
        _send_one(connection, email, issue_bytes(rendered, email, uuid.UUID(int=0), subject_prefix="[TEST] "))
    finally:
        connection.close()
