"""Finding 6 of issue 14: ``changeme-demo`` and the other published demo passwords are no staff
password, while ``make run``'s demo accounts keep logging in with them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from website.demo.helpers import demo_account
from website.demo.registry import DemoContext
from website.passwords import DEMO_PASSWORDS

PUBLISHED = ["changeme-demo", *DEMO_PASSWORDS.values()]


@pytest.mark.parametrize("password", [*PUBLISHED, "ChangeMe-Demo", " editor-demo-pass "])
def test_finding_6_published_demo_passwords_are_refused(password):
    with pytest.raises(ValidationError) as refused:
        validate_password(password)
    assert "password_published" in [error.code for error in refused.value.error_list]


def test_finding_6_setting_the_demo_password_says_why_in_the_editors_language(db):
    user = get_user_model().objects.create_user("editor", "editor@example.org", "an-own-long-passphrase")
    with translation.override("nl"):
        form = SetPasswordForm(user, {"new_password1": "changeme-demo", "new_password2": "changeme-demo"})
        assert not form.is_valid()
        assert (
            "Dit wachtwoord is gepubliceerd bij de demo-inhoud. Kies je eigen wachtwoord."
            in form.errors["new_password2"]
        )
    user.refresh_from_db()
    assert user.check_password("an-own-long-passphrase")


def login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR="198.51.100.20")


def test_make_run_demo_accounts_log_in_with_their_documented_password(client, settings, db):
    settings.DEMO_PUBLISHED_PASSWORDS = True  # website.project.settings.dev, which make run uses
    context = DemoContext(log=lambda *_: None)
    demo_account(context, "Admin", "admin", "changeme-demo", superuser=True)
    assert context.accounts == [("Admin", "admin", "changeme-demo")]
    assert login(client, "admin", "changeme-demo").status_code == 302


def test_demo_accounts_elsewhere_get_a_random_password_that_is_printed(client, settings, db):
    settings.DEMO_PUBLISHED_PASSWORDS = False  # production settings: demo content on a reachable server
    context = DemoContext(log=lambda *_: None)
    demo_account(context, "Editor", "editor", DEMO_PASSWORDS["editor"], groups=["Editors"])
    [(role, username, password)] = context.accounts
    assert password != DEMO_PASSWORDS["editor"] and len(password) >= 12
    validate_password(password)
    assert login(client, "editor", DEMO_PASSWORDS["editor"]).status_code == 200  # the form again
    assert login(client, "editor", password).status_code == 302
    # A password chosen through DEMO_ADMIN_PASSWORD that the validators accept is kept.
    demo_account(context, "Admin", "admin", "a-passphrase-of-our-own", superuser=True)
    assert context.accounts[-1] == ("Admin", "admin", "a-passphrase-of-our-own")


def test_finding_6_an_administrator_cannot_give_a_new_editor_the_demo_password(client, db):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "an-own-long-passphrase")
    client.force_login(admin)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "nieuw",
            "email": "nieuw@example.org",
            "first_name": "Nieuwe",
            "last_name": "Redacteur",
            "password1": "changeme-demo",
            "password2": "changeme-demo",
        },
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    assert response.status_code == 200  # the form again, with what was typed
    assert "Dit wachtwoord is gepubliceerd bij de demo-inhoud." in response.content.decode()
    assert not get_user_model().objects.filter(username="nieuw").exists()
