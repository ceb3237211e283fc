"""What every export format shares: loading the events as plain values, and what is said about an event.

See ``synergies.calendar.exporters`` for the formats.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Case, QuerySet, When
from django.urls import reverse
from django.utils.translation import gettext as _

from synergies.calendar import wording
from synergies.calendar.models import Event, EventOrganizer
from synergies.calendar.wording import Organizer
from synergies.core.exporting import ExportContext, Exporter

# --- Loading: plain values, every relation in one query, whatever the number of events ---------------


@dataclass(slots=True)
class FeedEvent:
    """An event as the exports read it: plain values, not a model instance.

    Feeds may hold tens of thousands of events. Building model instances and Django's
    ``prefetch_related`` (a queryset per event and relation) took seconds for 10,000 events;
    ``load_events`` reads the columns as values and each relation in one query instead. Internal
    fields are not even read unless the viewer is staff.
    """

    pk: int
    uid: str
    title: str
    description: str
    kind: str
    status: str
    visibility: str
    attendance_mode: str
    all_day: bool
    date_precision: str
    start_date: date
    end_date: date
    start_at: datetime | None
    end_at: datetime | None
    timezone: str
    venue: str
    city: str
    country_code: str | None
    country_name: str | None
    online_url: str
    website: str
    registration_url: str
    version: int
    created_at: datetime
    updated_at: datetime
    parent_id: int | None
    # Read for the tables only.
    languages: Sequence[str] = ()
    # Internal: read for staff only.
    internal_notes: str = ""
    contact_name: str = ""
    contact_email: str = ""
    # Relations and derived values, set by ``load_events``.
    path: str = ""
    organizers: Sequence[Organizer] = ()
    topics: Sequence[str] = ()
    instruments: Sequence[str] = ()
    bodies: Sequence[str] = ()
    target_regions: Sequence[str] = ()
    target_countries: Sequence[str] = ()
    #: The event this one is held during (a side event's COP), as (id, UID, visibility).
    parent: tuple[int, str, str] | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def place(self) -> str:
        """As ``Event.place``: venue, city and country in one line."""
        return ", ".join(part for part in (self.venue, self.city, self.country_name) if part)

    def parent_visible(self, context: ExportContext) -> bool:
        return self.parent is not None and (context.sees_internal or self.parent[2] == Event.Visibility.PUBLIC)


#: The columns read for every viewer, in the order of ``FeedEvent``'s fields; then those read for the
#: tables, then those read for staff.
PUBLIC_COLUMNS = (
    "pk",
    "uid",
    "title",
    "description",
    "kind",
    "status",
    "visibility",
    "attendance_mode",
    "all_day",
    "date_precision",
    "start_date",
    "end_date",
    "start_at",
    "end_at",
    "timezone",
    "venue",
    "city",
    "country__code",
    "country__name",
    "online_url",
    "website",
    "registration_url",
    "version",
    "created_at",
    "updated_at",
    "parent_id",
)
TABLE_COLUMNS = ("languages",)
INTERNAL_COLUMNS = ("internal_notes", "contact_name", "contact_email")

#: Many-to-many relations the exports show: the related model's field(s) read for each, in order.
RELATION_FIELDS: dict[str, tuple[str, ...]] = {
    "topics": ("topic__name",),
    "instruments": ("instrument__short_name",),
    "bodies": ("body__acronym", "body__name"),
    "target_regions": ("region__name",),
    "target_countries": ("country__name",),
}


#: Up to this many events, relations are read by a list of event ids; beyond, by a subquery.
ID_LIST_LIMIT = 2000


def _path_maker() -> Callable[[int], str]:
    """``event.get_absolute_url()`` without a ``reverse()`` per event: one reverse, then substitution."""
    sentinel = 987654321
    template = reverse("calendar:event_detail", args=[sentinel])
    return lambda pk: template.replace(str(sentinel), str(pk))


def load_events(
    queryset: QuerySet[Event], relations: Iterable[str], *, table: bool = False, internal: bool = False
) -> list[FeedEvent]:
    """The events of ``queryset`` with organizers, parent and the named relations: 3 + one query each.

    ``queryset`` keeps its order and slice. ``table`` adds the columns only the tables show,
    ``internal`` (tables for staff) the internal ones.
    """
    assert table or not internal, "internal columns are read for the tables only"
    columns = PUBLIC_COLUMNS + (TABLE_COLUMNS if table else ()) + (INTERNAL_COLUMNS if internal else ())
    path = _path_maker()
    events = [FeedEvent(*values) for values in queryset.values_list(*columns)]
    by_id = {event.pk: event for event in events}
    for event in events:
        event.path = path(event.pk)
    # Small selections (filtered feeds) by their ids, so the database uses its indexes; large ones by a
    # subquery, so no list of tens of thousands of parameters is sent (SQLite limits their number).
    selection: Any = list(by_id) if len(by_id) <= ID_LIST_LIMIT else queryset.values("pk")
    organizers: dict[int, list[Organizer]] = defaultdict(list)
    for event_id, acronym, name, role in (
        EventOrganizer.objects.filter(event__in=selection)
        .order_by("event_id", Case(When(role=EventOrganizer.Role.LEAD, then=0), default=1), "position")
        .values_list("event_id", "organization__acronym", "organization__name", "role")
    ):
        organizers[event_id].append(Organizer(acronym, name, role))
    for event_id, items in organizers.items():
        by_id[event_id].organizers = items
    for relation in relations:
        through = Event._meta.get_field(relation).remote_field.through  # type: ignore[union-attr]
        fields = RELATION_FIELDS[relation]
        names: dict[int, list[str]] = defaultdict(list)
        for event_id, *values in (
            through.objects.filter(event__in=selection).order_by(*fields).values_list("event_id", *fields)
        ):
            names[event_id].append(next((value for value in values if value), ""))
        for event_id, related in names.items():
            setattr(by_id[event_id], relation, related)
    parent_ids = {event.parent_id for event in events if event.parent_id is not None}
    parents = Event.objects.filter(pk__in=parent_ids).values_list("pk", "uid", "visibility")
    parent_by_id = {row[0]: row for row in parents}
    for event in events:
        if event.parent_id is not None:
            event.parent = parent_by_id.get(event.parent_id)
    return events


# --- What every format says about an event ----------------------------------------------------------


def day_span(event: FeedEvent) -> tuple[date, date]:
    """First day and last day (inclusive) an event occupies; whole months when only months are known."""
    if event.date_precision == Event.DatePrecision.MONTH:
        first = event.start_date.replace(day=1)
        after = _first_of_next_month(event.end_date)
        return first, after - timedelta(days=1)
    return event.start_date, event.end_date


def _first_of_next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


class Labels:
    """Translated labels, looked up once per render rather than once per event."""

    def __init__(self) -> None:
        self.kind = {value: str(label) for value, label in Event.Kind.choices}
        self.status = {value: str(label) for value, label in Event.Status.choices}
        self.online = _("Online")
        self.organizers_line = _("Organizers: %(organizers)s")
        self.status_line = _("Status: %(status)s.")
        self.meeting_page = _("Meeting page")
        self.registration = _("Registration")
        self.details = _("Details")
        self.internal = _("Internal event: for staff of the cluster only, do not share.")

    def categories(self, event: FeedEvent) -> list[str]:
        """Topics, instruments and the kind of meeting: what calendar apps show as categories."""
        names = [*event.topics, *event.instruments, self.kind[event.kind]]
        return list(dict.fromkeys(name for name in names if name))

    def location(self, event: FeedEvent) -> str:
        """Where, as every output writes it (``wording.place``)."""
        return wording.place(event)

    def organizers(self, event: FeedEvent) -> str:
        """The organizers, as every output writes them (``wording.organizer_list``)."""
        return wording.organizer_list(event.organizers)


class EventExporter(Exporter):
    filename = "synergies-events"
    #: Relations besides organizers and parent that this format shows.
    relations: tuple[str, ...] = ("topics", "instruments")

    def prepare(self, queryset: QuerySet[Any], context: ExportContext) -> list[FeedEvent]:
        return load_events(queryset, self.relations)
