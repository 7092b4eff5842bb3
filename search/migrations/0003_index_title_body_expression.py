"""A GIN index on ``title || body`` of Wagtail's search index entries (PostgreSQL only).

The database backend matches ``(title || body) @@ query``; the per-column GIN indexes cannot serve
that expression, so without this index every search scans and concatenates every entry.
"""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS search_indexentry_title_body_gin ON {table} USING gin ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_indexentry_title_body_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_text_search_configurations"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
