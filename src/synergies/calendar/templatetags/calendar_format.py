"""How the calendar writes dates, times and structured data, in every page that shows an event.

``{% load calendar_format %}`` then ``{{ event|event_dates }}`` ("4–15 May 2015"),
``{{ event|event_when }}``
(the days and, for timed events, "09:00–17:00 Europe/Zurich (CEST)"),
``{{ data|json_ld }}`` (a schema.org ``<script type="application/ld+json">`` block).

Date ranges follow the UN's style (day month year, one month or year written once when shared);
each pattern is a translatable string, so a language can reorder the parts.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.dates import MONTHS, MONTHS_ALT
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from synergies.calendar.models import Event

register = template.Library()

# Characters that could end a <script> element or open an HTML comment inside it; escaped as in
# Django's json_script, so any text (an event title with "</script>") stays data.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _day_month(day: date) -> dict[str, Any]:
    # MONTHS_ALT is the form a month takes after a day number ("4 мая"); MONTHS stands alone.
    return {"day": day.day, "month": MONTHS_ALT[day.month], "year": day.year}


def format_day(day: date) -> str:
    """ "4 May 2015"."""
    return _("%(day)s %(month)s %(year)s") % _day_month(day)


def format_date_range(start: date, end: date) -> str:
    """ "4 May 2015", "4–15 May 2015", "30 April – 2 May 2015", "28 December 2014 – 3 January 2015"."""
    if start == end:
        return format_day(start)
    if (start.year, start.month) == (end.year, end.month):
        return _("%(start_day)s–%(end_day)s %(month)s %(year)s") % {
            "start_day": start.day,
            "end_day": end.day,
            "month": MONTHS_ALT[start.month],
            "year": start.year,
        }
    if start.year == end.year:
        return _("%(start_day)s %(start_month)s – %(end_day)s %(end_month)s %(year)s") % {
            "start_day": start.day,
            "start_month": MONTHS_ALT[start.month],
            "end_day": end.day,
            "end_month": MONTHS_ALT[end.month],
            "year": start.year,
        }
    return _("%(start)s – %(end)s") % {"start": format_day(start), "end": format_day(end)}


def format_month(day: date) -> str:
    """ "May 2015"."""
    return _("%(month)s %(year)s") % {"month": MONTHS[day.month], "year": day.year}


def format_month_range(start: date, end: date) -> str:
    """ "March 2015", "March–April 2015", "December 2014 – January 2015"."""
    if (start.year, start.month) == (end.year, end.month):
        return format_month(start)
    if start.year == end.year:
        return _("%(start_month)s–%(end_month)s %(year)s") % {
            "start_month": MONTHS[start.month],
            "end_month": MONTHS[end.month],
            "year": start.year,
        }
    return _("%(start)s – %(end)s") % {"start": format_month(start), "end": format_month(end)}


def _zone_label(moment: datetime, zone_name: str, other: datetime | None = None) -> str:
    """ "Europe/Zurich (CEST)"; both abbreviations when a clock change falls inside the event."""
    abbreviations = list(dict.fromkeys(name for name in (moment.tzname(), other and other.tzname()) if name))
    shown = [name for name in abbreviations if name != zone_name]
    if not shown:
        return zone_name
    return f"{zone_name} ({'/'.join(shown)})"


def format_times(event: Event) -> str:
    """The times of a timed event in its venue's zone, named: "09:00–17:00 Europe/Zurich (CEST)".

    An event over several days gives the day with each time: "4 May 2015 09:00 – 6 May 2015 13:00 ...".
    """
    start, end = event.local_start, event.local_end
    if event.all_day or start is None or end is None:
        return ""
    zone = _zone_label(start, event.timezone, end)
    if start.date() == end.date() or event.start_date == event.end_date:
        times = _("%(start)s–%(end)s") % {"start": start.strftime("%H:%M"), "end": end.strftime("%H:%M")}
    else:
        times = _("%(start)s – %(end)s") % {
            "start": f"{format_day(start.date())} {start.strftime('%H:%M')}",
            "end": f"{format_day(end.date())} {end.strftime('%H:%M')}",
        }
    return f"{times} {zone}"


@register.filter
def event_dates(event: Event) -> str:
    """The days of an event: "4–15 May 2015", or "March–April 2015" when only the months are known."""
    if event.date_precision == Event.DatePrecision.MONTH:
        return format_month_range(event.start_date, event.end_date)
    return format_date_range(event.start_date, event.end_date)


@register.filter
def event_clock(event: Event) -> str:
    """ "09:00 CEST": the start with the zone's short name, where space is short (the month grid)."""
    start = event.local_start
    if event.all_day or start is None:
        return ""
    return f"{start.strftime('%H:%M')} {start.tzname() or event.timezone}"


@register.filter
def event_when(event: Event) -> str:
    """Dates and, for a timed event, the times with the zone: everything a reader needs on one line."""
    if event.all_day or event.date_precision == Event.DatePrecision.MONTH:
        return event_dates(event)
    if event.start_date == event.end_date:
        return f"{format_day(event.start_date)}, {format_times(event)}"
    return format_times(event)


@register.filter
def iso_start(event: Event) -> str:
    """The machine-readable start for a ``<time datetime>`` attribute."""
    if event.date_precision == Event.DatePrecision.MONTH:
        return event.start_date.strftime("%Y-%m")
    local = event.local_start
    return local.isoformat() if local is not None and not event.all_day else event.start_date.isoformat()


@register.filter
def month_label(day: date) -> str:
    return format_month(day)


@register.filter
def day_label(day: date) -> str:
    return format_day(day)


@register.filter
def event_place(event: Event) -> str:
    """Where, in one line: "CICG, Geneva, Switzerland", "Online", "Nairobi, Kenya and online"."""
    if event.attendance_mode == Event.AttendanceMode.ONLINE:
        return _("Online")
    place = event.place
    if event.attendance_mode == Event.AttendanceMode.HYBRID:
        return _("%(place)s and online") % {"place": place} if place else _("In person and online")
    return place


_BADGES = {
    Event.Status.CANCELLED: ("badge-cancelled", _lazy("Cancelled")),
    Event.Status.POSTPONED: ("badge-postponed", _lazy("Postponed")),
    Event.Status.PLANNED: ("badge-planned", _lazy("Planned, not yet confirmed")),
}


@register.filter
def event_badges(event: Event) -> SafeString:
    """The status (unless simply confirmed) and "Internal", in words: colour is never the only sign."""
    parts = []
    if event.status in _BADGES:
        css, label = _BADGES[event.status]  # type: ignore[index]
        parts.append(format_html('<span class="badge {}">{}</span>', css, label))
    if event.visibility == Event.Visibility.INTERNAL:
        parts.append(format_html('<span class="badge badge-internal">{}</span>', _("Internal")))
    return mark_safe(" ".join(parts))  # noqa: S308 - each part is built by format_html


@register.filter
def json_ld(data: Any) -> SafeString:
    """A schema.org data block. It is data, not a script, so a strict CSP leaves it alone."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
