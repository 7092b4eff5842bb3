"""Issue 14: an editor sets up an authenticator app and from then on logs in with password + code,
under the production CSP (the harness counts violations, JS errors and axe-core findings)."""

import re
import time
from base64 import b32decode

import pytest
from django.contrib.auth.models import Permission
from django_otp.oath import TOTP
from playwright.sync_api import expect

from tests.admin_roles import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def app_code(secret: str, steps_ahead: int = 0) -> str:
    """What an authenticator app shows for the key typed in by hand (RFC 6238, 30 s, 6 digits)."""
    totp = TOTP(b32decode(secret.replace(" ", "")), step=30, digits=6)
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def test_editor_enrols_an_app_then_logs_in_with_password_and_code(
    admin_browser, django_user_model, settings, home_pages
):
    # home_pages: the site as it always is (locales, home pages), also after an earlier test's flush.
    settings.ADMIN_2FA_REQUIRED = True
    editor = django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD, first_name="Eva")
    editor.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))

    # The password is right; the admin first asks to set up an app.
    tab = admin_browser.login(editor)
    expect(tab.get_by_role("heading", name="Tweestapsverificatie instellen")).to_be_visible()
    expect(tab.get_by_role("img", name=re.compile("QR-code om je LEVL-account"))).to_be_visible()
    admin_browser.axe("two-factor enrolment")
    secret = tab.locator("[data-two-factor-secret]").inner_text()

    # A mistyped code: refused, in Dutch, and the app is not on yet.
    tab.get_by_label("Naam van deze app of gsm").fill("Werkgsm")
    tab.get_by_label("Code van 6 cijfers").fill(f"{(int(app_code(secret)) + 1) % 1_000_000:06d}")
    tab.get_by_role("button", name="Tweestapsverificatie inschakelen").click()
    expect(tab.get_by_role("status").get_by_text("Die code klopt niet.")).to_be_visible()
    expect(tab.get_by_label("Code van 6 cijfers")).to_have_value("")
    expect(tab.get_by_label("Naam van deze app of gsm")).to_have_value("Werkgsm")
    admin_browser.axe("two-factor enrolment, wrong code")

    time.sleep(1.1)  # django-otp's wait after one wrong code
    tab.get_by_label("Code van 6 cijfers").fill(app_code(secret))
    tab.get_by_role("button", name="Tweestapsverificatie inschakelen").click()
    # Recovery codes for a lost phone, shown this once.
    expect(tab.get_by_role("heading", name="Je herstelcodes")).to_be_visible()
    expect(tab.locator("[data-two-factor-recovery-codes] li")).to_have_count(10)
    admin_browser.settle()
    admin_browser.axe("recovery codes")
    tab.get_by_role("link", name="Ik heb ze bewaard, doorgaan").click()
    expect(tab.get_by_text("Tweestapsverificatie staat aan")).to_be_visible()
    admin_browser.settle()
    admin_browser.axe("dashboard after enrolment")

    # The account page says so and lists the app.
    admin_browser.visit("/admin/two-factor/", "two-factor apps")
    expect(tab.get_by_role("cell", name="Werkgsm", exact=True)).to_be_visible()

    # Log out, and in again: password, then the code of the next period (this one was used).
    footer = tab.locator(".sidebar-footer")
    footer.locator("button[aria-haspopup=menu]").click()
    with tab.expect_navigation():
        footer.get_by_text(re.compile("^(Afmelden|Uitloggen)$")).click()
    expect(tab.get_by_label("Gebruikersnaam")).to_be_visible()
    admin_browser.sign_in(editor, code=lambda: app_code(secret, steps_ahead=1))
    expect(tab).to_have_url(re.compile(r"/admin/$"))
    expect(tab.get_by_role("heading", name=re.compile("Eva"))).to_be_visible()
    admin_browser.axe("dashboard after password and code")
