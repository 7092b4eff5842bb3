"""A checked text is never stored or logged: no database row, no query, no log line holds it."""

import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db
SECRET = "Mijn vertrouwelijke tekst-7c1f9 over allochtonen in de wijk."


def rows_holding(secret) -> list[str]:
    """Every table whose rows, cast to text (all columns), contain ``secret``."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT 1 FROM {quoted} AS t WHERE t::text LIKE %s LIMIT 1", [f"%{secret}%"])
            if cursor.fetchone():
                found.append(table)
    return found


@pytest.mark.parametrize("path", ["/nl/taalgids/", "/api/v1/glossary/check/"])
def test_a_checked_text_leaves_no_row_and_no_log_line(client, guide, caplog, path):
    caplog.set_level(logging.DEBUG)
    with CaptureQueriesContext(connection) as queries:
        if path.startswith("/api/"):
            response = client.post(path, {"text": SECRET, "language": "nl"}, content_type="application/json")
            bad = client.post(path, {"text": SECRET + "\x00", "language": "nl"}, content_type="application/json")
        else:
            response = client.post(path, {"text": SECRET})
            bad = client.post(path, {"text": SECRET + "\x00"})
    assert response.status_code == 200 and bad.status_code == 400
    assert "allochtoon" in response.content.decode()  # the hit is reported
    assert [q["sql"] for q in queries if "7c1f9" in q["sql"]] == []
    assert [r.getMessage() for r in caplog.records if "7c1f9" in r.getMessage() or "7c1f9" in str(r.args)] == []
    assert rows_holding("7c1f9") == []
