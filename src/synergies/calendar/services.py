"""Every write to the calendar goes through these functions.

Forms, the admin's actions, importers, the demo loader, commands and tests all call them, so the
rules live here once: validation, time normalisation, conflict protection and history.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from rapidfuzz import fuzz

from synergies.calendar import permissions
from synergies.calendar.models import UN_LANGUAGES, Event, EventLink, EventOrganizer, Participation
from synergies.core import dates, writes
from synergies.core.text import clean_text
from synergies.directory.models import Body, Country, Instrument, Organization, Region, Topic

if TYPE_CHECKING:
    from synergies.core.actors import Actor

#: Titles at least this similar (rapidfuzz token-set ratio, 0-100) count as a possible duplicate.
DUPLICATE_TITLE_SIMILARITY = 80


class EditConflict(writes.EditConflict):
    """Someone else saved the event since this edit started; nothing was written."""

    def __init__(self, event: Event, expected_version: int) -> None:
        self.event = event
        super().__init__(event, expected_version, subject=_("This event"))


@dataclass
class LinkData:
    kind: str
    title: str
    url: str


@dataclass
class EventData:
    """What an event says, as forms, importers and the demo loader hand it over.

    ``start``/``end`` are dates for all-day events (``end`` inclusive) and datetimes for timed
    events: naive ones are read in ``timezone``, aware ones are converted.
    """

    title: str
    start: date | datetime
    end: date | datetime
    lead_organizers: Sequence[Organization]
    timezone: str = "UTC"
    all_day: bool = True
    date_precision: str = Event.DatePrecision.DAY
    description: str = ""
    kind: str = Event.Kind.OTHER
    status: str = Event.Status.CONFIRMED
    visibility: str = Event.Visibility.PUBLIC
    attendance_mode: str = Event.AttendanceMode.IN_PERSON
    venue: str = ""
    city: str = ""
    country: Country | None = None
    online_url: str = ""
    co_organizers: Sequence[Organization] = ()
    instruments: Sequence[Instrument] = ()
    bodies: Sequence[Body] = ()
    topics: Sequence[Topic] = ()
    target_regions: Sequence[Region] = ()
    target_countries: Sequence[Country] = ()
    languages: Sequence[str] = ()
    parent: Event | None = None
    website: str = ""
    registration_url: str = ""
    internal_notes: str = ""
    contact_name: str = ""
    contact_email: str = ""
    links: Sequence[LinkData] = ()
    uid: str | None = None

    @classmethod
    def from_event(cls, event: Event) -> EventData:
        """The data of a stored event, to change a few fields and save it back."""
        organizers = list(event.event_organizers.select_related("organization"))
        if event.all_day:
            start: date | datetime = event.start_date
            end: date | datetime = event.end_date
        else:
            start, end = event.local_start, event.local_end  # type: ignore[assignment]
        return cls(
            title=event.title,
            start=start,
            end=end,
            timezone=event.timezone,
            all_day=event.all_day,
            date_precision=event.date_precision,
            description=event.description,
            kind=event.kind,
            status=event.status,
            visibility=event.visibility,
            attendance_mode=event.attendance_mode,
            venue=event.venue,
            city=event.city,
            country=event.country,
            online_url=event.online_url,
            lead_organizers=[o.organization for o in organizers if o.role == EventOrganizer.Role.LEAD],
            co_organizers=[o.organization for o in organizers if o.role == EventOrganizer.Role.CO_ORGANIZER],
            instruments=list(event.instruments.all()),
            bodies=list(event.bodies.all()),
            topics=list(event.topics.all()),
            target_regions=list(event.target_regions.all()),
            target_countries=list(event.target_countries.all()),
            languages=list(event.languages),
            parent=event.parent,
            website=event.website,
            registration_url=event.registration_url,
            internal_notes=event.internal_notes,
            contact_name=event.contact_name,
            contact_email=event.contact_email,
            links=[LinkData(link.kind, link.title, link.url) for link in event.links.all()],
            uid=event.uid,
        )


# --- Validation -------------------------------------------------------------------------------


@functools.cache
def _known_timezone_names() -> frozenset[str]:
    """The IANA zone names on this machine, read once per process: scanning tzdata takes ~50 ms."""
    return frozenset(available_timezones())


def is_known_timezone(name: str) -> bool:
    if name not in _known_timezone_names():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


#: The event's choice fields and their choices: a value outside them (``""`` from a ``null``) is refused.
_CHOICE_FIELDS = {
    "kind": Event.Kind,
    "status": Event.Status,
    "visibility": Event.Visibility,
    "attendance_mode": Event.AttendanceMode,
    "date_precision": Event.DatePrecision,
}


def validate_event_data(data: EventData, *, instance: Event | None = None) -> None:
    """Refuse what cannot be stored, naming the field; raises ``ValidationError`` with a dict."""
    errors: dict[str, list[str]] = {}

    def add(field_name: str, message: str) -> None:
        errors.setdefault(field_name, []).append(message)

    if not data.title.strip():
        add("title", _("An event needs a title."))
    if not is_known_timezone(data.timezone):
        add(
            "timezone",
            _("“%(zone)s” is not a known time zone; use a name such as Europe/Zurich.") % {"zone": data.timezone},
        )
    for field_name, choices in _CHOICE_FIELDS.items():
        value = getattr(data, field_name)
        if value not in choices.values:
            add(
                field_name,
                _("“%(value)s” is not one of the choices for %(field)s.") % {"value": value, "field": field_name},
            )
    out_of_range = False
    for field_name in ("start", "end"):
        value = getattr(data, field_name)
        if isinstance(value, date) and not dates.is_sane_date(value):
            add(field_name, dates.out_of_range_message(value))
            out_of_range = True
    if out_of_range:  # the comparisons below would step outside Python's dates
        pass
    elif data.all_day:
        if isinstance(data.start, datetime) or isinstance(data.end, datetime):
            add("start", _("An all-day event takes dates, not times."))
        elif data.end < data.start:
            add(
                "end",
                _("The event ends (%(end)s) before it starts (%(start)s).") % {"end": data.end, "start": data.start},
            )
    else:
        if not isinstance(data.start, datetime) or not isinstance(data.end, datetime):
            add("start", _("An event with times needs a start and an end time."))
        elif "timezone" not in errors and _to_utc(data.end, data.timezone) < _to_utc(data.start, data.timezone):
            add("end", _("The event ends before it starts."))
    if not data.lead_organizers:
        add("lead_organizers", _("Name at least one lead organizer."))
    if set(data.lead_organizers) & set(data.co_organizers):
        add("co_organizers", _("An organization cannot be both lead and co-organizer."))
    unknown_languages = [code for code in data.languages if code not in UN_LANGUAGES]
    if unknown_languages:
        add("languages", _("Unknown language code(s): %(codes)s.") % {"codes": ", ".join(unknown_languages)})
    needs_place = data.date_precision == Event.DatePrecision.DAY and data.kind != Event.Kind.DEADLINE
    if (
        needs_place
        and data.attendance_mode != Event.AttendanceMode.ONLINE
        and not (data.city or data.venue or data.country)
    ):
        add("city", _("Give the city or venue, or mark the event as online."))
    if instance is not None and data.parent is not None and instance.pk in (data.parent.pk, data.parent.parent_id):
        add("parent", _("An event cannot be held during itself or during one of its own side events."))
    if errors:
        raise ValidationError(errors)


# --- Time -------------------------------------------------------------------------------------


def _to_utc(value: datetime, zone_name: str) -> datetime:
    zone = ZoneInfo(zone_name)
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(ZoneInfo("UTC"))


def _apply_time(event: Event, data: EventData) -> None:
    event.timezone = data.timezone
    event.all_day = data.all_day
    event.date_precision = data.date_precision
    if data.all_day:
        assert isinstance(data.start, date) and isinstance(data.end, date)
        event.start_date, event.end_date = data.start, data.end
        event.start_at = event.end_at = None
    else:
        assert isinstance(data.start, datetime) and isinstance(data.end, datetime)
        event.start_at = _to_utc(data.start, data.timezone)
        event.end_at = _to_utc(data.end, data.timezone)
        zone = ZoneInfo(data.timezone)
        event.start_date = event.start_at.astimezone(zone).date()
        # An event ending exactly at local midnight does not occupy the next day.
        local_end = event.end_at.astimezone(zone)
        end_day = local_end.date()
        if local_end.time() == datetime.min.time() and end_day > event.start_date:
            end_day -= timedelta(days=1)
        event.end_date = end_day


# --- Writes -----------------------------------------------------------------------------------

_PLAIN_FIELDS = (
    "title",
    "description",
    "kind",
    "status",
    "visibility",
    "attendance_mode",
    "venue",
    "city",
    "country",
    "online_url",
    "parent",
    "website",
    "registration_url",
    "internal_notes",
    "contact_name",
    "contact_email",
)


def _apply(event: Event, data: EventData) -> None:
    for name in _PLAIN_FIELDS:
        value = getattr(data, name)
        # Control characters (NUL above all, which PostgreSQL refuses) never reach the database.
        setattr(event, name, clean_text(value) if isinstance(value, str) else value)
    event.title = event.title.strip()
    event.languages = list(dict.fromkeys(data.languages))
    _apply_time(event, data)


def _apply_relations(event: Event, data: EventData) -> None:
    with writes.without_history(event):
        _set_relations(event, data)


def _set_relations(event: Event, data: EventData) -> None:
    EventOrganizer.objects.filter(event=event).delete()
    rows = [
        EventOrganizer(event=event, organization=org, role=EventOrganizer.Role.LEAD, position=i)
        for i, org in enumerate(dict.fromkeys(data.lead_organizers))
    ] + [
        EventOrganizer(event=event, organization=org, role=EventOrganizer.Role.CO_ORGANIZER, position=i)
        for i, org in enumerate(dict.fromkeys(data.co_organizers))
    ]
    EventOrganizer.objects.bulk_create(rows)
    event.instruments.set(data.instruments)
    event.bodies.set(data.bodies)
    event.topics.set(data.topics)
    event.target_regions.set(data.target_regions)
    event.target_countries.set(data.target_countries)
    EventLink.objects.filter(event=event).delete()
    EventLink.objects.bulk_create(
        EventLink(event=event, kind=link.kind, title=clean_text(link.title), url=link.url) for link in data.links
    )


@transaction.atomic
def create_event(data: EventData, *, by: Actor) -> Event:
    """Add an event: ``by`` must be an editor, and name only organizers they may (``permissions``)."""
    permissions.require_may_create_event(by)
    permissions.require_may_name_organizers(by, data.lead_organizers, data.co_organizers)
    validate_event_data(data)
    event = Event()
    if data.uid:
        event.uid = data.uid
    _apply(event, data)
    # The row must exist before its relations; its one history record follows below, complete.
    with writes.without_history(event):
        event.save()
    _apply_relations(event, data)
    writes.save_with_history(event, by, _("Created"))
    return event


def update_event(
    event: Event,
    data: EventData,
    *,
    expected_version: int,
    by: Actor,
    reason: str | None = None,
) -> Event:
    """Save ``data`` over ``event``: ``by`` must be an editor of it, and name only organizers they may."""
    permissions.require_may_edit_event(by, event)
    permissions.require_may_name_organizers(by, data.lead_organizers, data.co_organizers, event)
    return _update_event(event, data, expected_version=expected_version, by=by, reason=reason or _("Edited"))


@transaction.atomic
def _update_event(event: Event, data: EventData, *, expected_version: int, by: Actor, reason: str) -> Event:
    validate_event_data(data, instance=event)
    writes.claim_version(event, expected_version, conflict=EditConflict)
    _apply(event, data)
    _apply_relations(event, data)
    writes.save_with_history(event, by, reason)
    return event


def cancel_event(event: Event, *, expected_version: int, by: Actor, note: str = "") -> Event:
    """Cancel an event; it stays in feeds as STATUS:CANCELLED so subscribed calendars drop it."""
    permissions.require_may_edit_event(by, event)
    data = replace(EventData.from_event(event), status=Event.Status.CANCELLED)
    if note:
        data.internal_notes = "\n\n".join(part for part in (data.internal_notes, note) if part)
    return _update_event(event, data, expected_version=expected_version, by=by, reason=_("Cancelled"))


def postpone_event(
    event: Event,
    *,
    expected_version: int,
    by: Actor,
    new_start: date | datetime | None = None,
    new_end: date | datetime | None = None,
) -> Event:
    """Mark an event postponed, with its new dates when they are known."""
    permissions.require_may_edit_event(by, event)
    data = EventData.from_event(event)
    data = replace(data, status=Event.Status.POSTPONED)
    if new_start is not None and new_end is not None:
        data = replace(data, start=new_start, end=new_end)
    return _update_event(event, data, expected_version=expected_version, by=by, reason=_("Postponed"))


@transaction.atomic
def link_back_to_back(first: Event, second: Event, *, by: Actor) -> None:
    """Record that two events are held back-to-back (the link is symmetric)."""
    permissions.require_may_link_back_to_back(by, first, second)
    if first.pk == second.pk:
        raise ValidationError(_("An event cannot be held back-to-back with itself."))
    first.back_to_back_with.add(second)
    Event.objects.filter(pk__in=[first.pk, second.pk]).update(version=F("version") + 1)


# --- Reads that guide writes --------------------------------------------------------------------


def find_possible_duplicates(data: EventData, *, exclude: Event | None = None, limit: int = 5) -> list[Event]:
    """Stored events that look like this one: a shared organizer, overlapping days, a similar title."""
    if not data.lead_organizers and not data.co_organizers:
        return []
    try:
        probe = Event(timezone=data.timezone)
        _apply_time(probe, data)
    except (TypeError, AssertionError, ZoneInfoNotFoundError, ValueError):
        return []
    organizers = [*data.lead_organizers, *data.co_organizers]
    candidates = (
        Event.objects.overlapping(probe.start_date, probe.end_date)
        .filter(organizers__in=organizers)
        .exclude(status=Event.Status.CANCELLED)
        .distinct()
    )
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude.pk)
    similar = [
        event
        for event in candidates[:200]
        if fuzz.token_set_ratio(event.title.lower(), data.title.lower()) >= DUPLICATE_TITLE_SIMILARITY
    ]
    return similar[:limit]


def resolve(model: Any, keys: Iterable[str], field_name: str) -> list[Any]:
    """Objects of ``model`` by their stable key, refusing unknown keys by name."""
    keys = list(keys)
    found = {getattr(obj, field_name): obj for obj in model.objects.filter(**{f"{field_name}__in": keys})}
    missing = [key for key in keys if key not in found]
    if missing:
        raise ValidationError(
            _("Unknown %(what)s: %(keys)s.") % {"what": model._meta.verbose_name, "keys": ", ".join(missing)}
        )
    return [found[key] for key in keys]


# === Participation ================================================================================
# Who takes part in an event for an organization (attends, speaks, presents a document, holds a side
# event). The calendar owns the model; the periodic list's checklist (``upcoming``) fills it in.
# Kept in a section of its own at the end of the file.


@dataclass
class ParticipationData:
    organization: Organization
    role: str = Participation.Role.ATTEND
    status: str = Participation.Status.PROPOSED
    person: str = ""
    notes: str = ""


def participation_token(participation: Participation) -> int:
    """The participation's edit token: the id of its latest history record (Participation has no version)."""
    token = getattr(participation, "token", None)
    if token is not None:
        return int(token)
    latest = participation.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return int(latest or 0)


def _validate_participation(data: ParticipationData) -> None:
    errors: dict[str, str] = {}
    if data.role not in Participation.Role.values:
        errors["role"] = _("Choose one of the roles offered.")
    if data.status not in Participation.Status.values:
        errors["status"] = _("Choose one of the statuses offered.")
    if len(data.person) > 200:
        errors["person"] = _("Write at most 200 characters.")
    if errors:
        raise ValidationError(errors)


def _apply_participation(participation: Participation, data: ParticipationData) -> None:
    participation.organization = data.organization
    participation.role = data.role
    participation.status = data.status
    participation.person = clean_text(data.person).strip()
    participation.notes = data.notes.strip()


@transaction.atomic
def create_participation(event: Event, data: ParticipationData, *, by: Actor) -> Participation:
    permissions.require_participation_editor(by, event, data.organization)
    _validate_participation(data)
    participation = Participation(event=event)
    _apply_participation(participation, data)
    writes.save_with_history(participation, by, _("Added to the checklist"))
    return participation


def _lock_participation(participation: Participation, expected_token: int) -> Participation:
    locked = Participation.objects.select_for_update().filter(pk=participation.pk).first()
    if locked is None:
        raise writes.ItemConflict(participation, expected_token, removed=True)
    if participation_token(locked) != expected_token:
        raise writes.ItemConflict(locked, expected_token)
    return locked


@transaction.atomic
def update_participation(
    participation: Participation, data: ParticipationData, *, expected_token: int, by: Actor
) -> Participation:
    event = participation.event
    permissions.require_participation_editor(by, event, participation.organization_id)
    permissions.require_participation_editor(by, event, data.organization)
    _validate_participation(data)
    locked = _lock_participation(participation, expected_token)
    _apply_participation(locked, data)
    writes.save_with_history(locked, by, _("Edited in the checklist"))
    return locked


@transaction.atomic
def delete_participation(participation: Participation, *, expected_token: int, by: Actor) -> None:
    permissions.require_participation_editor(by, participation.event, participation.organization_id)
    writes.delete_with_history(_lock_participation(participation, expected_token), by, _("Removed from the checklist"))
