"""The sign-up form in every footer carries no per-visitor token, so pages with it stay cacheable
for everyone; the sign-up view refuses posts that a browser says come from another site."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from newsletters.models import Subscriber

from .helpers import started

pytestmark = pytest.mark.django_db


def footer_form(response):
    """The page's sign-up form: the footer's, or on the home page its own (one per page)."""
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").select_one("form.signup")
    assert form is not None
    return {field["name"]: field.get("value", "") for field in form.select("input[name]")}, form["action"]


def signup_data(fields, email):
    return {**fields, "email": email, "consent": "on", "language": "nl", "started": started()}


def test_pages_with_the_form_are_the_same_for_every_visitor_and_public(home_pages):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    one, two = first.get("/nl/"), second.get("/nl/")
    assert one.content == two.content
    assert "csrfmiddlewaretoken" not in footer_form(one)[0]
    assert not one.cookies
    assert one["Cache-Control"].startswith("public")


def test_each_page_sends_its_own_source_path(smtp, home_pages):
    client = Client(enforce_csrf_checks=True)
    home_fields, action = footer_form(client.get("/nl/"))
    search_fields, _action = footer_form(client.get("/nl/search/?q=werk"))
    assert home_fields["source"] == "/nl/"
    assert search_fields["source"] == "/nl/search/"
    response = client.post(action, signup_data(search_fields, "amina@example.org"), HTTP_ORIGIN="http://testserver")
    assert response.status_code == 302
    assert Subscriber.objects.get(email="amina@example.org").source_url == "/nl/search/"


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://elsewhere.example"},
        {"HTTP_REFERER": "https://elsewhere.example/page/"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
)
def test_a_signup_posted_from_another_site_is_refused(smtp, home_pages, headers):
    client = Client(enforce_csrf_checks=True)
    fields, action = footer_form(client.get("/nl/"))
    response = client.post(action, signup_data(fields, "forged@example.org"), **headers)
    assert response.status_code == 403
    assert not Subscriber.objects.filter(email="forged@example.org").exists()


def test_each_language_has_its_own_form(home_pages):
    client = Client()
    nl = BeautifulSoup(client.get("/nl/").content, "html.parser").select_one("form.signup button")
    fr = BeautifulSoup(client.get("/fr/").content, "html.parser").select_one("form.signup button")
    assert nl.get_text(strip=True) != fr.get_text(strip=True)
