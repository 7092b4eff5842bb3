from tests.content_fixtures import terms  # noqa: F401
