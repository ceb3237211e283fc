"""The iCalendar feed (RFC 5545 and RFC 7986).

See docs/feeds.md for what subscribers get and docs/decisions/0201-ics-writer.md for why VEVENT lines
are written here rather than by building an ``icalendar.Event`` per event (ten thousand events must
render in well under a second).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from django.conf import settings
from icalendar import Calendar, Timezone
from icalendar.parser import Contentline
from icalendar.prop import vDuration

from synergies.calendar import wording
from synergies.calendar.exporters.base import EventExporter, FeedEvent, Labels, day_span
from synergies.calendar.models import Event
from synergies.core.exporting import ExportContext
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
            parts.append(wording.when(event))  # DTSTART cannot say that only the months are known
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
