"""Operational endpoints and settings: health check, production guard rails, security headers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_reports_each_dependency(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    engine = body.pop("search_engine")  # the search app's probe (OpenSearch: search/tests/test_engine_outage.py)
    assert body == {"status": "ok", "database": "ok", "cache": "ok", "search": "ok"}
    assert engine["status"] == "ok" and engine["engine"].startswith("database")
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_says_which_dependency_fails(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error" and body["database"] == "ok" and body["redis"] == "ConnectionError"


def test_production_settings_refuse_to_start_without_secrets():
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}}
    env["DJANGO_SETTINGS_MODULE"] = "website.project.settings.production"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL" in result.stderr


def production_check(**env_vars):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"}}
    env.update(DJANGO_SETTINGS_MODULE="website.project.settings.production", **env_vars)
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_a_cache_of_its_own_process():
    secrets = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "example.org", "DATABASE_URL": "sqlite:///tmp/x.sqlite3"}
    refused = production_check(**secrets)
    assert refused.returncode != 0 and "REDIS_URL" in refused.stderr
    assert production_check(**secrets, REDIS_URL="redis://127.0.0.1:6379/0").returncode == 0


@pytest.mark.django_db
def test_pages_send_csp_with_nonce_and_security_headers(client, home_pages):
    response = client.get("/nl/")
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src")).split()
    # Scripts only from our own origin (plus a per-response nonce once a template asks for one).
    assert script_src[:2] == ["script-src", "'self'"]
    assert all(source.startswith("'nonce-") for source in script_src[2:])
    assert "'unsafe-inline'" not in csp
    assert "frame-ancestors 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
