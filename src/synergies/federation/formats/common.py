"""What the readers share: decoding, dates, the checks every event passes, and paging through JSON.

Each reader collects its problems (each naming the record and the field) and raises one ``FeedError``
with all of them at the end, so a partner sees every mistake of a feed at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from synergies.calendar.models import Event
from synergies.federation.formats.base import FeedError, RemoteEvent

#: Fetches one more page of a paged JSON feed (the safe fetcher, bound to the source's settings).
Follow = Callable[[str], bytes]
MAX_PAGES = 1000

EVENT_KINDS = frozenset(Event.Kind.values)
EVENT_STATUSES = frozenset(Event.Status.values)
ATTENDANCE_MODES = frozenset(Event.AttendanceMode.values)
DATE_PRECISIONS = frozenset(Event.DatePrecision.values)
_ODATA_V2_DATE = re.compile(r"^/Date\((-?\d+)([+-]\d{4})?\)/$")


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FeedError([f"the file is not UTF-8 text (byte {error.start})"]) from None


def load_json(data: bytes) -> Any:
    text = decode(data)
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise FeedError([f"the file is not JSON: {error}"]) from None


def known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return bool(name)


def parse_when(value: Any, zone: str) -> date | datetime:
    """An ISO 8601 date ("2030-03-10") or date-time ("2030-03-10T09:00:00+01:00", "…Z", compact
    "20300310T090000Z", OData v2 "/Date(ms)/"); date-times without an offset are read in ``zone``.

    Raises ``ValueError`` with a message fit for a partner.
    """
    if not isinstance(value, str) or not value.strip():
        raise ValueError("is empty" if value in (None, "") else f"is not a date ({value!r})")
    text = value.strip()
    odata = _ODATA_V2_DATE.match(text)
    if odata:
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=int(odata.group(1)))
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    compact = re.fullmatch(r"(\d{8})T(\d{6})(Z?)", text)
    if compact:
        day, clock, utc = compact.groups()
        text = f"{day[:4]}-{day[4:6]}-{day[6:]}T{clock[:2]}:{clock[2:4]}:{clock[4:]}{'+00:00' if utc else ''}"
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"is not an ISO 8601 date or date-time ({value!r})") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment


def zone_of(moment: datetime, fallback: str) -> str:
    """The IANA name of an aware date-time's zone, or ``fallback`` when it only carries an offset
    (then "UTC" for a zero offset)."""
    key = getattr(moment.tzinfo, "key", None)
    if key:
        return str(key)
    if moment.utcoffset() == timedelta(0):
        return "UTC"
    return fallback


#: Years a meeting may be in; beyond them a date is a typo, and date arithmetic would overflow.
FIRST_YEAR, LAST_YEAR = 1900, 2200
MAX_UID = 500


def check_span(
    label: str,
    start: date | datetime,
    end: date | datetime,
    problems: list[str],
    *,
    start_field: str = "start",
    end_field: str = "end",
) -> bool:
    """Both dates or both date-times, and the end not before the start; problems appended."""
    if isinstance(start, datetime) != isinstance(end, datetime):
        problems.append(f"{label}: {start_field} and {end_field} mix a date and a date-time")
        return False
    if end < start:
        problems.append(f"{label}: {end_field} ({end.isoformat()}) is before {start_field} ({start.isoformat()})")
        return False
    for name, value in ((start_field, start), (end_field, end)):
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            problems.append(
                f"{label}: {name} ({value.isoformat()}) is not between the years {FIRST_YEAR} and {LAST_YEAR}"
            )
            return False
    return True


def optional_moment(text: str, label: str, field: str, problems: list[str]) -> datetime | None:
    """An optional moment such as "updated" (read as UTC without an offset); a date alone is no moment."""
    if not text:
        return None
    try:
        moment = parse_when(text, "UTC")
    except ValueError as error:
        problems.append(f"{label}: {field} {error}")
        return None
    return moment if isinstance(moment, datetime) else None


#: SEQUENCE's range in RFC 5545 (and our database's integer).
SEQUENCE_RANGE = range(-(2**31), 2**31)


def check_choice(
    label: str, field: str, value: str, allowed: frozenset[str] | dict[str, str], problems: list[str]
) -> None:
    """An empty value, or one of ``allowed``."""
    if value and value not in allowed:
        problems.append(f"{label}: {field} “{value}” is not one of {', '.join(sorted(allowed))}")


def check_unique(label: str, uid: str, seen: set[str], problems: list[str], *, field: str = "UID") -> bool:
    if not uid:
        problems.append(f"{label}: {field} is missing, so later harvests could not recognise the event")
        return False
    if len(uid) > MAX_UID or not uid.isprintable():
        problems.append(f"{label}: {field} is longer than {MAX_UID} characters or holds control characters")
        return False
    if uid in seen:
        problems.append(f"{label}: the same {field} appears twice")
        return False
    seen.add(uid)
    return True


def finish(events: list[RemoteEvent], problems: list[str]) -> list[RemoteEvent]:
    if problems:
        raise FeedError(problems)
    return events


def text_of(value: Any) -> str:
    """A scalar as text ("" for null); lists and objects are not text."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str):
        return str(value).strip()
    raise ValueError(f"is not text ({type(value).__name__})")


def pages(first: Any, *, next_link: Callable[[Any], Any], follow: Follow | None) -> Iterator[tuple[int, Any]]:
    """The first decoded page, then each page its ``next`` link names (read with ``follow``), numbered
    from 1. A link seen twice, a link that is not text, or more than ``MAX_PAGES`` pages are refused."""
    page, number, seen = first, 1, set()
    while True:
        yield number, page
        link = next_link(page)
        if not link or follow is None:
            return
        if not isinstance(link, str) or not link.startswith(("http://", "https://")):
            raise FeedError([f"page {number}: the link to the next page is not an http(s) address ({link!r})"])
        if link in seen or number >= MAX_PAGES:
            raise FeedError(
                [
                    f"page {number}: the pages do not end (the next page {link} was already read or "
                    f"there are more than {MAX_PAGES})"
                ]
            )
        seen.add(link)
        page, number = load_json(follow(link)), number + 1
