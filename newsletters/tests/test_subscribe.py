"""Subscribing, confirming, preferences and leaving, against a real SMTP server on loopback."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from newsletters.models import Subscriber

from .conftest import body
from .helpers import form_data, link

pytestmark = pytest.mark.django_db


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_subscribe_sends_one_confirmation_in_the_chosen_language(client, smtp, home_pages, themes):
    response = client.post("/nl/subscriptions/subscribe/", form_data(language="fr", themes=["wonen"]))
    assert response.status_code == 302
    assert response["Location"] == "/nl/subscriptions/subscribe/thanks/"
    subscriber = Subscriber.objects.get(email="fatima@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "fr"
    assert subscriber.theme_slugs() == ["wonen"] and not subscriber.all_themes
    assert subscriber.source_url == "/nl/"
    assert subscriber.consent_version and "LEVL" in subscriber.consent_text
    [message] = smtp.to("fatima@example.org")
    assert "Confirm" not in message["Subject"]  # French, not English
    assert "confirmer" in message["Subject"].lower() or "confirm" in body(message).lower()
    assert link(body(message), "confirm").startswith("/fr/subscriptions/confirm/")
    # Not subscribed yet: no unsubscribe button in the mail client (see test_mail_quality).
    assert message["List-Unsubscribe"] is None


def test_confirm_needs_a_button_press_and_a_second_click_is_harmless(client, smtp, home_pages):
    client.post("/nl/subscriptions/subscribe/", form_data())
    confirm_path = link(body(smtp.to("fatima@example.org")[0]), "confirm")
    page = client.get(confirm_path)
    assert page.status_code == 200
    assert _soup(page).find("form").find("button")
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # a prefetch confirms nothing
    done = client.post(confirm_path)
    assert done.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.confirmed_at
    again = client.post(confirm_path)
    assert again.status_code == 200
    assert "al bevestigd" in _soup(again).h1.get_text()
    assert Subscriber.objects.get().confirmed_at == subscriber.confirmed_at


def test_same_answer_for_new_pending_and_confirmed_and_at_most_one_mail_per_hour(client, smtp, home_pages):
    SubscriberFactory = __import__("newsletters.factories", fromlist=["SubscriberFactory"]).SubscriberFactory
    SubscriberFactory(email="known@example.org")
    answers = []
    for address in ("new@example.org", "new@example.org", "known@example.org", "known@example.org"):
        response = client.post("/nl/subscriptions/subscribe/", form_data(email=address))
        answers.append((response.status_code, response["Location"]))
    assert len(set(answers)) == 1
    assert len(smtp.to("new@example.org")) == 1
    assert len(smtp.to("known@example.org")) == 1  # "you are already subscribed", once
    known = Subscriber.objects.get(email="known@example.org")
    assert known.status == Subscriber.Status.CONFIRMED
    # An hour later the person may ask again and gets a new mail.
    Subscriber.objects.filter(email="new@example.org").update(
        confirmation_sent_at=timezone.now() - timedelta(minutes=61)
    )
    client.post("/nl/subscriptions/subscribe/", form_data(email="new@example.org"))
    assert len(smtp.to("new@example.org")) == 2


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "geen-adres", "geldig e-mailadres"),
        ("email", "fatima@example.org\r\nBcc: victim@example.org", "Regeleinden"),
        ("email", ("x" * 250) + "@example.org", "te lang"),
        ("email", "a" * 5000 + "@example.org", "te lang"),
        ("language", "xx", "talen in de lijst"),
        ("themes", "bestaat-niet", "thema's uit de lijst"),
        ("consent", None, "Vink het vakje aan"),
    ],
)
def test_bad_input_gets_a_translated_message_and_keeps_what_was_typed(
    client, smtp, home_pages, themes, field, value, message
):
    data = form_data(**{"themes": ["werk"], field: value})
    response = client.post("/nl/subscriptions/subscribe/", data)
    assert response.status_code == 400
    html = _soup(response)
    assert message in html.select_one(".signup__errors").get_text()
    if field != "email":
        assert html.find("input", attrs={"name": "email"})["value"] == "fatima@example.org"
    assert not Subscriber.objects.exists()
    assert smtp.messages == []


def test_french_errors_are_french(client, smtp, home_pages):
    response = client.post("/fr/subscriptions/subscribe/", form_data(email="pas-une-adresse"))
    assert response.status_code == 400
    assert "adresse" in _soup(response).select_one(".signup__errors").get_text().lower()
    assert _soup(response).html["lang"] == "fr"


def test_bots_are_stopped_silently(client, smtp, home_pages, settings):
    trap = client.post("/nl/subscriptions/subscribe/", form_data(website="http://spam.example"))
    settings.NEWSLETTER_MIN_FILL_SECONDS = 3
    fast = client.post("/nl/subscriptions/subscribe/", form_data(email="quick@example.org", started=None))
    assert trap.status_code == fast.status_code == 302
    assert not Subscriber.objects.exists()
    assert smtp.messages == []


def test_rate_limit_per_client(client, smtp, home_pages, settings):
    settings.NEWSLETTER_RATE_LIMIT = 3
    codes = [
        client.post("/nl/subscriptions/subscribe/", form_data(email=f"p{n}@example.org")).status_code for n in range(5)
    ]
    assert codes == [302, 302, 302, 429, 429]
    blocked = client.post("/nl/subscriptions/subscribe/", form_data(email="late@example.org"))
    assert "Te veel pogingen" in blocked.content.decode()
    assert _soup(blocked).find("input", attrs={"name": "email"})["value"] == "late@example.org"


def _confirmed(client, smtp, address="fatima@example.org"):
    client.post("/nl/subscriptions/subscribe/", form_data(email=address))
    mail = body(smtp.to(address)[-1])
    client.post(link(mail, "confirm"))
    # The confirmation has no unsubscribe or preference links (nothing to manage yet); every
    # newsletter the subscriber gets from now on carries these.
    from newsletters.emails import personal_links

    return mail + "\n" + "\n".join(personal_links(Subscriber.objects.get(email=address)).values())


def test_unsubscribe_get_shows_a_button_post_unsubscribes_and_twice_is_harmless(client, smtp, home_pages):
    mail = _confirmed(client, smtp)
    unsubscribe_path = link(mail, "unsubscribe")
    page = client.get(unsubscribe_path)
    assert page.status_code == 200 and _soup(page).find("form", method="post").button
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    first = client.post(unsubscribe_path)
    assert first.status_code == 200 and "uitgeschreven" in _soup(first).h1.get_text()
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED
    second = client.post(unsubscribe_path)
    assert second.status_code == 200 and "al uitgeschreven" in _soup(second).h1.get_text()


@pytest.mark.parametrize("kind", ["forged", "tampered", "expired", "garbage"])
def test_bad_tokens_get_a_clear_page_never_a_500(client, smtp, home_pages, kind, monkeypatch):
    mail = _confirmed(client, smtp)
    confirm_path = link(mail, "confirm")
    unsubscribe_path = link(mail, "unsubscribe")
    token = confirm_path.rstrip("/").rsplit("/", 1)[1]
    if kind == "forged":
        paths = ["/nl/subscriptions/confirm/abc:def:ghi/", "/nl/subscriptions/unsubscribe/abc:def/"]
    elif kind == "tampered":
        paths = [confirm_path.replace(token, "x" + token[1:]), unsubscribe_path[:-3] + "zz/"]
    elif kind == "garbage":
        paths = [
            "/nl/subscriptions/preferences/%0D%0ASet-Cookie:x/",
            "/nl/subscriptions/unsubscribe/" + "a" * 3000 + "/",
        ]
    else:
        from django.core import signing

        from newsletters import tokens

        real_time = signing.time.time
        monkeypatch.setattr(signing.time, "time", lambda: real_time() - 8 * 24 * 3600)
        old = tokens.confirm_token(Subscriber.objects.get())
        monkeypatch.undo()
        paths = [f"/nl/subscriptions/confirm/{old}/"]
    for path in paths:
        for method in (client.get, client.post):
            response = method(path)
            assert response.status_code in (400, 410), (path, response.status_code)
            heading = _soup(response).h1.get_text()
            assert "verlopen" in heading if kind == "expired" else "niet geldig" in heading
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_preferences_change_language_and_themes(client, smtp, home_pages, themes):
    mail = _confirmed(client, smtp)
    path = link(mail, "preferences")
    form = _soup(client.get(path)).find("form", class_="signup")
    assert form.find("select")["name"] == "language"
    saved = client.post(path, {"language": "en", "themes": ["werk"]})
    assert saved.status_code == 200 and _soup(saved).find(attrs={"role": "status"})
    subscriber = Subscriber.objects.get()
    assert subscriber.language == "en" and subscriber.theme_slugs() == ["werk"]
    bad = client.post(path, {"language": "klingon"})
    assert bad.status_code == 400
    assert Subscriber.objects.get().language == "en"


def test_pending_subscriptions_are_purged_after_30_days(smtp, home_pages):
    from newsletters.factories import SubscriberFactory

    old = SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)
    Subscriber.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))
    recent = SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)
    confirmed = SubscriberFactory()
    Subscriber.objects.filter(pk=confirmed.pk).update(created_at=timezone.now() - timedelta(days=400))
    call_command("purge_pending_subscribers")
    assert set(Subscriber.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk}


def test_after_subscribing_and_confirming_the_page_shows_success_not_the_form(client, smtp, home_pages):
    thanks = _soup(client.post("/nl/subscriptions/subscribe/", form_data(), follow=True))
    assert thanks.select("form.signup") == []
    assert thanks.select_one("main .success-state[role=status] h1")
    assert thanks.select_one(".site-footer .signup-box--done h2")
    done = _soup(client.post(link(body(smtp.to("fatima@example.org")[0]), "confirm"), follow=True))
    assert done.select("form.signup") == []
    assert done.select_one("main .success-state[role=status]")
    assert done.select_one(".site-footer .signup-box--done")
