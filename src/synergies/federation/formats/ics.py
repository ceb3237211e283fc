"""Reading partners' iCalendar feeds (RFC 5545) with the ``icalendar`` library.

Real feeds are sloppy, and we accept what can still be read without guessing: LF line endings,
unfolded long lines, an IANA TZID without its VTIMEZONE, X-WR-TIMEZONE for floating times. We refuse
what cannot be read unambiguously — no DTSTART, an end before the start, a date that does not parse —
naming the event's UID (or its position and SUMMARY when it has none) and the field.
Recurring series (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) are expanded over the harvest window
with ``recurring-ical-events``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
import x_wr_timezone

from synergies.federation.formats.base import FeedError, RemoteEvent
from synergies.federation.formats.common import check_span, check_unique, decode, known_zone
from synergies.federation.formats.ics_fast import read_plain_feed

STATUS_MAP = {"CANCELLED": "cancelled", "TENTATIVE": "planned", "CONFIRMED": "confirmed"}
SINGLE_VALUED = (
    "UID",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DURATION",
    "LOCATION",
    "DESCRIPTION",
    "URL",
    "STATUS",
    "SEQUENCE",
    "LAST-MODIFIED",
    "RECURRENCE-ID",
)
ONLINE_WORDS = ("online", "virtual", "webinar", "zoom", "teams", "webex")


def _label(component: Any, position: int) -> str:
    uid = str(component.get("UID", "")).strip()
    if uid:
        return f"event UID {uid}"
    summary = str(component.get("SUMMARY", "")).strip()
    return f"event #{position}" + (f" ({summary[:60]})" if summary else "")


def _zone_name(value: datetime, default: str) -> str:
    key = getattr(value.tzinfo, "key", None)
    if key:
        return str(key)
    name = str(value.tzinfo) if value.tzinfo else ""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return "UTC" if value.utcoffset() == timedelta(0) else default
    return name


def _as_aware(value: datetime, zone: str) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(zone))


def _read_component(component: Any, label: str, default_zone: str, problems: list[str]) -> RemoteEvent | None:
    """One VEVENT (or one occurrence of a series) as a RemoteEvent; problems appended, None if refused."""
    try:
        return _read_checked_component(component, label, default_zone, problems)
    except (icalendar.InvalidCalendar, ValueError, TypeError, OverflowError) as error:
        # icalendar keeps an unreadable value (e.g. DURATION:P1X) as a "broken" property that raises on use.
        problems.append(f"{label}: {error}")
        return None


def _read_checked_component(component: Any, label: str, default_zone: str, problems: list[str]) -> RemoteEvent | None:
    before = len(problems)
    for name, message in getattr(component, "errors", []):
        problems.append(f"{label}: {name} cannot be read ({message})")
    for name in SINGLE_VALUED:
        if isinstance(component.get(name), list):
            problems.append(f"{label}: {name} appears more than once")
    if len(problems) > before:
        return None
    start_prop = component.get("DTSTART")
    if start_prop is None:
        problems.append(f"{label}: DTSTART is missing")
        return None
    start = start_prop.dt
    if not isinstance(start, date) or not isinstance(getattr(component.get("DTEND"), "dt", start), date):
        problems.append(f"{label}: DTSTART or DTEND is not a date or a date-time")
        return None
    if component.get("DTEND") is not None:
        end = component["DTEND"].dt
    elif component.get("DURATION") is not None:
        end = start + component["DURATION"].dt
    else:
        end = start + timedelta(days=1) if not isinstance(start, datetime) else start
    if isinstance(start, datetime) != isinstance(end, datetime):
        problems.append(f"{label}: DTSTART and DTEND mix a date and a date-time")
        return None
    all_day = not isinstance(start, datetime)
    if all_day:
        last_day = end - timedelta(days=1) if end > start else start
        if end < start:
            problems.append(f"{label}: DTEND ({end.isoformat()}) is before DTSTART ({start.isoformat()})")
            return None
        zone, start_value, end_value = default_zone, start, last_day
    else:
        assert isinstance(start, datetime) and isinstance(end, datetime)
        zone = _zone_name(start, default_zone)
        start_value, end_value = _as_aware(start, zone), _as_aware(end, _zone_name(end, zone))
        if end_value < start_value:
            problems.append(f"{label}: DTEND ({end.isoformat()}) is before DTSTART ({start.isoformat()})")
            return None
    title = str(component.get("SUMMARY", "")).strip()
    if not title:
        problems.append(f"{label}: SUMMARY (the title) is missing")
        return None
    categories: list[str] = []
    for prop in (
        component.get("CATEGORIES", [])
        if isinstance(component.get("CATEGORIES"), list)
        else [component.get("CATEGORIES")]
    ):
        if prop is not None:
            categories.extend(str(c).strip() for c in getattr(prop, "cats", []) if str(c).strip())
    location = str(component.get("LOCATION", "")).strip()
    last_modified = component.get("LAST-MODIFIED")
    try:
        sequence = int(str(component.get("SEQUENCE", 0)))
    except ValueError:
        problems.append(f"{label}: SEQUENCE is not a whole number")
        return None
    return RemoteEvent(
        uid=str(component.get("UID", "")).strip(),
        title=title,
        start=start_value,
        end=end_value,
        all_day=all_day,
        timezone=zone,
        location=location,
        description=str(component.get("DESCRIPTION", "")).strip(),
        url=str(component.get("URL", "")).strip(),
        categories=categories,
        status=STATUS_MAP.get(str(component.get("STATUS", "CONFIRMED")).upper(), "confirmed"),
        sequence=sequence,
        last_modified=last_modified.dt
        if last_modified is not None and isinstance(last_modified.dt, datetime)
        else None,
        online=location.casefold().startswith(("http://", "https://")) or location.casefold() in ONLINE_WORDS,
    )


def parse_ics(
    data: bytes, *, default_timezone: str = "UTC", window: tuple[date, date] | None = None, fast: bool = True
) -> list[RemoteEvent]:
    """All events of a feed; recurring series expanded over ``window`` (default: 1 year back, 3 ahead).

    Plain feeds are read by ``ics_fast`` (``fast``), the others by ``icalendar``; both give the same events.
    """
    text = decode(data)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise FeedError(["this is not an iCalendar file: BEGIN:VCALENDAR is missing"])
    plain = read_plain_feed(text, default_timezone) if fast and known_zone(default_timezone) else None
    if plain is not None:
        return _within_years(plain)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as error:
        raise FeedError([f"the calendar cannot be read: {error}"]) from None
    zone = str(calendar.get("X-WR-TIMEZONE", "") or default_timezone)
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise FeedError([f"X-WR-TIMEZONE “{zone}” is not a known time zone"]) from None
    calendar = x_wr_timezone.to_standard(calendar)
    today = date.today()  # noqa: DTZ011 - a harvest window in whole days; a day either way does not matter
    start, end = window or (today - timedelta(days=365), today + timedelta(days=3 * 365))

    problems: list[str] = []
    events: list[RemoteEvent] = []
    recurring: set[str] = set()
    seen: set[str] = set()
    for position, component in enumerate(calendar.walk("VEVENT"), start=1):
        label = _label(component, position)
        uid = str(component.get("UID", "")).strip()
        if component.get("RRULE") is not None or component.get("RDATE") is not None:
            recurring.add(uid)
            continue
        if component.get("RECURRENCE-ID") is not None:
            continue  # an edited occurrence: expanded with its series below
        if not check_unique(label, uid, seen, problems):
            continue
        remote = _read_component(component, label, zone, problems)
        if remote is not None:
            events.append(remote)
    if recurring:
        try:
            occurrences = recurring_ical_events.of(calendar).between(start, end + timedelta(days=1))
        except Exception as error:  # the library raises many kinds on broken rules
            raise FeedError([f"a recurring event cannot be expanded: {error}"]) from None
        for occurrence in occurrences:
            uid = str(occurrence.get("UID", "")).strip()
            if uid not in recurring:
                continue
            start_prop = occurrence.get("DTSTART")
            if not hasattr(start_prop, "dt"):
                problems.append(f"event UID {uid}: DTSTART is missing or appears more than once")
                continue
            occurrence_start = start_prop.dt
            label = f"event UID {uid} on {occurrence_start.isoformat()}"
            remote = _read_component(occurrence, label, zone, problems)
            if remote is not None:
                remote.uid = f"{uid}#{occurrence_start.isoformat()}"
                events.append(remote)
    if problems:
        raise FeedError(problems)
    return _within_years(events)


def _within_years(events: list[RemoteEvent]) -> list[RemoteEvent]:
    problems: list[str] = []
    for remote in events:
        check_span(
            f"event UID {remote.uid}", remote.start, remote.end, problems, start_field="DTSTART", end_field="DTEND"
        )
    if problems:
        raise FeedError(problems)
    return events
