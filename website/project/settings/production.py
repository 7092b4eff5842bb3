"""Production: refuses to start without its secrets, serves hashed static files, strict headers."""

from django.core.exceptions import ImproperlyConfigured

from . import environment as env
from .base import *  # noqa: F403

_missing = [
    name
    for name, value in (
        ("SECRET_KEY", env.SECRET_KEY),
        ("ALLOWED_HOSTS", env.ALLOWED_HOSTS),
        ("DATABASE_URL", env.DATABASE_URL_FROM_ENV),
        ("REDIS_URL", env.REDIS_URL),
    )
    if not value
]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: "
        + ", ".join(_missing)
        + ". See the configuration table in README.md."
    )

DEBUG = False
# Every admin user enrols an authenticator app at the first login (README, "Two-factor authentication").
ADMIN_2FA_REQUIRED = env.ADMIN_2FA_REQUIRED
# Every value that can go stale lives in Redis, shared by every worker of every host: a publish
# handled by one host is seen by all.
CACHES = {
    "default": redis_cache(env.REDIS_URL),  # noqa: F405
    # Wagtail writes a rendition to its cache on EVERY image tag, even when the rendition was
    # prefetched. Renditions never change once made, so a small per-process memory cache is safe
    # and spares a round trip per image.
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
        "TIMEOUT": 600,
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}
# Caches that only one process or one host sees would keep another host's changes from showing.
IMMUTABLE_CACHES = {"renditions"}
_local = [
    alias
    for alias, config in CACHES.items()
    if alias not in IMMUTABLE_CACHES and config["BACKEND"].rsplit(".", 2)[-2] in {"locmem", "filebased", "dummy", "db"}
]
if _local:
    raise ImproperlyConfigured(f"Production caches {_local} must be shared by every host (REDIS_URL), not local.")
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SECURE_SSL_REDIRECT = env.SECURE_SSL_REDIRECT
# No SECURE_PROXY_SSL_HEADER: Django would believe X-Forwarded-Proto from any client. gunicorn
# sets the request's scheme from it only on connections from FORWARDED_ALLOW_IPS.
SECURE_HSTS_SECONDS = env.SECURE_HSTS_SECONDS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# The health check is asked over plain HTTP by the container runtime.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Wagtail's live preview shows the page in a same-origin frame, so SAMEORIGIN (not DENY) is deliberate.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
