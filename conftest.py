"""Pytest's root configuration: which suites run and where the shared fixtures come from.

Cross-app fixtures and helpers live in ``tests/fixtures.py`` (loaded below for every test);
fixtures of one app live in that app's ``tests/conftest.py``. devservices.pytest_plugin (loaded
by pyproject's addopts) starts PostgreSQL when DATABASE_URL is unset, and Redis or Varnish when
a test asks for them.
"""

import os

pytest_plugins = ["tests.fixtures"]

# tests/smoke is SQLite's own short suite (`make test-sqlite`); the rest runs on PostgreSQL.
collect_ignore = [] if os.environ.get("DATABASE_URL", "").startswith("sqlite") else ["tests/smoke"]

# Playwright's sync API runs an event loop in the test thread; the ORM calls our tests make
# around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
