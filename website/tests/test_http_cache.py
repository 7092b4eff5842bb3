"""What the HTTP cache in front may keep: anonymous pages yes, anything personal never."""

import pytest
from django.test import Client

from website.caching import http_cache

pytestmark = pytest.mark.django_db


def test_an_anonymous_page_may_be_kept_by_the_shared_cache_only(client, home_pages, settings):
    settings.HTTP_CACHE_SECONDS, settings.HTTP_CACHE_STALE_SECONDS = 600, 20
    response = client.get("/nl/")
    assert response.status_code == 200
    parts = {part.strip() for part in response["Cache-Control"].split(",")}
    assert parts == {"public", "max-age=0", "s-maxage=600", "stale-while-revalidate=20"}
    assert not response.cookies


def test_a_logged_in_editor_gets_private_pages(admin_client, home_pages):
    assert admin_client.get("/nl/")["Cache-Control"] == "private, no-store"


def test_the_admin_and_posts_are_never_public(admin_client, client, home_pages):
    assert "public" not in admin_client.get("/admin/")["Cache-Control"]
    assert "public" not in client.post("/nl/subscriptions/subscribe/", {})["Cache-Control"]


def test_a_page_with_a_csrf_protected_form_is_private(home_pages):
    # The preferences page of a subscriber posts with a token: it belongs to one visitor.
    client = Client()
    response = client.get("/admin/login/")
    assert "public" not in response["Cache-Control"]
    assert "csrftoken" in response.cookies


def test_no_http_cache_lifetime_means_revalidate_every_time(client, home_pages, settings):
    settings.HTTP_CACHE_SECONDS = 0
    assert "no-cache" in client.get("/nl/")["Cache-Control"]


def test_a_content_change_bans_the_whole_site_after_the_commit(home_pages, settings, monkeypatch):
    from django.db import transaction

    from website.caching import content_cache

    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://varnish:6091"}
    }
    purged = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.backends.HTTPBackend.purge_batch", lambda self, urls: purged.extend(urls)
    )
    before = content_cache.version()
    with transaction.atomic():
        content_cache.bump()
        assert content_cache.version() == before + 1  # this process sees its change at once
        assert purged == []  # ... but Varnish is purged only once the change is committed
    # pytest-django's test transaction never commits: run what the commit would run.
    content_cache._committed()
    assert purged == http_cache.site_urls() == ["http://localhost/"]
    assert content_cache.version() == before + 2
