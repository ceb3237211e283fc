"""What the CSV and XLSX exports share: one list of columns, internal ones for staff only."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy

from synergies.calendar import wording
from synergies.calendar.exporters.base import RELATION_FIELDS, EventExporter, FeedEvent, day_span, load_events
from synergies.calendar.models import Event, EventOrganizer
from synergies.core.exporting import ExportContext

# --- Tables: CSV and XLSX -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of the CSV and XLSX exports; ``key`` heads the CSV, ``label`` the spreadsheet."""

    key: str
    label: Any
    value: Callable[[FeedEvent, ExportContext], Any]
    internal: bool = False
    width: int = 14


def _organizers(row: FeedEvent, role: str) -> str:
    return "; ".join(organizer.acronym for organizer in row.organizers if organizer.role == role)


def _local_time(value: datetime | None, event: FeedEvent) -> time | None:
    if value is None or event.all_day:
        return None
    return value.astimezone(event.zone).time().replace(tzinfo=None)


COLUMNS: tuple[Column, ...] = (
    Column("id", gettext_lazy("Id"), lambda r, c: r.pk, width=8),
    Column("uid", gettext_lazy("UID"), lambda r, c: r.uid, width=20),
    Column("title", gettext_lazy("Title"), lambda r, c: r.title, width=50),
    Column("kind", gettext_lazy("Kind"), lambda r, c: r.kind),
    Column("status", gettext_lazy("Status"), lambda r, c: r.status, width=11),
    Column("start_date", gettext_lazy("First day"), lambda r, c: day_span(r)[0], width=12),
    Column("end_date", gettext_lazy("Last day"), lambda r, c: day_span(r)[1], width=12),
    Column("start_time", gettext_lazy("Starts at"), lambda r, c: _local_time(r.start_at, r), width=9),
    Column("end_time", gettext_lazy("Ends at"), lambda r, c: _local_time(r.end_at, r), width=9),
    Column("timezone", gettext_lazy("Time zone"), lambda r, c: r.timezone, width=18),
    Column("all_day", gettext_lazy("All day"), lambda r, c: r.all_day, width=8),
    Column(
        "dates_to_be_confirmed",
        gettext_lazy("Dates to be confirmed"),
        lambda r, c: r.date_precision == Event.DatePrecision.MONTH,
        width=10,
    ),
    Column("attendance", gettext_lazy("Attendance"), lambda r, c: r.attendance_mode, width=10),
    Column("venue", gettext_lazy("Venue"), lambda r, c: r.venue, width=25),
    Column("city", gettext_lazy("City"), lambda r, c: r.city),
    Column("country_code", gettext_lazy("Country code"), lambda r, c: r.country_code, width=8),
    Column("country", gettext_lazy("Country"), lambda r, c: r.country_name),
    Column("online_url", gettext_lazy("Online meeting address"), lambda r, c: r.online_url, width=25),
    Column("lead_organizers", gettext_lazy("Lead organizers"), lambda r, c: _organizers(r, EventOrganizer.Role.LEAD)),
    Column(
        "co_organizers", gettext_lazy("Co-organizers"), lambda r, c: _organizers(r, EventOrganizer.Role.CO_ORGANIZER)
    ),
    Column("instruments", gettext_lazy("Instruments"), lambda r, c: "; ".join(r.instruments)),
    Column("bodies", gettext_lazy("Bodies"), lambda r, c: "; ".join(r.bodies)),
    Column("topics", gettext_lazy("Topics"), lambda r, c: "; ".join(r.topics), width=20),
    Column("target_regions", gettext_lazy("Target regions"), lambda r, c: "; ".join(r.target_regions), width=20),
    Column("target_countries", gettext_lazy("Target countries"), lambda r, c: "; ".join(r.target_countries), width=20),
    Column("languages", gettext_lazy("Languages"), lambda r, c: "; ".join(r.languages), width=10),
    Column(
        "held_during",
        gettext_lazy("Held during (event id)"),
        lambda r, c: r.parent[0] if r.parent is not None and r.parent_visible(c) else None,
        width=8,
    ),
    Column("website", gettext_lazy("Meeting page"), lambda r, c: r.website, width=25),
    Column("registration_url", gettext_lazy("Registration"), lambda r, c: r.registration_url, width=25),
    Column("event_page", gettext_lazy("Page in Synergies"), lambda r, c: c.absolute(r.path), width=25),
    Column("sequence", gettext_lazy("Version"), lambda r, c: r.version, width=8),
    Column(
        "last_modified",
        gettext_lazy("Last modified (UTC)"),
        lambda r, c: r.updated_at.astimezone(UTC).replace(microsecond=0, tzinfo=None),
        width=19,
    ),
    # In words, as the pages, feeds and periodic list write them (``synergies.calendar.wording``).
    Column("when", gettext_lazy("When"), lambda r, c: wording.when(r), width=40),
    Column("where", gettext_lazy("Where"), lambda r, c: wording.place(r), width=40),
    # --- staff only ---
    Column("visibility", gettext_lazy("Visibility"), lambda r, c: r.visibility, internal=True, width=10),
    Column("internal_notes", gettext_lazy("Internal notes"), lambda r, c: r.internal_notes, internal=True, width=40),
    Column("contact_name", gettext_lazy("Contact person"), lambda r, c: r.contact_name, internal=True, width=20),
    Column("contact_email", gettext_lazy("Contact e-mail"), lambda r, c: r.contact_email, internal=True, width=25),
)

#: Characters that make Excel and other spreadsheets read a cell as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class TableExporter(EventExporter):
    """What the CSV and XLSX exports share: the columns, internal ones for staff only."""

    relations = tuple(RELATION_FIELDS)

    def prepare(self, queryset: QuerySet[Any], context: ExportContext) -> list[FeedEvent]:
        return load_events(queryset, self.relations, table=True, internal=context.sees_internal)

    def columns(self, context: ExportContext) -> list[Column]:
        return [column for column in COLUMNS if context.sees_internal or not column.internal]

    def rows(self, items: Iterable[FeedEvent], context: ExportContext, columns: list[Column]) -> Iterator[list[Any]]:
        for row in items:
            yield [column.value(row, context) for column in columns]
