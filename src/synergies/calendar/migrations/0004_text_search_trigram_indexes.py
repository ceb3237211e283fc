"""Trigram indexes for the calendar's text search (``q``) on PostgreSQL; nothing on SQLite.

``q`` matches each word with ``icontains`` over title, description, venue and city, which Django
writes on PostgreSQL as ``UPPER(column::text) LIKE UPPER('%word%')``. A GIN index with
``gin_trgm_ops`` on exactly that expression serves such a search, and its statistics tell the planner
how common a word is (without them it guessed "one row" and sorted every event of the window).

The indexes are not part of the models' state: SQLite has no GIN indexes, so a model ``GinIndex``
would break migrations there. See docs/decisions/0412-trigram-text-search-on-postgresql.md.
"""

from __future__ import annotations

from typing import Any

from django.db import DatabaseError, migrations, transaction

COLUMNS = ("title", "description", "venue", "city")


def _postgresql(schema_editor: Any) -> bool:
    return schema_editor.connection.vendor == "postgresql"


def create_indexes(apps: Any, schema_editor: Any) -> None:
    if not _postgresql(schema_editor):
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:  # a role that may not create it: search still works, only slower
        return
    for column in COLUMNS:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "event_{column}_trgm" ON "calendar_event" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )
    schema_editor.execute('ANALYZE "calendar_event"')  # the indexed expressions' statistics, for the planner


def drop_indexes(apps: Any, schema_editor: Any) -> None:
    if not _postgresql(schema_editor):
        return
    for column in COLUMNS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "event_{column}_trgm"')


class Migration(migrations.Migration):
    dependencies = [("calendar", "0003_history_of_organizers_and_links")]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
