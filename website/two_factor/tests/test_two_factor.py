"""Issue 14: editors give a code from their authenticator app after the password."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "a-long-enough-password-for-staff"


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="Telefoon", confirmed=True)


def code(device, steps_ahead=0):
    """What the editor's app shows now (or ``steps_ahead`` periods later), as the app computes it."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():06d}"


def password_login(client, language="nl"):
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD, "next": "/admin/account/"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 302
    return response


def wrong(real):
    return f"{(int(real) + 1) % 1_000_000:06d}"


def test_a_password_alone_does_not_open_the_admin_of_an_editor_with_an_app(client, device):
    password_login(client)
    for path in ("/admin/", "/admin/pages/", "/admin/account/", "/admin/two-factor/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/two-factor/code/?next=")
    page = client.get("/admin/two-factor/code/?next=/admin/account/")
    assert page.status_code == 200
    assert "Geef je aanmeldcode in" in page.content.decode()
    # Nor can a password alone add another app to the account.
    assert client.get("/admin/two-factor/enrol/")["Location"].startswith("/admin/two-factor/code/")


def test_the_right_code_opens_the_admin_where_the_editor_was_going(client, device):
    password_login(client)
    response = client.post("/admin/two-factor/code/", {"code": code(device), "next": "/admin/account/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/account/"
    assert client.get("/admin/account/").status_code == 200
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    ("language", "message"),
    [("nl", "Die code klopt niet"), ("fr", "Ce code n’est pas correct"), ("en", "That code is not right")],
)
def test_a_wrong_code_is_refused_in_the_editors_language_and_not_shown_again(client, device, language, message):
    password_login(client, language)
    typed = wrong(code(device))
    response = client.post("/admin/two-factor/code/", {"code": typed, "next": "/admin/"}, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert typed not in html
    assert client.get("/admin/account/").status_code == 302  # still not in


def test_wrong_codes_are_throttled_even_the_right_one_waits(client, device, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # a wait long enough to see within the test
    password_login(client)
    client.post("/admin/two-factor/code/", {"code": wrong(code(device)), "next": "/admin/"})
    response = client.post("/admin/two-factor/code/", {"code": code(device), "next": "/admin/"})
    assert response.status_code == 200
    assert "Te veel foute codes" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_when_required_an_editor_without_an_app_is_sent_to_enrol(client, editor, settings):
    settings.ADMIN_2FA_REQUIRED = True
    password_login(client)
    response = client.get("/admin/account/")
    assert response["Location"].startswith("/admin/two-factor/enrol/?next=")
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert re.search(r'<img src="data:image/svg\+xml;[^"]+"[^>]* alt="QR-code', html)
    pending = TOTPDevice.objects.get(user=editor)
    assert not pending.confirmed
    secret = re.search(r"<code data-two-factor-secret>([A-Z2-7 ]+)</code>", html).group(1)
    assert secret.replace(" ", "") in pending.config_url


def test_enrolment_confirms_the_app_only_with_a_right_code(client, editor, settings):
    settings.ADMIN_2FA_REQUIRED = True
    password_login(client)
    client.get("/admin/two-factor/enrol/")
    pending = TOTPDevice.objects.get(user=editor)
    refused = client.post("/admin/two-factor/enrol/", {"name": "Werkgsm", "code": wrong(code(pending))})
    assert "Die code klopt niet" in refused.content.decode()
    assert 'value="Werkgsm"' in refused.content.decode()  # what was typed stays, but the code
    pending.refresh_from_db()
    assert not pending.confirmed
    assert client.get("/admin/account/").status_code == 302
    # A reload shows the same key: the app scanned before stays the one to confirm.
    assert TOTPDevice.objects.filter(user=editor).count() == 1

    pending.throttle_reset()
    response = client.post("/admin/two-factor/enrol/", {"name": "Werkgsm", "code": code(pending), "next": "/admin/"})
    assert response["Location"] == "/admin/two-factor/recovery-codes/?next=%2Fadmin%2F"
    shown = client.get(response["Location"]).content.decode()
    assert "Je herstelcodes" in shown
    assert len(re.findall(r"<li><code>[a-z2-7]{8}</code></li>", shown)) == 10
    # Shown once only.
    assert client.get(response["Location"])["Location"] == "/admin/two-factor/"
    pending.refresh_from_db()
    assert pending.confirmed and pending.name == "Werkgsm"
    assert client.get("/admin/account/").status_code == 200
    # Next login: password, then the code.
    client.logout()
    password_login(client)
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/code/")
    client.post("/admin/two-factor/code/", {"code": code(pending, steps_ahead=1)})
    assert client.get("/admin/").status_code == 200


def test_without_the_requirement_an_editor_without_an_app_logs_in_with_the_password(client, editor):
    password_login(client)
    assert client.get("/admin/account/").status_code == 200


def test_people_without_admin_access_and_visitors_are_unaffected(client, db, home_pages, settings):
    settings.ADMIN_2FA_REQUIRED = True
    get_user_model().objects.create_user("reader", "reader@example.org", PASSWORD)
    # A visitor: the public site as always, the admin's login page as always.
    assert client.get("/nl/").status_code == 200
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    # Someone with an account but no admin access: the public site as a logged-in person.
    client.force_login(get_user_model().objects.get(username="reader"))
    assert client.get("/nl/").status_code == 200
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_the_public_site_does_not_ask_an_editor_for_the_code(client, device, home_pages):
    password_login(client)
    assert client.get("/nl/").status_code == 200


def test_a_password_alone_opens_no_login_restricted_page_until_the_code_is_given(client, device, home_pages, make_page):
    from wagtail.models import PageViewRestriction

    from website.factories import StandardPageFactory

    page = make_page(StandardPageFactory, home_pages["nl"], title="Alleen voor leden", slug="leden")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    password_login(client)
    response = client.get(page.url)
    assert response.status_code == 302 and "Alleen voor leden" not in response.content.decode()
    client.post("/admin/two-factor/code/", {"code": code(device), "next": "/admin/"})
    response = client.get(page.url)
    assert response.status_code == 200 and "Alleen voor leden" in response.content.decode()


def test_removing_an_app_needs_a_current_code_or_the_password(client, device):
    password_login(client)
    client.post("/admin/two-factor/code/", {"code": code(device)})
    manage = client.get("/admin/two-factor/")
    assert "Telefoon" in manage.content.decode()
    remove = f"/admin/two-factor/{device.pk}/remove/"
    refused = client.post(remove, {"secret": "not-my-password"})
    assert "Dat is geen geldige code en ook niet je wachtwoord" in refused.content.decode()
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    response = client.post(remove, {"secret": PASSWORD})
    assert response["Location"] == "/admin/two-factor/"
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()


def test_the_account_page_says_two_factor_is_on_and_links_to_the_apps(client, device):
    password_login(client)
    client.post("/admin/two-factor/code/", {"code": code(device)})
    html = client.get("/admin/account/").content.decode()
    assert "Aan: 1 authenticator-app geeft je aanmeldcodes." in html
    assert 'href="/admin/two-factor/"' in html


def test_an_administrator_resets_a_lost_phone(client, device, capsys):
    call_command("reset_2fa", "editor")
    assert "Removed 1 two-factor device(s) of editor." in capsys.readouterr().out
    password_login(client)
    assert client.get("/admin/account/").status_code == 200


def test_a_recovery_code_opens_the_account_once_without_the_phone(client, device):
    from website.two_factor.devices import new_recovery_codes

    recovery = new_recovery_codes(device.user)
    password_login(client)
    response = client.post("/admin/two-factor/code/", {"code": recovery[0].upper(), "next": "/admin/"})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/account/").status_code == 200
    client.logout()
    password_login(client)
    used = client.post("/admin/two-factor/code/", {"code": recovery[0], "next": "/admin/"})
    assert "Die code klopt niet" in used.content.decode()
    assert client.get("/admin/account/").status_code == 302
