"""PostgreSQL text-search configurations per language, with accents folded (unaccent).

``levl_dutch``/``levl_french``/``levl_english``: the language's Snowball stemmer behind the
``unaccent`` dictionary, so "égalité" and "egalite", "woningen" and "woning" meet. ``levl_simple``
(no stemming, accents folded) serves autocomplete and objects without a language. Other databases
have no such thing: the migration does nothing there. Creating the extension needs a role allowed
to (a superuser, or on PostgreSQL 13+ the database owner since unaccent is a trusted extension).
"""

from django.db import migrations

CONFIGS = {
    "levl_dutch": "dutch",
    "levl_french": "french",
    "levl_english": "english",
    "levl_simple": "simple",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        for name, base in CONFIGS.items():
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone():
                continue
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})")
            dictionary = "simple" if base == "simple" else f"{base}_stem"
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart "
                f"WITH unaccent, {dictionary}"
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
