"""A fast reader for the plain iCalendar feeds most partners publish, beside the ``icalendar`` one.

``icalendar`` builds a full object tree: some 1.3 ms per event, 13 s for a 10,000-event feed, more
than the whole harvest may take (docs/decisions/0603-bulk-first-harvest.md). Most feeds are plain:
single events, IANA TZIDs, no recurrence. For those this module reads the few properties we map
straight from the unfolded lines. It never refuses anything: on whatever it does not fully
understand — recurrence, X-WR-TIMEZONE, a DURATION, a quoted parameter, a non-IANA TZID, a value
that does not parse, a missing or repeated UID, an end before the start — it answers ``None``, and
``parse_ics`` reads the feed with ``icalendar`` instead, which also words the refusals. The tests
check both readers give the same events (``test_ics_fast.py``, with Hypothesis).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from synergies.federation.formats.base import RemoteEvent
from synergies.federation.formats.common import MAX_UID

ONLINE_WORDS = ("online", "virtual", "webinar", "zoom", "teams", "webex")
STATUS_MAP = {"CANCELLED": "cancelled", "TENTATIVE": "planned", "CONFIRMED": "confirmed"}
#: Properties whose presence sends the feed to the full reader.
FULL_READER_ONLY = frozenset({"RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID", "DURATION", "X-WR-TIMEZONE"})
#: The properties an event may have here (``X-`` ones aside): what we map, and what feeds such as ours
#: add around it. Any other sends the feed to the full reader, which checks every value's syntax.
TEXT_PROPERTIES = frozenset(
    {"UID", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "STATUS", "SEQUENCE", "TRANSP", "CLASS", "RELATED-TO"}
)
TIME_PROPERTIES = frozenset({"DTSTART", "DTEND", "DTSTAMP", "CREATED", "LAST-MODIFIED"})
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DATE_TIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$")
ALLOWED_NESTING = (
    ["VCALENDAR"],
    ["VCALENDAR", "VEVENT"],
    ["VCALENDAR", "VTIMEZONE"],
    ["VCALENDAR", "VTIMEZONE", "STANDARD"],
    ["VCALENDAR", "VTIMEZONE", "DAYLIGHT"],
)
CALENDAR_TEXT = frozenset(
    {"VERSION", "PRODID", "CALSCALE", "METHOD", "NAME", "DESCRIPTION", "UID", "URL", "SOURCE", "COLOR"}
)
ZONE_TEXT = frozenset({"TZID", "TZNAME", "TZURL", "COMMENT"})
_DURATION = re.compile(r"[+-]?P(\d{1,4}W|(\d{1,4}D)?(T(\d{1,4}H)?(\d{1,4}M)?(\d{1,4}S)?)?)")
_OFFSET = re.compile(r"[+-]\d{4}(\d{2})?")
_ODD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029]")
_NAME = re.compile(r"[A-Za-z0-9-]+")
_TEXT_ESCAPES = re.compile(r"\\([\\;,nN])")


class Unsure(Exception):
    """Something the fast reader leaves to ``icalendar``."""


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise Unsure from None


def _text(value: str) -> str:
    return _TEXT_ESCAPES.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)


def _when(value: str, params: dict[str, str], default_zone: str) -> tuple[date | datetime, str | None]:
    """A DTSTART/DTEND value and the name of its zone (None for a date)."""
    found = _DATE.match(value)
    if found:
        return date(int(found[1]), int(found[2]), int(found[3])), None
    found = _DATE_TIME.match(value)
    if not found or params.get("VALUE", "DATE-TIME").upper() != "DATE-TIME":
        raise Unsure
    if found[7] and "TZID" in params:
        raise Unsure
    name = "UTC" if found[7] else params.get("TZID", default_zone)
    year, month, day, hour, minute, second = (int(found[i]) for i in range(1, 7))
    return datetime(year, month, day, hour, minute, second, tzinfo=_zone(name)), name


def _split(line: str) -> tuple[str, dict[str, str], str]:
    head, colon, value = line.partition(":")
    if not colon or '"' in head:
        raise Unsure
    name, *pairs = head.split(";")
    if not _NAME.fullmatch(name):
        raise Unsure
    params = {}
    for pair in pairs:
        key, equals, param = pair.partition("=")
        if not equals or not _NAME.fullmatch(key) or not param.isprintable() or "," in param:
            raise Unsure
        params[key.upper()] = param
    return name.upper(), params, value


def _check_other_property(stack: list[str], name: str, params: dict[str, str], value: str) -> None:
    """A property of the calendar or of a time zone that icalendar would parse strictly: checked here too."""
    if params and not (name == "REFRESH-INTERVAL" and params == {"VALUE": "DURATION"}):
        raise Unsure
    if name.startswith("X-") or name in CALENDAR_TEXT or (len(stack) > 1 and name in ZONE_TEXT):
        return
    if name == "REFRESH-INTERVAL" and len(stack) == 1 and _DURATION.fullmatch(value):
        return
    if name in ("TZOFFSETFROM", "TZOFFSETTO") and len(stack) == 3 and _OFFSET.fullmatch(value):
        return
    if name == "DTSTART" and len(stack) == 3 and isinstance(_when(value, params, "UTC")[0], datetime):
        return
    raise Unsure


def _categories(value: str) -> list[str]:
    parts = re.split(r"(?<!\\),", value)
    return [_text(part).strip() for part in parts if _text(part).strip()]


def _event(props: dict[str, tuple[dict[str, str], str]], categories: list[str], zone: str) -> RemoteEvent:
    if "DTSTART" not in props or "SUMMARY" not in props or "UID" not in props:
        raise Unsure
    start, start_zone = _when(props["DTSTART"][1], props["DTSTART"][0], zone)
    if "DTEND" in props:
        end = _when(props["DTEND"][1], props["DTEND"][0], start_zone or zone)[0]
    else:
        end = start if isinstance(start, datetime) else start + timedelta(days=1)
    if isinstance(start, datetime) != isinstance(end, datetime) or end < start:
        raise Unsure
    all_day = not isinstance(start, datetime)
    if all_day:
        end = end - timedelta(days=1) if end > start else start
    title = _text(props["SUMMARY"][1]).strip()
    uid = _text(props["UID"][1]).strip()
    if not title or not uid:
        raise Unsure
    sequence_text = props.get("SEQUENCE", ({}, "0"))[1].strip()
    if not re.fullmatch(r"[+-]?\d{1,9}", sequence_text):
        raise Unsure  # not a whole number, or perhaps beyond RFC 5545's range: icalendar says
    last_modified = None
    if "LAST-MODIFIED" in props:
        modified, modified_zone = _when(props["LAST-MODIFIED"][1], props["LAST-MODIFIED"][0], zone)
        if modified_zone != "UTC":
            raise Unsure
        last_modified = modified
    location = _text(props.get("LOCATION", ({}, ""))[1]).strip()
    return RemoteEvent(
        uid=uid,
        title=title,
        start=start,
        end=end,
        all_day=all_day,
        timezone=start_zone or zone,
        location=location,
        description=_text(props.get("DESCRIPTION", ({}, ""))[1]).strip(),
        url=props.get("URL", ({}, ""))[1].strip(),
        categories=categories,
        status=STATUS_MAP.get(_text(props.get("STATUS", ({}, "CONFIRMED"))[1]).strip().upper(), "confirmed"),
        sequence=int(sequence_text),
        last_modified=last_modified,  # type: ignore[arg-type]
        online=location.casefold().startswith(("http://", "https://")) or location.casefold() in ONLINE_WORDS,
    )


def read_plain_feed(text: str, default_zone: str) -> list[RemoteEvent] | None:
    """The events of a plain feed, or ``None`` when ``icalendar`` must read it."""
    if "\r" in text.replace("\r\n", "") or _ODD_CHARACTERS.search(text):
        return None  # line breaks other than CRLF and LF, control characters: icalendar splits lines its way
    lines = re.sub(r"\r?\n[ \t]", "", text).replace("\r\n", "\n").split("\n")
    events: list[RemoteEvent] = []
    seen: set[str] = set()
    stack: list[str] = []
    props: dict[str, tuple[dict[str, str], str]] = {}
    categories: list[str] = []
    zone_seen: set[str] = set()
    try:
        for line in lines:
            if not line.strip():
                continue
            name, params, value = _split(line)
            if name in FULL_READER_ONLY:
                return None
            if name == "BEGIN":
                stack.append(value.upper())
                if stack not in ALLOWED_NESTING:
                    return None  # alarms, to-dos, events inside events…: icalendar checks them
                props, categories, zone_seen = {}, [], set()
                continue
            if name == "END":
                if not stack or stack.pop() != value.upper():
                    return None
                if value.upper() == "VEVENT":
                    event = _event(props, categories, default_zone)
                    if event.uid in seen or len(event.uid) > MAX_UID or not event.uid.isprintable():
                        return None
                    seen.add(event.uid)
                    events.append(event)
                continue
            if stack != ["VCALENDAR", "VEVENT"]:
                _check_other_property(stack, name, params, value)
                if len(stack) > 1 and name in zone_seen:
                    return None  # twice in a time zone: icalendar may fail on it
                zone_seen.add(name)
                continue
            if name == "CATEGORIES":
                categories.extend(_categories(value))
                continue
            if name in props or not (name in TEXT_PROPERTIES or name in TIME_PROPERTIES or name.startswith("X-")):
                return None  # twice in one event, or a property whose syntax icalendar checks
            if name in ("DTSTAMP", "CREATED") and _when(value, params, default_zone)[1] != "UTC":
                return None
            props[name] = (params, value)
    except (Unsure, ValueError, OverflowError):
        return None
    return events if not stack else None
