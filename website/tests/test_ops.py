"""Operational endpoints and settings: health check, production guard rails, security headers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_reports_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert {key: body[key] for key in ("status", "database")} == {"status": "ok", "database": "ok"}
    # The search app's probe: the engine in use (the database here; OpenSearch in test_engine_outage.py).
    assert body["search"]["status"] == "ok" and body["search"]["engine"].startswith("database")


def test_production_settings_refuse_to_start_without_secrets():
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}}
    env["DJANGO_SETTINGS_MODULE"] = "website.settings.production"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL" in result.stderr


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
