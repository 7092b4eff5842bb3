"""The SQLite smoke suite's one copy of the demo content, shared by its modules.

Loaded once per run (it takes most of the suite's time) and flushed at the end. One fixture for
the package, not one per module: a module's flush would also remove what migrations created
(Wagtail's groups, the root page), and the next module's load would fail on it.
"""

import io

import pytest
from django.core.management import call_command


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())
        yield
        call_command("flush", interactive=False, verbosity=0)
