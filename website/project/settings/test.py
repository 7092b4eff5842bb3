"""Lean settings for the test suite: fast hashing, local cache, tasks run at once."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
# Off so search tests and budgets measure the search itself; test_results_cache.py switches it on.
SEARCH_CACHE_SECONDS = 0
# OpenSearch tests (search/tests, engine=opensearch) read their writes at once.
SEARCH_REFRESH_ON_WRITE = True
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ADMIN_2FA_REQUIRED = False  # tests that are about two-factor authentication switch it on
DEMO_PUBLISHED_PASSWORDS = True  # as under make run; test_demo_passwords.py switches it off
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
