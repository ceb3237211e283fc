"""The calendar in open formats: one small exporter class per format.

Each exporter gets events already filtered and limited to what the viewer may see (the view in
``views/exports.py`` does that through ``synergies.core.exporting.serve_export``) and never reads
internal fields unless ``context.sees_internal`` says the viewer is staff. Only the CSV and XLSX
exports carry internal columns, and only for staff; the ICS and Atom feeds never do.

The iCalendar writer follows RFC 5545 and RFC 7986; see docs/feeds.md for what subscribers get and
docs/decisions/0201-ics-writer.md for why VEVENT lines are written here rather than by building an
``icalendar.Event`` per event (ten thousand events must render in well under a second).
"""

from __future__ import annotations

import csv
import io
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Case, QuerySet, When
from django.urls import reverse
from django.utils import formats
from django.utils.dates import MONTHS
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from icalendar import Calendar, Timezone
from icalendar.parser import Contentline
from icalendar.prop import vDuration
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from synergies.calendar.models import Event, EventOrganizer
from synergies.core.exporting import ExportContext, Exporter
from synergies.core.text import clean_text

#: Stable product identifier of our iCalendar output (RFC 5545 §3.7.3); never change it.
PRODID = "-//UN chemicals and waste cluster//Synergies joint calendar//EN"

#: Time zones written as UTC ("...Z") rather than with a TZID and a VTIMEZONE.
UTC_ZONES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu"})

ICS_STATUS: dict[str, str] = {
    Event.Status.PLANNED: "TENTATIVE",
    Event.Status.CONFIRMED: "CONFIRMED",
    Event.Status.POSTPONED: "TENTATIVE",
    Event.Status.CANCELLED: "CANCELLED",
}


# --- Loading: plain values, every relation in one query, whatever the number of events ---------------


class Organizer(NamedTuple):
    acronym: str
    name: str
    role: str


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


def month_range_text(event: FeedEvent) -> str:
    """ "March–April 2015", "November 2014" or "December 2026–January 2027"."""
    first, last = event.start_date, event.end_date
    if (first.year, first.month) == (last.year, last.month):
        return f"{MONTHS[first.month]} {first.year}"
    if first.year == last.year:
        return f"{MONTHS[first.month]}–{MONTHS[last.month]} {first.year}"
    return f"{MONTHS[first.month]} {first.year}–{MONTHS[last.month]} {last.year}"


def when_text(event: FeedEvent) -> str:
    """The dates in words, always with the time zone they are in."""
    if event.date_precision == Event.DatePrecision.MONTH:
        return _("%(months)s (dates to be confirmed)") % {"months": month_range_text(event)}
    if event.all_day:
        first = formats.date_format(event.start_date, "DATE_FORMAT")
        days = (
            first
            if event.start_date == event.end_date
            else f"{first} – {formats.date_format(event.end_date, 'DATE_FORMAT')}"
        )
        return _("%(days)s (all day, %(zone)s)") % {"days": days, "zone": event.timezone}
    assert event.start_at is not None and event.end_at is not None
    start, end = event.start_at.astimezone(event.zone), event.end_at.astimezone(event.zone)
    text = f"{formats.date_format(start, 'DATE_FORMAT')} {formats.time_format(start, 'H:i')} – "
    if end.date() != start.date():
        text += f"{formats.date_format(end, 'DATE_FORMAT')} "
    text += formats.time_format(end, "H:i")
    offset = start.strftime("%z")
    return f"{text} ({event.timezone}, UTC{offset[:3]}:{offset[3:]})"


class Labels:
    """Translated labels, looked up once per render rather than once per event."""

    def __init__(self) -> None:
        self.kind = {value: str(label) for value, label in Event.Kind.choices}
        self.status = {value: str(label) for value, label in Event.Status.choices}
        self.online = _("Online")
        self.hybrid = _("%(place)s, and online")
        self.co_organizer = _("%(organizer)s, co-organizer")
        self.organizers_line = _("Organizers: %(organizers)s")
        self.status_line = _("Status: %(status)s.")
        self.dates_to_be_confirmed = _("Dates to be confirmed: %(months)s.")
        self.meeting_page = _("Meeting page")
        self.registration = _("Registration")
        self.details = _("Details")
        self.internal = _("Internal event: for staff of the cluster only, do not share.")

    def categories(self, event: FeedEvent) -> list[str]:
        """Topics, instruments and the kind of meeting: what calendar apps show as categories."""
        names = [*event.topics, *event.instruments, self.kind[event.kind]]
        return list(dict.fromkeys(name for name in names if name))

    def location(self, event: FeedEvent) -> str:
        place = event.place
        if event.attendance_mode == Event.AttendanceMode.ONLINE:
            return place or self.online
        if event.attendance_mode == Event.AttendanceMode.HYBRID and place:
            return self.hybrid % {"place": place}
        return place

    def organizers(self, event: FeedEvent) -> str:
        names = []
        for organizer in event.organizers:
            name = f"{organizer.name} ({organizer.acronym})"
            if organizer.role == EventOrganizer.Role.CO_ORGANIZER:
                name = self.co_organizer % {"organizer": name}
            names.append(name)
        return "; ".join(names)


class EventExporter(Exporter):
    filename = "synergies-events"
    #: Relations besides organizers and parent that this format shows.
    relations: tuple[str, ...] = ("topics", "instruments")

    def prepare(self, queryset: QuerySet[Any], context: ExportContext) -> list[FeedEvent]:
        return load_events(queryset, self.relations)


# --- iCalendar ----------------------------------------------------------------------------------------


def ics_text(value: str) -> str:
    """A TEXT value escaped per RFC 5545 §3.3.11 (as ``icalendar.vText`` does), controls removed."""
    return clean_text(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character.

    Short and ASCII-only lines, nearly all of them, take a fast path; the others go through
    ``icalendar``'s own folding, which counts octets character by character.
    """
    if line.isascii():
        if len(line) <= 75:
            return line
        parts = []
        start, width = 0, 75
        while len(line) - start > width:
            cut = start + width
            if line[cut - 1] == "\\":  # keep an escape such as "\," whole, for fragile readers
                cut -= 1
            parts.append(line[start:cut])
            start, width = cut, 74
        parts.append(line[start:])
        return "\r\n ".join(parts)
    if len(line.encode()) <= 75:
        return line
    return Contentline(line).to_ical().decode()


def _ics_date(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _utc_stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@lru_cache(maxsize=1024)
def vtimezone(tzid: str, first_year: int, last_year: int) -> str:
    """The VTIMEZONE of an IANA zone with the transitions of the years the feed covers only."""
    component = Timezone.from_tzid(tzid, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1))
    return component.to_ical().decode()


#: A VEVENT's text and the (TZID, first year, last year) it needs a VTIMEZONE for.
Rendered = tuple[str, tuple[str, int, int] | None]
#: Up to this many rendered VEVENTs are kept per process (about 1 kB each), then forgotten all at once.
VEVENT_CACHE_SIZE = 50_000
_VEVENT_CACHE: dict[tuple[Any, ...], Rendered] = {}


def forget_rendered_events() -> None:
    """Empty the per-process cache of VEVENT texts (for measurements; it never holds stale text)."""
    _VEVENT_CACHE.clear()


class IcsExporter(EventExporter):
    identifier = "ics"
    content_type = "text/calendar; charset=utf-8"
    extension = "ics"

    def render(self, items: Iterable[FeedEvent], context: ExportContext) -> bytes:
        labels = Labels()
        zones: dict[str, tuple[int, int]] = {}
        events = []
        for event in items:
            text, zone = self.cached_vevent(event, context, labels)
            events.append(text)
            if zone is not None:
                tzid, first, last = zone
                known = zones.get(tzid)
                zones[tzid] = (min(first, known[0]), max(last, known[1])) if known else (first, last)
        timezones = [vtimezone(tzid, first, last) for tzid, (first, last) in sorted(zones.items())]
        head = self.envelope(context).to_ical().decode()
        end = "END:VCALENDAR\r\n"
        assert head.endswith(end)
        return "".join((head[: -len(end)], *timezones, *events, end)).encode()

    def envelope(self, context: ExportContext) -> Calendar:
        """The VCALENDAR with its properties, built by the ``icalendar`` library. No METHOD: a METHOD
        makes Outlook treat a subscription as an invitation."""
        refresh = timedelta(hours=settings.SYNERGIES_FEED_REFRESH_HOURS)
        calendar = Calendar.new(
            prodid=PRODID,
            name=clean_text(context.title),
            description=clean_text(context.filter_description) or None,
            uid=str(uuid.uuid5(uuid.NAMESPACE_URL, context.feed_url)),
            url=context.page_url,
            source=context.feed_url,
        )
        calendar.add("calscale", "GREGORIAN")
        calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", vDuration(refresh))  # Outlook's older name for the same
        return calendar

    def cached_vevent(self, event: FeedEvent, context: ExportContext, labels: Labels) -> Rendered:
        """``vevent``, remembered per process: feeds are fetched again and again, mostly unchanged.

        The key holds everything the text depends on, so a hit is always exact; any edit changes
        ``version`` and ``updated_at``.
        """
        key = (
            event.pk,
            event.version,
            event.updated_at,
            event.country_name,
            tuple(event.organizers),
            tuple(event.topics),
            tuple(event.instruments),
            event.parent_visible(context),
            context.base_url,
            context.language,
        )
        rendered = _VEVENT_CACHE.get(key)
        if rendered is None:
            rendered = self.vevent(event, context, labels)
            if len(_VEVENT_CACHE) >= VEVENT_CACHE_SIZE:
                _VEVENT_CACHE.clear()
            _VEVENT_CACHE[key] = rendered
        return rendered

    def vevent(self, event: FeedEvent, context: ExportContext, labels: Labels) -> Rendered:
        """One VEVENT as CRLF lines, with the TZID it uses and the years it spans (``None`` when none).

        Lines of fixed shape stay far below 75 octets; only those carrying free text are folded.
        """
        zone_span: tuple[str, int, int] | None = None
        stamp = _utc_stamp(event.updated_at)
        url = context.absolute(event.path)
        lines = [
            "BEGIN:VEVENT",
            fold(f"UID:{ics_text(event.uid)}"),
            f"DTSTAMP:{stamp}",
            f"SEQUENCE:{event.version}",
            fold(f"SUMMARY:{ics_text(event.title)}"),
        ]
        if event.all_day or event.date_precision == Event.DatePrecision.MONTH:
            first, last = day_span(event)
            lines.append(f"DTSTART;VALUE=DATE:{_ics_date(first)}")
            lines.append(f"DTEND;VALUE=DATE:{_ics_date(last + timedelta(days=1))}")  # DTEND is exclusive
        else:
            assert event.start_at is not None and event.end_at is not None
            tzid = event.timezone
            if tzid in UTC_ZONES:
                lines.append(f"DTSTART:{_utc_stamp(event.start_at)}")
                lines.append(f"DTEND:{_utc_stamp(event.end_at)}")
            else:
                zone = event.zone
                start, end = event.start_at.astimezone(zone), event.end_at.astimezone(zone)
                lines.append(f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}")
                lines.append(f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}")
                zone_span = (tzid, start.year, end.year)
        lines.append(f"STATUS:{ICS_STATUS.get(event.status, 'CONFIRMED')}")
        if event.visibility == Event.Visibility.INTERNAL:
            # Outlook and others then hide the details when the subscriber shares their calendar.
            lines.append("CLASS:CONFIDENTIAL")
        # Subscribed meetings inform; they should not make the subscriber look busy.
        lines.append("TRANSP:TRANSPARENT")
        location = labels.location(event)
        if location:
            lines.append(fold(f"LOCATION:{ics_text(location)}"))
        lines.append(fold(f"URL:{url}"))
        lines.append(fold("CATEGORIES:" + ",".join(ics_text(name) for name in labels.categories(event))))
        lines.append(fold(f"DESCRIPTION:{ics_text(self.description(event, labels, url))}"))
        if event.parent is not None and event.parent_visible(context):
            lines.append(fold(f"RELATED-TO;RELTYPE=PARENT:{ics_text(event.parent[1])}"))
        lines.append(f"CREATED:{_utc_stamp(event.created_at)}")
        lines.append(f"LAST-MODIFIED:{stamp}")
        lines.append("END:VEVENT\r\n")
        return "\r\n".join(lines), zone_span

    def description(self, event: FeedEvent, labels: Labels, url: str) -> str:
        parts = [labels.internal] if event.visibility == Event.Visibility.INTERNAL else []
        parts.append(clean_text(event.description).strip())
        if event.date_precision == Event.DatePrecision.MONTH:
            parts.append(labels.dates_to_be_confirmed % {"months": month_range_text(event)})
        if event.status != Event.Status.CONFIRMED:
            parts.append(labels.status_line % {"status": labels.status[event.status]})
        organizers = labels.organizers(event)
        if organizers:
            parts.append(labels.organizers_line % {"organizers": organizers})
        for label, address in (
            (labels.online, event.online_url),
            (labels.meeting_page, event.website),
            (labels.registration, event.registration_url),
            (labels.details, url),
        ):
            if address:
                parts.append(f"{label}: {address}")
        return "\n\n".join(part for part in parts if part)


# --- Atom ---------------------------------------------------------------------------------------------


EVENT_MODULE = "http://purl.org/rss/1.0/modules/event/"


class EventAtomFeed(Atom1Feed):
    """Atom with the RSS event module (``ev:startdate``, ``ev:enddate``, ``ev:location``, ``ev:type``).

    An entry's ``published``/``updated`` dates say when the news was written, not when the meeting is;
    these elements let partners' harvesters (ours included) read the meeting's own dates.
    """

    event_elements = ("startdate", "enddate", "location", "type")

    def root_attributes(self) -> dict[str, str]:
        return {**super().root_attributes(), "xmlns:ev": EVENT_MODULE}

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        for name in self.event_elements:
            if item.get(f"ev_{name}"):
                handler.addQuickElement(f"ev:{name}", item[f"ev_{name}"])


def event_span_iso(event: FeedEvent) -> tuple[str, str]:
    """The meeting's start and (inclusive) end: local times with their offset, or days for all-day events."""
    if not event.all_day and event.start_at and event.end_at:
        return event.start_at.astimezone(event.zone).isoformat(), event.end_at.astimezone(event.zone).isoformat()
    first, last = day_span(event)
    return first.isoformat(), last.isoformat()


class AtomExporter(EventExporter):
    """The latest changes as an Atom feed, for feed readers and partners' news boxes."""

    identifier = "atom"
    content_type = "application/atom+xml; charset=utf-8"
    extension = "atom"
    disposition = "inline"
    #: Feed readers want news, not the archive: the most recently changed events only.
    max_items = 200

    def prepare(self, queryset: QuerySet[Any], context: ExportContext) -> list[FeedEvent]:
        return load_events(queryset.order_by("-updated_at", "-pk")[: self.max_items], self.relations)

    def render(self, items: Iterable[FeedEvent], context: ExportContext) -> bytes:
        labels = Labels()
        feed = EventAtomFeed(
            title=clean_text(context.title),
            link=context.page_url,
            description=clean_text(context.filter_description),
            subtitle=clean_text(context.filter_description) or None,
            feed_url=context.feed_url,
            feed_guid=context.feed_url,
            language=context.language,
            author_name=_("Synergies joint calendar"),
        )
        for event in items:
            url = context.absolute(event.path)
            starts, ends = event_span_iso(event)
            feed.add_item(
                title=clean_text(self.entry_title(event, labels)),
                link=url,
                unique_id=url,
                # Atom1Feed declares the summary as HTML: escape our plain text once, keep its lines.
                description=escape(clean_text(self.summary(event, labels))).replace("\n", "<br>"),
                pubdate=event.created_at,
                updateddate=event.updated_at,
                categories=[clean_text(name) for name in labels.categories(event)],
                author_name=", ".join(organizer.acronym for organizer in event.organizers) or None,
                ev_startdate=starts,
                ev_enddate=ends,
                ev_location=clean_text(labels.location(event)),
                ev_type=event.kind,
            )
        return feed.writeString("utf-8").encode()

    def entry_title(self, event: FeedEvent, labels: Labels) -> str:
        if event.status in (Event.Status.CANCELLED, Event.Status.POSTPONED):
            return f"{labels.status[event.status]}: {event.title}"
        return event.title

    def summary(self, event: FeedEvent, labels: Labels) -> str:
        lines = [when_text(event)]
        location = labels.location(event)
        if location:
            lines.append(location)
        organizers = labels.organizers(event)
        if organizers:
            lines.append(labels.organizers_line % {"organizers": organizers})
        lines.append(labels.status_line % {"status": labels.status[event.status]})
        if event.visibility == Event.Visibility.INTERNAL:
            lines.append(labels.internal)
        return "\n".join(lines)


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


class CsvExporter(TableExporter):
    """UTF-8 with a byte-order mark, so that Excel opens accents and non-Latin scripts correctly."""

    identifier = "csv"
    content_type = "text/csv; charset=utf-8"
    extension = "csv"

    def render(self, items: Iterable[FeedEvent], context: ExportContext) -> bytes:
        columns = self.columns(context)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(column.key for column in columns)
        for values in self.rows(items, context, columns):
            writer.writerow(self.cell(value) for value in values)
        return ("\ufeff" + buffer.getvalue()).encode()

    @staticmethod
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%dT%H:%M:%SZ")  # last_modified, in UTC
        if isinstance(value, time):
            return value.strftime("%H:%M")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):
            value = clean_text(value)
            if value.startswith(FORMULA_PREFIXES):
                return "'" + value
            return value
        return str(value)


class XlsxExporter(TableExporter):
    """An Excel workbook written in openpyxl's streaming mode: a frozen header row above real date cells."""

    identifier = "xlsx"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    extension = "xlsx"

    def render(self, items: Iterable[FeedEvent], context: ExportContext) -> bytes:
        columns = self.columns(context)
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(_("Events"))
        sheet.freeze_panes = "A2"
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        bold = Font(bold=True)
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=str(column.label))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for values in self.rows(items, context, columns):
            sheet.append([self.cell(sheet, value) for value in values])
        if context.last_modified is not None:
            stamp = context.last_modified.astimezone(UTC).replace(tzinfo=None)
            workbook.properties.created = workbook.properties.modified = stamp
        workbook.properties.title = clean_text(context.title)
        workbook.properties.creator = "Synergies"
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    @staticmethod
    def cell(sheet: Any, value: Any) -> Any:
        """Plain values; openpyxl gives dates, times and date-times their formats by itself."""
        if isinstance(value, str):
            value = clean_text(value)
            if value.startswith("="):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text stays text: "=..." from a harvested feed is never a formula
                return cell
        return value


EXPORTERS: dict[str, EventExporter] = {
    exporter.identifier: exporter for exporter in (IcsExporter(), AtomExporter(), CsvExporter(), XlsxExporter())
}
