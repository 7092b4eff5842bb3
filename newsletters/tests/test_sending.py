"""Sending issues: targeting, exactly-once under interruption, bounces, admin send and test."""

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText

from newsletters import sending
from newsletters.factories import NewsletterPageFactory, SubscriberFactory
from newsletters.models import Delivery, Dispatch, Subscriber
from website.factories import ImageFactory, StandardPageFactory

from .conftest import body
from .helpers import link

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(archive, make_page, home_pages):
    target = make_page(
        StandardPageFactory,
        home_pages["nl"],
        title="Toolkit inclusief aanwerven",
        slug="toolkit",
        intro="Tien stappen naar een eerlijke selectie.",
        listing_image=ImageFactory(title="Sollicitatiegesprek in een kantoor"),
    )
    return make_page(
        NewsletterPageFactory,
        archive["nl"],
        title="Nieuwsbrief maart",
        slug="maart",
        intro="Het nieuws van maart.",
        body=[
            ("heading", {"text": "In de kijker", "level": "h2"}),
            ("text", RichText('<p>Lees <a href="https://levl.be">meer</a>.</p>')),
            ("content", {"page": target, "summary": ""}),
        ],
    )


def _send(issue, **kwargs):
    dispatch = sending.start_dispatch(issue)
    return sending.run_dispatch(dispatch.pk, **kwargs)


def test_issue_goes_to_confirmed_subscribers_of_its_language_and_themes(smtp, issue, themes):
    issue.themes.set([themes["wonen"]])
    issue.save_revision().publish()
    SubscriberFactory(email="all@example.org")  # all themes
    wonen = SubscriberFactory(email="wonen@example.org", all_themes=False)
    wonen.themes.set([themes["wonen"]])
    werk = SubscriberFactory(email="werk@example.org", all_themes=False)
    werk.themes.set([themes["werk"]])
    SubscriberFactory(email="french@example.org", language="fr")
    SubscriberFactory(email="pending@example.org", status=Subscriber.Status.PENDING)
    SubscriberFactory(email="left@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    progress = _send(issue)
    assert sorted(smtp.recipients()) == ["all@example.org", "wonen@example.org"]
    assert progress == {"sent": 2, "failed": 0, "remaining": 0, "total": 2}


def test_issue_mail_has_html_text_absolute_images_alt_text_and_rfc8058_headers(smtp, issue):
    SubscriberFactory(email="reader@example.org")
    _send(issue)
    [message] = smtp.to("reader@example.org")
    assert message["Subject"] == "Nieuwsbrief maart"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Long headers are folded on the wire; the value is the same.
    assert message["List-Unsubscribe"].strip().startswith("<http://testserver/nl/subscriptions/unsubscribe/")
    html, text = body(message, "html"), body(message)
    assert 'src="http://testserver/media/' in html
    # The image's (Dutch) default alt text is not the issue's language's: the page title is.
    assert 'alt="Toolkit inclusief aanwerven"' in html
    assert 'href="http://testserver/nl/toolkit/"' in html
    assert "Toolkit inclusief aanwerven" in text and "http://testserver/nl/toolkit/" in text
    assert link(text, "unsubscribe") in message["List-Unsubscribe"]
    assert link(text, "preferences")


def test_full_path_subscribe_confirm_send_and_one_click_unsubscribe(
    client, smtp, issue, admin_client, django_capture_on_commit_callbacks
):
    from .helpers import form_data

    client.post("/nl/subscriptions/subscribe/", form_data(email="path@example.org"))
    client.post(link(body(smtp.to("path@example.org")[0]), "confirm"))
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/newsletters/issue/{issue.pk}/", {"action": "send"})
    assert response.status_code == 302
    [mail] = [m for m in smtp.to("path@example.org") if m["Subject"] == "Nieuwsbrief maart"]
    target = mail["List-Unsubscribe"].strip().strip("<>").replace("http://testserver", "")
    # What a mail provider does for RFC 8058: a POST, no cookies, no CSRF token.
    one_click = client.__class__(enforce_csrf_checks=True).post(
        target, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert one_click.status_code == 200
    assert Subscriber.objects.get(email="path@example.org").status == Subscriber.Status.UNSUBSCRIBED
    progress = admin_client.get(f"/admin/newsletters/issue/{issue.pk}/")
    assert progress.context["progress"]["sent"] == 1


def test_a_send_interrupted_mid_batch_and_resumed_delivers_exactly_once(smtp, issue, monkeypatch):
    addresses = [f"reader{n:02d}@example.org" for n in range(25)]
    for address in addresses:
        SubscriberFactory(email=address)
    real = sending.issue_bytes
    calls = {"n": 0}

    def crash_on_the_13th(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 13:
            raise RuntimeError("worker killed")
        return real(*args, **kwargs)

    monkeypatch.setattr(sending, "issue_bytes", crash_on_the_13th)
    dispatch = sending.start_dispatch(issue)
    with pytest.raises(RuntimeError):
        sending.run_dispatch(dispatch.pk, batch_size=10)
    assert len(smtp.recipients()) == 12
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 12
    assert Delivery.objects.filter(status=Delivery.Status.SENDING).count() == 0
    # A second "Send" click and the retried task: both continue the same dispatch.
    assert sending.start_dispatch(issue).pk == dispatch.pk
    progress = sending.run_dispatch(dispatch.pk, batch_size=10)
    sending.run_dispatch(dispatch.pk, batch_size=10)
    assert sorted(smtp.recipients()) == addresses
    assert progress == {"sent": 25, "failed": 0, "remaining": 0, "total": 25}


def test_a_killed_worker_leaves_rows_that_the_next_run_sends_once(smtp, issue):
    for n in range(6):
        SubscriberFactory(email=f"k{n}@example.org")
    dispatch = sending.start_dispatch(issue)
    sending.list_recipients(dispatch)
    # State after a SIGKILL mid-batch: 2 sent and committed, 3 claimed, lease still held.
    rows = list(Delivery.objects.order_by("pk"))
    Delivery.objects.filter(pk__in=[r.pk for r in rows[:2]]).update(status=Delivery.Status.SENT)
    Delivery.objects.filter(pk__in=[r.pk for r in rows[2:5]]).update(status=Delivery.Status.SENDING)
    Dispatch.objects.filter(pk=dispatch.pk).update(lease_until=timezone.now() + timezone.timedelta(minutes=3))
    with pytest.raises(sending.DispatchBusy):
        sending.run_dispatch(dispatch.pk)
    assert smtp.recipients() == []
    Dispatch.objects.filter(pk=dispatch.pk).update(lease_until=timezone.now() - timezone.timedelta(seconds=1))
    sending.run_dispatch(dispatch.pk)
    assert sorted(smtp.recipients()) == sorted(r.email for r in rows[2:])


def test_hard_bounce_marks_the_address_soft_failure_does_not_stop_the_batch(smtp, issue, admin_client):
    for address in ("a@example.org", "bounce-me@example.org", "busy-now@example.org", "z@example.org"):
        SubscriberFactory(email=address)
    progress = _send(issue)
    assert sorted(smtp.recipients()) == ["a@example.org", "z@example.org"]
    assert progress == {"sent": 2, "failed": 2, "remaining": 0, "total": 4}
    bounced = Subscriber.objects.get(email="bounce-me@example.org")
    assert bounced.status == Subscriber.Status.BOUNCED and bounced.bounce_reason.startswith("550")
    assert Subscriber.objects.get(email="busy-now@example.org").status == Subscriber.Status.CONFIRMED
    page = admin_client.get(f"/admin/newsletters/issue/{issue.pk}/").content.decode()
    assert "bounce-me@example.org" in page and "550" in page and "451" in page


def test_send_test_to_me_and_double_click_send(
    smtp, issue, admin_client, admin_user, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="once@example.org")
    admin_client.post(f"/admin/newsletters/issue/{issue.pk}/", {"action": "test"})
    [test_mail] = smtp.to(admin_user.email)
    assert test_mail["Subject"] == "[TEST] Nieuwsbrief maart"
    assert smtp.to("once@example.org") == []
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            admin_client.post(f"/admin/newsletters/issue/{issue.pk}/", {"action": "send"})
    assert len(smtp.to("once@example.org")) == 1
    assert Dispatch.objects.count() == 1
    issue.refresh_from_db()
    assert issue.sent_at is not None


def test_email_preview_modes(issue, admin_client):
    html = admin_client.get(f"/admin/pages/{issue.pk}/view_draft/?mode=email")
    assert html.status_code == 200 and b"Toolkit inclusief aanwerven" in html.content
    text = admin_client.get(f"/admin/pages/{issue.pk}/view_draft/?mode=text")
    assert text.status_code == 200 and b"== In de kijker ==" in text.content
