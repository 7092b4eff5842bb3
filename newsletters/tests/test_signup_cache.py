"""The sign-up form is rendered once and reused: each visitor still gets their own CSRF token,
and each page its own source path, so a form submitted from any page works."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from newsletters.models import Subscriber

from .helpers import started

pytestmark = pytest.mark.django_db


def footer_form(response):
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").select_one("form.signup--footer")
    assert form is not None
    return {field["name"]: field.get("value", "") for field in form.select("input[name]")}, form["action"]


def test_cached_form_gets_each_visitors_token_and_each_pages_path(smtp, home_pages):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    home_fields, action = footer_form(first.get("/nl/"))
    search_fields, _action = footer_form(second.get("/nl/search/?q=werk"))
    assert home_fields["source"] == "/nl/"
    assert search_fields["source"] == "/nl/search/"
    assert home_fields["csrfmiddlewaretoken"] != search_fields["csrfmiddlewaretoken"]

    data = {**search_fields, "email": "amina@example.org", "consent": "on", "language": "nl", "started": started()}
    response = second.post(action, data)
    assert response.status_code == 302
    assert Subscriber.objects.get(email="amina@example.org").source_url == "/nl/search/"
    # The first visitor's token is not the second's: the cached HTML never carries a shared one.
    data = {**data, "email": "jan@example.org", "csrfmiddlewaretoken": home_fields["csrfmiddlewaretoken"]}
    assert second.post(action, data).status_code == 403


def test_each_language_has_its_own_form(home_pages):
    client = Client()
    nl = BeautifulSoup(client.get("/nl/").content, "html.parser").select_one("form.signup--footer button")
    fr = BeautifulSoup(client.get("/fr/").content, "html.parser").select_one("form.signup--footer button")
    assert nl.get_text(strip=True) != fr.get_text(strip=True)
