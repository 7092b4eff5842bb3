"""Local development: debug on, mails printed to the console, SQLite unless DATABASE_URL says otherwise."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "django-insecure-local-development-only"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost"]  # noqa: F405
# Edits to templates and CSS show at once.
SEARCH_CACHE_SECONDS = 0
DEMO_PUBLISHED_PASSWORDS = True  # make run's demo accounts: the passwords in the README
ADMIN_2FA_REQUIRED = False  # the demo accounts log in with a password (an enrolled app is still asked)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# `make run` is one process: background tasks (search index, newsletter sends) run at once
# instead of waiting for a `db_worker` that nobody started. Production uses the database queue.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
