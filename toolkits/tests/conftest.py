"""Shared content-family fixtures (taxonomy terms)."""

from tests.content_fixtures import terms  # noqa: F401
