"""Finding 5 of issue 14: consent is an explicit tick, addresses have a public domain, and the
sign-up rate limit is a fixed window per visitor that says when to come back (Retry-After)."""

import pytest

from newsletters.forms import is_public_domain
from newsletters.models import Subscriber

from .helpers import form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ["0", "off", "false", "no", "", "nee", " "])
def test_finding_5_consent_counts_only_as_an_explicit_tick(client, smtp, home_pages, value):
    response = client.post("/nl/subscriptions/subscribe/", form_data(consent=value))
    assert response.status_code == 400
    assert not Subscriber.objects.exists()
    assert smtp.recipients() == []


def test_finding_5_a_ticked_box_is_consent(client, smtp, home_pages):
    client.post("/nl/subscriptions/subscribe/", form_data(consent="on"))
    assert Subscriber.objects.filter(email="fatima@example.org").exists()


@pytest.mark.parametrize(
    "email",
    ["a@localhost", "a@[127.0.0.1]", "a@127.0.0.1", "a@[IPv6:::1]", "a@printer.local", "a@intranet", "a@x.internal"],
)
def test_finding_5_addresses_without_a_public_domain_are_refused_and_not_mailed(client, smtp, home_pages, email):
    response = client.post("/nl/subscriptions/subscribe/", form_data(email=email))
    assert response.status_code == 400
    assert smtp.recipients() == []


def test_finding_5_public_domains_pass():
    assert all(is_public_domain(d) for d in ["example.org", "levl.be", "xn--bcher-kva.example", "mail.gov.be"])


def test_finding_5_rate_limit_is_a_fixed_window_with_retry_after(client, smtp, home_pages, settings, monkeypatch):
    import time

    settings.NEWSLETTER_RATE_LIMIT = 2
    now = [1_000_000_200.0]  # the start of a 10-minute window
    monkeypatch.setattr(time, "time", lambda: now[0])
    for n in range(2):
        assert client.post("/nl/subscriptions/subscribe/", form_data(email=f"p{n}@example.org")).status_code != 429
    # Someone keeps trying all through the window: every try is refused, and says until when...
    for seconds in (1, 200, 599):
        now[0] = 1_000_000_200.0 + seconds
        refused = client.post("/nl/subscriptions/subscribe/", form_data(email="q@example.org"))
        assert refused.status_code == 429
        assert int(refused["Retry-After"]) == 600 - seconds + 1
    # ...and the window still ends when it was going to: the tries did not extend it.
    now[0] = 1_000_000_200.0 + 600
    assert client.post("/nl/subscriptions/subscribe/", form_data(email="r@example.org")).status_code != 429
