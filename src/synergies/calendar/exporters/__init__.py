"""The calendar in open formats: one small exporter class per format.

Each exporter gets events already filtered and limited to what the viewer may see (the view in
``views/exports.py`` does that through ``synergies.core.exporting.serve_export``) and never reads
internal fields unless ``context.sees_internal`` says the viewer is staff. Only the CSV and XLSX
exports carry internal columns, and only for staff; the ICS and Atom feeds never do.

Package layout: ``base`` (loading, shared wording), ``ics``, ``atom``, ``table`` (the columns) with
``csv`` and ``xlsx``. The iCalendar writer follows RFC 5545 and RFC 7986; see docs/feeds.md for what subscribers get and
docs/decisions/0201-ics-writer.md for why VEVENT lines are written here rather than by building an
``icalendar.Event`` per event (ten thousand events must render in well under a second).
"""

from synergies.calendar.exporters.atom import EVENT_MODULE, AtomExporter, EventAtomFeed, event_span_iso
from synergies.calendar.exporters.base import (
    ID_LIST_LIMIT,
    INTERNAL_COLUMNS,
    PUBLIC_COLUMNS,
    RELATION_FIELDS,
    TABLE_COLUMNS,
    EventExporter,
    FeedEvent,
    Labels,
    Organizer,
    day_span,
    load_events,
)
from synergies.calendar.exporters.csv import CsvExporter
from synergies.calendar.exporters.ics import (
    ICS_STATUS,
    PRODID,
    UTC_ZONES,
    VEVENT_CACHE_SIZE,
    IcsExporter,
    Rendered,
    fold,
    ics_text,
    vtimezone,
)
from synergies.calendar.exporters.table import COLUMNS, FORMULA_PREFIXES, Column, TableExporter
from synergies.calendar.exporters.xlsx import XlsxExporter

EXPORTERS: dict[str, EventExporter] = {
    exporter.identifier: exporter for exporter in (IcsExporter(), AtomExporter(), CsvExporter(), XlsxExporter())
}

__all__ = [
    "COLUMNS",
    "EVENT_MODULE",
    "EXPORTERS",
    "FORMULA_PREFIXES",
    "ICS_STATUS",
    "ID_LIST_LIMIT",
    "INTERNAL_COLUMNS",
    "PRODID",
    "PUBLIC_COLUMNS",
    "RELATION_FIELDS",
    "TABLE_COLUMNS",
    "UTC_ZONES",
    "VEVENT_CACHE_SIZE",
    "AtomExporter",
    "Column",
    "CsvExporter",
    "EventAtomFeed",
    "EventExporter",
    "FeedEvent",
    "IcsExporter",
    "Labels",
    "Organizer",
    "Rendered",
    "TableExporter",
    "XlsxExporter",
    "day_span",
    "event_span_iso",
    "fold",
    "ics_text",
    "load_events",
    "vtimezone",
]
