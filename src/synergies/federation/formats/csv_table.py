"""Reading events from a CSV table: at least the columns our own ``/events.csv`` writes, so it round-trips.

Header names are matched case-insensitively (spaces and hyphens count as underscores). Required:
``uid`` (or ``id``), ``title`` and ``start_date``. Known, optional: ``end_date``, ``start_time``,
``end_time``, ``timezone``, ``all_day``, ``dates_to_be_confirmed``, ``status``, ``kind``,
``attendance``, ``venue``, ``city``, ``country_code``, ``country``, ``location``, ``online_url``,
``instruments``, ``topics`` (or ``categories``), ``languages``, ``description``, ``website`` (or
``url``), ``registration_url``, ``event_page``, ``sequence``, ``last_modified``; other columns are
ignored. Lists are separated by ";". Commas, semicolons and tabs are recognised as separators.
Problems name the row (as a spreadsheet numbers it, the header being row 1), the UID and the column.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from synergies.federation.formats.base import FeedError, RemoteEvent
from synergies.federation.formats.common import (
    ATTENDANCE_MODES,
    EVENT_KINDS,
    EVENT_STATUSES,
    SEQUENCE_RANGE,
    check_choice,
    check_span,
    check_unique,
    decode,
    finish,
    known_zone,
    optional_moment,
    parse_when,
)

ALIASES = {
    "categories": "topics",
    "url": "website",
    "attendance_mode": "attendance",
    "name": "title",
    "summary": "title",
    "start": "start_date",
    "end": "end_date",
    "version": "sequence",
}
REQUIRED = ("uid", "title", "start_date")
TRUE, FALSE = ("true", "yes", "1", "y", "x"), ("false", "no", "0", "n", "")
#: Our exporter writes a "'" before cells that a spreadsheet would read as a formula; we take it off again.
FORMULA_PREFIXES = ("=", "+", "-", "@")


def _key(header: str) -> str:
    key = header.strip().casefold().replace(" ", "_").replace("-", "_")
    return ALIASES.get(key, key)


def _cell(value: str | None) -> str:
    value = (value or "").strip()
    if value.startswith("'") and value[1:2] in FORMULA_PREFIXES:
        return value[1:]
    return value


def _flag(row: dict[str, str], name: str, label: str, problems: list[str]) -> bool | None:
    value = row.get(name, "").casefold()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    problems.append(f"{label}: column {name} is “{row[name]}”, not true or false")
    return None


def _list(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text.partition("\n")[0], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _read_row(row: dict[str, str], label: str, default_zone: str, problems: list[str]) -> RemoteEvent | None:
    before = len(problems)
    zone = row.get("timezone") or default_zone
    if not known_zone(zone):
        problems.append(f"{label}: column timezone “{zone}” is not a known time zone")
        return None
    days: list[date] = []
    for name in ("start_date", "end_date"):
        raw = row.get(name) or row.get("start_date", "")
        try:
            value = parse_when(raw, zone)
        except ValueError as error:
            problems.append(f"{label}: column {name} {error}")
            return None
        days.append(value.date() if isinstance(value, datetime) else value)
    times: list[time | None] = []
    for name in ("start_time", "end_time"):
        raw = row.get(name, "")
        try:
            times.append(time.fromisoformat(raw) if raw else None)
        except ValueError:
            problems.append(f"{label}: column {name} is not a time such as 09:30 (“{raw}”)")
            return None
    all_day = _flag(row, "all_day", label, problems) if "all_day" in row else times[0] is None
    to_be_confirmed = _flag(row, "dates_to_be_confirmed", label, problems)
    if all_day is None or to_be_confirmed is None:
        return None
    start: date | datetime = days[0]
    end: date | datetime = days[1]
    if not all_day:
        if times[0] is None:
            problems.append(f"{label}: column start_time is empty although all_day is false")
            return None
        start = datetime.combine(days[0], times[0], ZoneInfo(zone))
        end = datetime.combine(days[1], times[1] or times[0], ZoneInfo(zone))
    if not check_span(label, start, end, problems, start_field="start", end_field="end"):
        return None
    status, kind, mode = (row.get(name, "").casefold() for name in ("status", "kind", "attendance"))
    for column, given, allowed in (
        ("status", status, EVENT_STATUSES),
        ("kind", kind, EVENT_KINDS),
        ("attendance", mode, ATTENDANCE_MODES),
    ):
        check_choice(label, f"column {column}", given, allowed, problems)
    try:
        sequence = int(row.get("sequence") or 0)
        if sequence not in SEQUENCE_RANGE:
            raise ValueError
    except ValueError:
        problems.append(f"{label}: column sequence is not a whole number from 0 to 2147483647 (“{row['sequence']}”)")
    last_modified = optional_moment(row.get("last_modified", ""), label, "column last_modified", problems)
    if not row.get("title"):
        problems.append(f"{label}: column title is empty")
    if len(problems) > before:
        return None
    location = row.get("location", "")
    return RemoteEvent(
        uid=row["uid"],
        title=row["title"],
        start=start,
        end=end,
        all_day=all_day,
        timezone=zone,
        location=location,
        description=row.get("description", ""),
        url=row.get("event_page") or row.get("website", ""),
        website=row.get("website", ""),
        categories=_list(row.get("topics", "")),
        status=status or "confirmed",
        sequence=sequence,
        last_modified=last_modified,
        online=mode == "online" or location.casefold() in ("online", "virtual"),
        venue=row.get("venue", ""),
        city=row.get("city", ""),
        country_code=row.get("country_code") or row.get("country", ""),
        attendance_mode=mode,
        online_url=row.get("online_url", ""),
        registration_url=row.get("registration_url", ""),
        kind=kind,
        date_precision="month" if to_be_confirmed else "",
        instruments=_list(row.get("instruments", "")),
        languages=_list(row.get("languages", "")),
    )


def parse_csv(data: bytes, *, default_timezone: str = "UTC") -> list[RemoteEvent]:
    text = decode(data)
    if not text.strip():
        raise FeedError(["the CSV file is empty"])
    try:
        reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
        rows = list(reader)
    except csv.Error as error:
        raise FeedError([f"line {reader.line_num}: the CSV cannot be read ({error})"]) from None
    header = [_key(name) for name in rows[0]]
    if "uid" not in header and "id" in header:
        header[header.index("id")] = "uid"  # a table without UIDs: its ids identify the events
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise FeedError([f"the header row has no column {', '.join(missing)} (it has: {', '.join(rows[0])[:200]})"])
    problems: list[str] = []
    events: list[RemoteEvent] = []
    seen: set[str] = set()
    for number, values in enumerate(rows[1:], start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) > len(header):
            problems.append(f"row {number}: has {len(values)} cells but the header names {len(header)} columns")
            continue
        row: dict[str, str] = {}
        for name, value in zip(header, values, strict=False):
            row.setdefault(name, _cell(value))
        label = f"row {number}" + (f" (UID {row['uid']})" if row.get("uid") else "")
        if not check_unique(label, row.get("uid", ""), seen, problems, field="column uid"):
            continue
        remote = _read_row(row, label, default_timezone, problems)
        if remote is not None:
            events.append(remote)
    return finish(events, problems)
