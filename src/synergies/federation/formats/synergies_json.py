"""Reading another Synergies instance's JSON API (``/api/v1/events``), page after page.

The contract (docs/federation.md): ``{"count", "page", "page_size", "next", "previous", "items": [Event]}``;
each Event carries ``uid``, ``version``, ``url``, ``title``, the dates (``start_date``/``end_date`` for
all-day events, ``start_at``/``end_at`` with ``timezone`` otherwise), the place, the vocabularies by
key and ``updated``. ``next`` is followed with the safe fetcher until it is null.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from synergies.federation.formats.base import FeedError, RemoteEvent
from synergies.federation.formats.common import (
    ATTENDANCE_MODES,
    DATE_PRECISIONS,
    EVENT_KINDS,
    EVENT_STATUSES,
    SEQUENCE_RANGE,
    Follow,
    check_choice,
    check_span,
    check_unique,
    finish,
    known_zone,
    load_json,
    optional_moment,
    pages,
    parse_when,
    text_of,
)


def _label(item: dict[str, Any], page: int, position: int) -> str:
    uid = item.get("uid")
    if isinstance(uid, str) and uid.strip():
        return f"event UID {uid.strip()}"
    return f"event #{position} of page {page}" + (f" (id {item['id']})" if "id" in item else "")


def _strings(item: dict[str, Any], name: str) -> list[str]:
    value = item.get(name) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{name} is not a list of texts")
    return [v.strip() for v in value if v.strip()]


def _links(item: dict[str, Any]) -> list[tuple[str, str, str]]:
    value = item.get("links") or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError("links is not a list of objects")
    links = [(text_of(v.get("kind")), text_of(v.get("title")), text_of(v.get("url"))) for v in value]
    return [link for link in links if link[2].startswith(("http://", "https://"))]


def _dates(
    item: dict[str, Any], label: str, default_zone: str, problems: list[str]
) -> tuple[date | datetime, date | datetime, bool, str] | None:
    all_day = item.get("all_day", True)
    if not isinstance(all_day, bool):
        problems.append(f"{label}: all_day is not true or false")
        return None
    zone = text_of(item.get("timezone")) or default_zone
    if not known_zone(zone):
        problems.append(f"{label}: timezone “{zone}” is not a known time zone")
        return None
    fields = ("start_date", "end_date") if all_day else ("start_at", "end_at")
    values: list[date | datetime] = []
    for name in fields:
        raw = item.get(name)
        if name == fields[1] and raw in (None, ""):
            raw = item.get(fields[0])  # no end: the event ends when (or the day) it starts
        try:
            value = parse_when(raw, zone)
        except ValueError as error:
            problems.append(f"{label}: {name} {error}")
            return None
        if (all_day and isinstance(value, datetime)) or (not all_day and not isinstance(value, datetime)):
            kind = "a date" if all_day else "a date-time"
            problems.append(f"{label}: {name} is not {kind} although all_day is {str(all_day).lower()}")
            return None
        values.append(value)
    start, end = values
    if not check_span(label, start, end, problems, start_field=fields[0], end_field=fields[1]):
        return None
    return start, end, all_day, zone


def _read_item(item: Any, label: str, default_zone: str, problems: list[str]) -> RemoteEvent | None:
    if not isinstance(item, dict):
        problems.append(f"{label}: is not an object")
        return None
    before = len(problems)
    try:
        title = text_of(item.get("title"))
        chosen = {
            name: text_of(item.get(name)).lower() for name in ("kind", "status", "attendance_mode", "date_precision")
        }
        texts = {
            name: text_of(item.get(name))
            for name in (
                "description",
                "url",
                "website",
                "venue",
                "city",
                "country",
                "online_url",
                "registration_url",
                "updated",
            )
        }
        sequence = item.get("version", 0)
        lists = {name: _strings(item, name) for name in ("instruments", "topics", "languages")}
        links = _links(item)
    except ValueError as error:
        problems.append(f"{label}: {error}")
        return None
    if not title:
        problems.append(f"{label}: title is missing")
    for name, allowed in (
        ("kind", EVENT_KINDS),
        ("status", EVENT_STATUSES),
        ("attendance_mode", ATTENDANCE_MODES),
        ("date_precision", DATE_PRECISIONS),
    ):
        check_choice(label, name, chosen[name], allowed, problems)
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence not in SEQUENCE_RANGE:
        problems.append(f"{label}: version is not a whole number from 0 to 2147483647")
    updated = optional_moment(texts["updated"], label, "updated", problems)
    span = _dates(item, label, default_zone, problems)
    if span is None or len(problems) > before:
        return None
    start, end, all_day, zone = span
    mode = chosen["attendance_mode"]
    return RemoteEvent(
        uid=text_of(item.get("uid")),
        title=title,
        start=start,
        end=end,
        all_day=all_day,
        timezone=zone,
        description=texts["description"],
        url=texts["url"],
        website=texts["website"],
        categories=lists["topics"],
        status=chosen["status"] or "confirmed",
        sequence=sequence,
        last_modified=updated,
        online=mode == "online",
        venue=texts["venue"],
        city=texts["city"],
        country_code=texts["country"],
        attendance_mode=mode,
        online_url=texts["online_url"],
        registration_url=texts["registration_url"],
        kind=chosen["kind"],
        date_precision=chosen["date_precision"],
        instruments=lists["instruments"],
        languages=lists["languages"],
        links=links,
    )


def parse_synergies_json(
    data: bytes, *, default_timezone: str = "UTC", follow: Follow | None = None
) -> list[RemoteEvent]:
    """Every event of every page; ``follow`` fetches the ``next`` pages (without it, the first page only)."""
    first = load_json(data)

    def next_link(page: Any) -> Any:
        return page.get("next") if isinstance(page, dict) else None

    problems: list[str] = []
    events: list[RemoteEvent] = []
    seen: set[str] = set()
    for number, page in pages(first, next_link=next_link, follow=follow):
        if not isinstance(page, dict) or not isinstance(page.get("items"), list):
            raise FeedError([f'page {number}: this is not a Synergies event list (no "items" list)'])
        for position, item in enumerate(page["items"], start=1):
            label = _label(item, number, position) if isinstance(item, dict) else f"event #{position} of page {number}"
            remote = _read_item(item, label, default_timezone, problems)
            if remote is not None and check_unique(label, remote.uid, seen, problems, field="uid"):
                events.append(remote)
    return finish(events, problems)
