"""Reading events from Atom and RSS feeds with ``feedparser``.

A news feed says when an entry was *published*, not when the meeting *is*; we never take one for the
other. Dates come from the entry's own event fields: the RSS event module
(``xmlns:ev="http://purl.org/rss/1.0/modules/event/"``: ``ev:startdate``, ``ev:enddate``,
``ev:location``, ``ev:type``) or xCal (``xmlns:xCal="urn:ietf:params:xml:ns:xcal"``: ``xCal:dtstart``,
``xCal:dtend``, ``xCal:location``), whatever prefix the feed declares. An entry without them is
refused as having no event dates. Problems name the entry (its id, or its position and title).
"""

from __future__ import annotations

from calendar import timegm
from datetime import UTC, date, datetime, timedelta
from html import unescape
from typing import Any
from xml.sax import SAXException

import feedparser
from django.utils.html import strip_tags

from synergies.federation.formats.base import FeedError, RemoteEvent
from synergies.federation.formats.common import (
    EVENT_KINDS,
    check_span,
    check_unique,
    finish,
    parse_when,
    zone_of,
)

START_NAMES = ("startdate", "dtstart")
END_NAMES = ("enddate", "dtend")
LOCATION_NAMES = ("location",)
TYPE_NAMES = ("type",)


def _extension(entry: Any, names: tuple[str, ...]) -> str:
    """The value of a namespaced element (feedparser names it ``prefix_name``) whatever the prefix."""
    for key, value in entry.items():
        prefix, _, name = key.partition("_")
        if prefix and name in names and isinstance(value, str):
            return value.strip()
    return ""


def _label(entry: Any, position: int) -> str:
    identifier = str(entry.get("id") or entry.get("link") or "").strip()
    if identifier:
        return f"entry {identifier}"
    title = str(entry.get("title", "")).strip()
    return f"entry #{position}" + (f" ({title[:60]})" if title else "")


def _text(html: str) -> str:
    return unescape(strip_tags(html.replace("<br>", "\n").replace("<br/>", "\n").replace("<br />", "\n"))).strip()


def _read_entry(entry: Any, label: str, default_zone: str, problems: list[str]) -> RemoteEvent | None:
    start_text, end_text = _extension(entry, START_NAMES), _extension(entry, END_NAMES)
    if not start_text:
        problems.append(
            f"{label}: has no event dates (no ev:startdate or xCal:dtstart; the publication date "
            "is not the meeting's date)"
        )
        return None
    try:
        start = parse_when(start_text, default_zone)
    except ValueError as error:
        problems.append(f"{label}: the start date {error}")
        return None
    try:
        end = parse_when(end_text, default_zone) if end_text else start
    except ValueError as error:
        problems.append(f"{label}: the end date {error}")
        return None
    all_day = not isinstance(start, datetime)
    if all_day and isinstance(end, date) and not isinstance(end, datetime) and _extension(entry, ("dtend",)):
        end = max(start, end - timedelta(days=1))  # xCal, like iCalendar, gives the day after the last
    if not check_span(label, start, end, problems, start_field="the start date", end_field="the end date"):
        return None
    title = str(entry.get("title", "")).strip()
    if not title:
        problems.append(f"{label}: the title is missing")
        return None
    updated = entry.get("updated_parsed") or entry.get("published_parsed")
    location = _extension(entry, LOCATION_NAMES)
    kind = _extension(entry, TYPE_NAMES).casefold()
    return RemoteEvent(
        uid=str(entry.get("id") or entry.get("link") or "").strip(),
        title=title,
        start=start,
        end=end,
        all_day=all_day,
        timezone=default_zone if all_day else zone_of(start, default_zone),  # type: ignore[arg-type]
        location=location,
        description=_text(str(entry.get("summary", ""))),
        url=str(entry.get("link", "")).strip(),
        categories=[str(tag.get("term", "")).strip() for tag in entry.get("tags", []) if tag.get("term")],
        last_modified=datetime.fromtimestamp(timegm(updated), UTC) if updated else None,
        online=location.casefold() in ("online", "virtual") or location.startswith(("http://", "https://")),
        kind=kind if kind in EVENT_KINDS else "",
    )


def parse_atom(data: bytes, *, default_timezone: str = "UTC") -> list[RemoteEvent]:
    try:  # feedparser reads the encoding the XML declares; it is forgiving, yet not for every input
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    except Exception as error:
        raise FeedError([f"the feed cannot be read: {error.__class__.__name__}"]) from None
    failure = parsed.get("bozo_exception")
    if isinstance(failure, SAXException):
        raise FeedError([f"the feed is not well-formed XML: {failure}"])
    if not parsed.get("version"):
        raise FeedError(["this is not an Atom or RSS feed"])
    problems: list[str] = []
    events: list[RemoteEvent] = []
    seen: set[str] = set()
    for position, entry in enumerate(parsed.entries, start=1):
        label = _label(entry, position)
        remote = _read_entry(entry, label, default_timezone, problems)
        if remote is not None and check_unique(label, remote.uid, seen, problems, field="id"):
            events.append(remote)
    return finish(events, problems)
