"""Narrow copies of the search index's page title vectors, kept in step by a trigger (PostgreSQL).

See ``AutocompleteEntry``. The trigger fires on every write to Wagtail's index table, so no code
path (publish, edit, delete, rebuild, a future Wagtail command) can leave a suggestion behind.
A row is a page's entry when its object id and content type are those of a page; other indexed
models (taxonomy terms, documents) have none. Other databases get nothing: their stock backend
never reads this table.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import migrations, models

TABLE = "search_autocompleteentry"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    entries = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    pages = apps.get_model("wagtailcore", "Page")._meta.db_table
    # The page an index entry is of; CASE keeps the cast from ever seeing a non-numeric id.
    page_of_entry = f"""
        FROM {pages} p
       WHERE p.id = CASE WHEN e.object_id ~ '^[0-9]{{1,9}}$' THEN e.object_id::integer END
         AND p.content_type_id = e.content_type_id"""
    schema_editor.execute(f"""
        CREATE TABLE IF NOT EXISTS {TABLE} (
            entry_id integer PRIMARY KEY,
            page_id integer NOT NULL,
            locale_id integer NOT NULL,
            content_type_id integer NOT NULL,
            autocomplete tsvector NOT NULL
        )""")
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_gin ON {TABLE} USING gin (autocomplete)")
    schema_editor.execute(f"""
        CREATE OR REPLACE FUNCTION {TABLE}_sync() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            e {entries};
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM {TABLE} WHERE entry_id = OLD.id;
                RETURN NULL;
            END IF;
            e := NEW;
            DELETE FROM {TABLE} WHERE entry_id = e.id;
            INSERT INTO {TABLE} (entry_id, page_id, locale_id, content_type_id, autocomplete)
            SELECT e.id, p.id, p.locale_id, p.content_type_id, e.autocomplete {page_of_entry};
            RETURN NULL;
        END $$""")
    schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_sync ON {entries}")
    schema_editor.execute(f"""
        CREATE TRIGGER {TABLE}_sync
        AFTER INSERT OR UPDATE OF object_id, content_type_id, autocomplete OR DELETE ON {entries}
        FOR EACH ROW EXECUTE FUNCTION {TABLE}_sync()""")
    # What the index already holds.
    schema_editor.execute(f"""
        INSERT INTO {TABLE} (entry_id, page_id, locale_id, content_type_id, autocomplete)
        SELECT e.id, p.id, p.locale_id, p.content_type_id, e.autocomplete
          FROM {entries} e CROSS JOIN LATERAL (SELECT p.id, p.locale_id, p.content_type_id {page_of_entry}) p
        ON CONFLICT (entry_id) DO NOTHING""")
    # Statistics now, not at autovacuum's next visit: without them the planner takes the table for empty.
    schema_editor.execute(f"ANALYZE {TABLE}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    entries = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_sync ON {entries}")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {TABLE}_sync()")
    schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_live_pages_by_locale_index"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [
        migrations.CreateModel(
            name="AutocompleteEntry",
            fields=[
                ("entry_id", models.IntegerField(primary_key=True, serialize=False)),
                ("page_id", models.IntegerField()),
                ("locale_id", models.IntegerField()),
                ("content_type_id", models.IntegerField()),
                ("autocomplete", SearchVectorField()),
            ],
            options={"db_table": TABLE, "managed": False},
        ),
        migrations.RunPython(create, drop),
    ]
