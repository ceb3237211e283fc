"""Reading a convention's InforMEA meetings service (OData, JSON) — and the vocabulary both ways.

A meeting record has: ``id``, ``treaty``, ``url``, ``title`` and ``description`` per language
(``{"en": "...", "fr": "..."}``; a plain text is read as English), ``start``, ``end``, ``kind``
(official / partner / interest), ``type`` (cop, workshop…), ``access`` (public / invitation),
``status`` (tentative / confirmed / postponed / cancelled / nodate / over), ``location``, ``city``,
``country`` (ISO), ``latitude``, ``longitude``, ``updated``. OData v4 (``{"value": [...],
"@odata.nextLink": ...}``) and v2 (``{"d": {"results": [...], "__next": ...}}``, dates as
``/Date(ms)/``) are accepted; next links are followed with the safe fetcher.

Dates: a date ("2030-03-10") is a day; a date-time with an offset is a moment. InforMEA itself
publishes day-long meetings as local midnights without an offset ("2030-03-10T00:00:00"): a start
and end both at such midnights are read as days, the end inclusive.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from synergies.calendar.models import Event
from synergies.federation.formats.base import FeedError, RemoteEvent
from synergies.federation.formats.common import (
    EVENT_KINDS,
    Follow,
    check_choice,
    check_span,
    check_unique,
    finish,
    load_json,
    optional_moment,
    pages,
    parse_when,
    text_of,
    zone_of,
)

#: Our status -> InforMEA's; events whose dates are not fixed yet are InforMEA's "nodate".
STATUS_OUT: dict[str, str] = {
    Event.Status.PLANNED: "tentative",
    Event.Status.CONFIRMED: "confirmed",
    Event.Status.POSTPONED: "postponed",
    Event.Status.CANCELLED: "cancelled",
}
STATUS_IN = {value: key for key, value in STATUS_OUT.items()} | {"nodate": "planned", "over": "confirmed"}
#: InforMEA's kind: meetings of the treaties' bodies are official, partnerships' are partner, the rest interest.
OFFICIAL_KINDS = frozenset(
    {
        Event.Kind.COP,
        Event.Kind.INC,
        Event.Kind.ICCM,
        Event.Kind.ASSEMBLY,
        Event.Kind.OEWG,
        Event.Kind.SUBSIDIARY,
        Event.Kind.EXPERT_GROUP,
        Event.Kind.BUREAU,
        Event.Kind.REGIONAL_PREPARATORY,
    }
)
ONLINE_WORDS = ("online", "virtual")
DEFAULT_LANGUAGE = "en"


def informea_kind(kind: str) -> str:
    if kind in OFFICIAL_KINDS:
        return "official"
    return "partner" if kind == Event.Kind.PARTNERSHIP_MEETING else "interest"


def _in_language(value: Any, name: str) -> str:
    """English when given, else the first language given; a plain text is taken as it is."""
    if isinstance(value, dict):
        texts = {str(key).casefold(): text_of(text) for key, text in value.items()}
        return texts.get(DEFAULT_LANGUAGE) or next((text for text in texts.values() if text), "")
    try:
        return text_of(value)
    except ValueError:
        raise ValueError(f"{name} is neither a text nor texts per language") from None


def _is_floating_midnight(text: Any, value: date | datetime) -> bool:
    return (
        isinstance(value, datetime)
        and isinstance(text, str)
        and "T" in text
        and value.time() == time(0)
        and not (text.endswith("Z") or "+" in text[10:] or "-" in text[10:] or text.startswith("/Date("))
    )


def _dates(
    record: dict[str, Any], label: str, zone: str, problems: list[str]
) -> tuple[date | datetime, date | datetime, bool] | None:
    raw_start = record.get("start")
    raw_end = record.get("end") if record.get("end") not in (None, "") else raw_start
    values: list[date | datetime] = []
    for name, raw in (("start", raw_start), ("end", raw_end)):
        try:
            values.append(parse_when(raw, zone))
        except ValueError as error:
            problems.append(f"{label}: {name} {error}")
            return None
    start, end = values
    if _is_floating_midnight(raw_start, start) and _is_floating_midnight(raw_end, end):
        assert isinstance(start, datetime) and isinstance(end, datetime)
        start, end = start.date(), end.date()
    if not check_span(label, start, end, problems):
        return None
    return start, end, not isinstance(start, datetime)


def _read_record(record: Any, label: str, default_zone: str, problems: list[str]) -> RemoteEvent | None:
    if not isinstance(record, dict):
        problems.append(f"{label}: is not an object")
        return None
    before = len(problems)
    try:
        title = _in_language(record.get("title"), "title")
        description = _in_language(record.get("description"), "description")
        texts = {
            name: text_of(record.get(name))
            for name in ("url", "type", "status", "location", "city", "country", "updated")
        }
        treaty = record.get("treaty")
        treaties = [text_of(t) for t in treaty] if isinstance(treaty, list) else [text_of(treaty)]
    except ValueError as error:
        problems.append(f"{label}: {error}")
        return None
    if not title:
        problems.append(f"{label}: title is missing")
    status = texts["status"].casefold()
    check_choice(label, "status", status, STATUS_IN, problems)
    updated = optional_moment(texts["updated"], label, "updated", problems)
    span = _dates(record, label, default_zone, problems)
    if span is None or len(problems) > before:
        return None
    start, end, all_day = span
    location, kind = texts["location"], texts["type"].casefold()
    online = location.casefold() in ONLINE_WORDS or location.startswith(("http://", "https://"))
    return RemoteEvent(
        uid=text_of(record.get("id")),
        title=title,
        start=start,
        end=end,
        all_day=all_day,
        timezone=default_zone if all_day else zone_of(start, default_zone),  # type: ignore[arg-type]
        description=description,
        url=texts["url"],
        status=STATUS_IN.get(status, "confirmed"),
        last_modified=updated,
        online=online,
        venue="" if online else location,
        city=texts["city"],
        country_code=texts["country"],
        online_url=location if location.startswith(("http://", "https://")) else "",
        attendance_mode="online" if online else "",
        kind=kind if kind in EVENT_KINDS else "",
        date_precision="month" if status == "nodate" else "",
        instruments=[t.casefold() for t in treaties if t],
    )


def _records(page: Any, number: int) -> list[Any]:
    if isinstance(page, dict) and isinstance(page.get("value"), list):
        return page["value"]
    inner = page.get("d") if isinstance(page, dict) else None
    if isinstance(inner, dict) and isinstance(inner.get("results"), list):
        return inner["results"]
    if isinstance(inner, list):
        return inner
    raise FeedError([f'page {number}: this is not an OData answer (no "value" list, nor "d" with "results")'])


def _next_link(page: Any) -> Any:
    if not isinstance(page, dict):
        return None
    inner = page.get("d")
    if isinstance(inner, dict) and inner.get("__next"):
        return inner["__next"]
    return page.get("@odata.nextLink") or page.get("odata.nextLink")


def parse_informea(data: bytes, *, default_timezone: str = "UTC", follow: Follow | None = None) -> list[RemoteEvent]:
    first = load_json(data)
    problems: list[str] = []
    events: list[RemoteEvent] = []
    seen: set[str] = set()
    for number, page in pages(first, next_link=_next_link, follow=follow):
        for position, record in enumerate(_records(page, number), start=1):
            identifier = record.get("id") if isinstance(record, dict) else None
            label = (
                f"meeting id {identifier}" if identifier not in (None, "") else f"meeting #{position} of page {number}"
            )
            remote = _read_record(record, label, default_timezone, problems)
            if remote is not None and check_unique(label, remote.uid, seen, problems, field="id"):
                events.append(remote)
    return finish(events, problems)
