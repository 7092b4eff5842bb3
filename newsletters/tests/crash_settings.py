"""Settings of the worker processes of test_crash_resume.py: the test settings with the database
task queue (a real ``db_worker``), real SMTP, one SMTP session and a short lease."""

import os

from website.project.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["CRASH_TEST_SMTP_PORT"])
EMAIL_USE_TLS = False
NEWSLETTER_SMTP_CONNECTIONS = 1
NEWSLETTER_LEASE_SECONDS = 4
NEWSLETTER_BATCH_SIZE = 50
