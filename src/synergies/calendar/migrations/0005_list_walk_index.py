"""Widen the index that event lists walk: ``(visibility, start_date)`` becomes ``(visibility, start_date,
end_date, kind, status, country)``.

A filtered list reads this index in start-date order until a page is full. With the extra columns in
the index entry the database rejects an event that ends too early or has another kind, status or
country before it reads the row or runs a topic or region subquery (SQLite defers the row read;
PostgreSQL checks the columns inside the index scan). The new index is built before the old one is
dropped, so lists never lack one. See docs/decisions/0413-wide-index-for-filtered-event-lists.md.
"""

from __future__ import annotations

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("calendar", "0004_text_search_trigram_indexes"),
        ("directory", "0001_initial"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="event",
            index=models.Index(
                fields=["visibility", "start_date", "end_date", "kind", "status", "country"],
                name="event_visibility_start_filters",
            ),
        ),
        migrations.RemoveIndex(model_name="event", name="event_visibility_start"),
    ]
