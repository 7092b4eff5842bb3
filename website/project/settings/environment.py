"""Every environment variable the project reads, in one place, with a typed default.

The README's configuration table lists the same names; keep the two in step.
Settings modules import these constants instead of calling ``os.environ``.
"""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[3]


def _str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"Environment variable {name} must be a whole number, got {raw!r}") from exc


def _list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in _str(name, default).split(",") if item.strip()]


# Core
SECRET_KEY = _str("SECRET_KEY")
ALLOWED_HOSTS = _list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _list("CSRF_TRUSTED_ORIGINS")
# Empty means "not configured": development falls back to SQLite, production refuses to start.
DATABASE_URL_FROM_ENV = _str("DATABASE_URL")
DATABASE_URL = DATABASE_URL_FROM_ENV or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DB_CONN_MAX_AGE = _int("DB_CONN_MAX_AGE", 60)
BASE_URL = _str("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
MEDIA_ROOT = Path(_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STATIC_ROOT = Path(_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
SECURE_SSL_REDIRECT = _bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = _int("SECURE_HSTS_SECONDS", 31536000)
LOG_LEVEL = _str("LOG_LEVEL", "INFO")
# Production: whether every admin user must enrol an authenticator app (two-factor login).
# Only `false` for a try-out of the production topology; dev and test settings do not read it.
ADMIN_2FA_REQUIRED = _bool("ADMIN_2FA_REQUIRED", True)
# How long the HTTP cache in front (Varnish) may keep an anonymous page (s-maxage; 0 = not at all).
# Publishing purges it at once; this bounds how long anything no signal reports can stay unseen.
HTTP_CACHE_SECONDS = _int("HTTP_CACHE_SECONDS", 300)
# After that, how long Varnish may still answer with its copy while it fetches a fresh one.
HTTP_CACHE_STALE_SECONDS = _int("HTTP_CACHE_STALE_SECONDS", 30)
# Rendered search results per query, facets and page (seconds; 0 = off). Publishing anything
# invalidates them at once (content version); this bounds the cache's size over time.
SEARCH_CACHE_SECONDS = _int("SEARCH_CACHE_SECONDS", 300)
# Empty: PostgreSQL full-text (SQLite FTS5 on the embedded default). Else OpenSearch, e.g.
# http://127.0.0.1:9200/levl-pages (the path names the index alias).
SEARCH_URL = _str("SEARCH_URL", "")
# How many reverse proxies in front of the app append to X-Forwarded-For (0 = none: the
# connection's own address identifies the visitor). Rate limits count per visitor address.
TRUSTED_PROXY_COUNT = _int("TRUSTED_PROXY_COUNT", 0)
# The addresses (or CIDR networks) of those proxies. gunicorn reads the same variable for
# X-Forwarded-Proto; the app trusts X-Forwarded-For only on connections from these addresses,
# so a client that reaches the app directly cannot claim another address or HTTPS.
FORWARDED_ALLOW_IPS = _list("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# The cache shared by every process of every host, e.g. redis://redis:6379/0. Required in production.
REDIS_URL = _str("REDIS_URL")
# Varnish's address for purges (wagtail.contrib.frontend_cache), e.g. http://varnish:6091; empty = none.
VARNISH_URL = _str("VARNISH_URL").rstrip("/")

# Email (Django's SMTP backend)
EMAIL_HOST = _str("EMAIL_HOST", "localhost")
EMAIL_PORT = _int("EMAIL_PORT", 25)
EMAIL_HOST_USER = _str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = _str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = _bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = _str("DEFAULT_FROM_EMAIL", "nieuwsbrief@example.org")
# Where answers to a newsletter go (a mailbox someone reads); empty = the From address.
NEWSLETTER_REPLY_TO = _str("NEWSLETTER_REPLY_TO")

# Translation
MACHINE_TRANSLATION = _bool("MACHINE_TRANSLATION", False)
DEEPL_API_KEY = _str("DEEPL_API_KEY")

# Demo content
DEMO_ADMIN_USERNAME = _str("DEMO_ADMIN_USERNAME", "admin")
DEFAULT_DEMO_ADMIN_PASSWORD = "changeme-demo"  # published in the README: refused as a staff password
DEMO_ADMIN_PASSWORD = _str("DEMO_ADMIN_PASSWORD", DEFAULT_DEMO_ADMIN_PASSWORD)
