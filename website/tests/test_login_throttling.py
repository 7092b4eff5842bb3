"""Finding 6 of issue 14: wrong admin passwords are throttled per user name and per address."""

import pytest
from django.contrib.auth import get_user_model

LOGIN = "/admin/login/"
PASSWORD = "a-long-enough-password-for-staff"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD, is_staff=True)


def attempt(client, username, password, address="198.51.100.7", language="nl"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_finding_6_five_wrong_passwords_lock_the_user_out_even_with_the_right_one(client, editor):
    for _ in range(4):
        assert attempt(client, "editor", "wrong-password-guess").status_code == 200  # the form again
    assert attempt(client, "editor", "wrong-password-guess").status_code == 429  # the fifth locks
    locked = attempt(client, "editor", PASSWORD)
    assert locked.status_code == 429
    assert "Te veel aanmeldpogingen" in locked.content.decode()
    assert "15 minuten" in locked.content.decode()
    # From another address the user name is still locked: guessing cannot be spread out.
    assert attempt(client, "editor", PASSWORD, address="203.0.113.1").status_code == 429


def test_finding_6_one_address_trying_many_user_names_is_locked(client, editor):
    for n in range(5):
        attempt(client, f"guess{n}", "wrong-password-guess", address="192.0.2.50")
    assert attempt(client, "editor", PASSWORD, address="192.0.2.50").status_code == 429
    # Someone else, elsewhere, logs in as usual.
    assert attempt(client, "editor", PASSWORD, address="192.0.2.99").status_code == 302


def test_finding_6_the_lockout_page_speaks_french(client, editor):
    for _ in range(5):
        attempt(client, "editor", "wrong-password-guess", language="fr")
    locked = attempt(client, "editor", PASSWORD, language="fr")
    assert locked.status_code == 429
    assert "Trop de tentatives de connexion" in locked.content.decode()


def test_a_right_password_resets_the_count(client, editor):
    for _ in range(4):
        attempt(client, "editor", "wrong-password-guess")
    assert attempt(client, "editor", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        attempt(client, "editor", "wrong-password-guess")
    assert attempt(client, "editor", PASSWORD).status_code == 302
