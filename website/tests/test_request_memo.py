"""Values remembered for one request: fewer cache reads, never a stale answer."""

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory

from website.request_memo import RequestMemoMiddleware
from website.taxonomy.factories import ThemeFactory
from website.taxonomy.lookup import terms_by_key

pytestmark = pytest.mark.django_db


def within_a_request(view):
    """Run ``view()`` as the site runs a view: inside the memo middleware."""
    seen = {}

    def get_response(request):
        seen["result"] = view()
        return HttpResponse()

    RequestMemoMiddleware(get_response)(RequestFactory().get("/"))
    return seen["result"]


def names(locale_id):
    return sorted(term.name for term in terms_by_key(ThemeFactory._meta.model, locale_id).values())


def test_a_request_asks_the_cache_once_for_the_same_terms(locales, monkeypatch):
    ThemeFactory(name="Wonen", slug="wonen", locale=locales["nl"])
    reads = []
    backend = caches["default"]
    original = backend.get
    monkeypatch.setattr(backend, "get", lambda key, *a, **k: reads.append(key) or original(key, *a, **k))

    def view():
        return [names(locales["nl"].pk) for _ in range(10)]

    assert within_a_request(view) == [["Wonen"]] * 10
    assert len(reads) <= 2  # the taxonomy version and the terms, not twenty reads


def test_a_change_within_the_request_is_seen_at_once(locales):
    theme = ThemeFactory(name="Wonen", slug="wonen", locale=locales["nl"])

    def view():
        before = names(locales["nl"].pk)
        theme.name = "Huisvesting"
        theme.save()  # bumps the taxonomy version, which forgets what the request remembered
        return before, names(locales["nl"].pk)

    assert within_a_request(view) == (["Wonen"], ["Huisvesting"])
    # The next request starts afresh, and outside a request nothing is remembered.
    assert within_a_request(lambda: names(locales["nl"].pk)) == ["Huisvesting"]
    theme.name = "Woonbeleid"
    theme.save()
    assert names(locales["nl"].pk) == ["Woonbeleid"]
