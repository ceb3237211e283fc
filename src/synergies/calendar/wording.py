"""How an event's dates, times, place and organizers are written, in one place for every output.

Pages (``templatetags.calendar_format``), the feeds and tables (``exporters``), the periodic list's
Word document, e-mail and pages (``upcoming.rendering``), the digests and the API's ``display`` fields
all call these functions, so they never disagree. Decision 0420 records the wording chosen where the
copies used to differ.

The functions are pure: they read an event's plain attributes (a model instance or the exporters'
``FeedEvent`` alike, see :class:`Dated` and :class:`Placed`), never the database, and return text
in the active language. Each pattern is a translatable string, so a language can reorder its parts.

- ``day``, ``day_month``, ``month``: "4 May 2015", "4 May", "May 2015".
- ``date_range``, ``month_range``: "4–15 May 2015", "30 April – 2 May 2015", "March–April 2015".
- ``dates(event)``: the days (or the months when only they are known), nothing else.
- ``time_with_zone(event)``: "09:00–17:00 Europe/Zurich (CEST)"; ``clock(event)``: "09:00 CEST".
- ``when(event)``: everything about the time on one line — "4 May 2015, 09:00–17:00 Europe/Zurich
  (CEST)", "4–15 May 2015 (all day, Europe/Zurich)", "March 2015 (dates to be confirmed)".
- ``place(event)``: "CICG, Geneva, Switzerland", "Online", "CICG, Geneva, Switzerland, and online".
- ``organizer_list(organizers)``: "UN Environment Programme (UNEP); Minamata Convention (MC),
  co-organizer", or with ``short=True`` "UNEP, MC".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import NamedTuple, Protocol
from zoneinfo import ZoneInfo

from django.utils.dates import MONTHS, MONTHS_ALT
from django.utils.translation import gettext as _

from synergies.calendar.models import Event, EventOrganizer

__all__ = [
    "Dated",
    "Organizer",
    "Placed",
    "clock",
    "date_range",
    "dates",
    "day",
    "day_month",
    "links_in_order",
    "local_times",
    "month",
    "month_range",
    "organizer_list",
    "organizers_of",
    "place",
    "time_with_zone",
    "when",
    "zone_label",
]


class Dated(Protocol):
    """What the date functions read: ``Event`` and the exporters' ``FeedEvent`` both have it."""

    @property
    def all_day(self) -> bool: ...
    @property
    def date_precision(self) -> str: ...
    @property
    def start_date(self) -> date: ...
    @property
    def end_date(self) -> date: ...
    @property
    def start_at(self) -> datetime | None: ...
    @property
    def end_at(self) -> datetime | None: ...
    @property
    def timezone(self) -> str: ...


class Placed(Protocol):
    """What ``place`` reads: how people attend and the venue, city and country in one line."""

    @property
    def attendance_mode(self) -> str: ...
    @property
    def place(self) -> str: ...


class Organizer(NamedTuple):
    """One organizer as the wording needs it: acronym, full name and role (``EventOrganizer.Role``)."""

    acronym: str
    name: str
    role: str


# --- Days and months ----------------------------------------------------------------------------------


def day(value: date) -> str:
    """ "4 May 2015". (``MONTHS_ALT`` is the form a month takes after a day number: "4 мая".)"""
    return _("%(day)s %(month)s %(year)s") % {"day": value.day, "month": MONTHS_ALT[value.month], "year": value.year}


def day_month(value: date) -> str:
    """ "4 May": a day whose year the sentence already gives."""
    return _("%(day)s %(month)s") % {"day": value.day, "month": MONTHS_ALT[value.month]}


def month(value: date) -> str:
    """ "May 2015"."""
    return _("%(month)s %(year)s") % {"month": MONTHS[value.month], "year": value.year}


def date_range(start: date, end: date) -> str:
    """Days in the UN's style, a shared month or year written once.

    "4 May 2015", "4–15 May 2015", "30 April – 2 May 2015", "28 December 2014 – 3 January 2015".
    """
    if start == end:
        return day(start)
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
    return _("%(start)s – %(end)s") % {"start": day(start), "end": day(end)}


def month_range(start: date, end: date) -> str:
    """ "March 2015", "March–April 2015", "December 2014 – January 2015"."""
    if (start.year, start.month) == (end.year, end.month):
        return month(start)
    if start.year == end.year:
        return _("%(start_month)s–%(end_month)s %(year)s") % {
            "start_month": MONTHS[start.month],
            "end_month": MONTHS[end.month],
            "year": start.year,
        }
    return _("%(start)s – %(end)s") % {"start": month(start), "end": month(end)}


def dates(event: Dated) -> str:
    """The days of an event, "4–15 May 2015", or its months, "March–April 2015", when only they are known."""
    if event.date_precision == Event.DatePrecision.MONTH:
        return month_range(event.start_date, event.end_date)
    return date_range(event.start_date, event.end_date)


# --- Times with their zone --------------------------------------------------------------------------------


def local_times(event: Dated) -> tuple[datetime, datetime] | None:
    """Start and end in the venue's zone, or ``None`` for an event without times (all day, month only)."""
    if event.all_day or event.date_precision == Event.DatePrecision.MONTH or not event.start_at or not event.end_at:
        return None
    zone = ZoneInfo(event.timezone)
    return event.start_at.astimezone(zone), event.end_at.astimezone(zone)


def zone_label(moment: datetime, zone_name: str, other: datetime | None = None) -> str:
    """ "Europe/Zurich (CEST)"; both short names when the clocks change during the event ("CET/CEST");
    the IANA name alone when it has no other name ("UTC")."""
    names = list(dict.fromkeys(name for name in (moment.tzname(), other and other.tzname()) if name))
    shown = [name for name in names if name != zone_name]
    if not shown:
        return zone_name
    return f"{zone_name} ({'/'.join(shown)})"


def time_with_zone(event: Dated) -> str:
    """The times of a timed event in its venue's zone, named: "09:00–17:00 Europe/Zurich (CEST)".

    Over several days each time has its day: "4 May 2015 09:00 – 6 May 2015 13:00 Europe/Zurich (CEST)".
    Empty for an event without times.
    """
    times = local_times(event)
    if times is None:
        return ""
    start, end = times
    zone = zone_label(start, event.timezone, end)
    if start.date() == end.date() or event.start_date == event.end_date:
        text = _("%(start)s–%(end)s") % {"start": f"{start:%H:%M}", "end": f"{end:%H:%M}"}
    else:
        text = _("%(start)s – %(end)s") % {
            "start": f"{day(start.date())} {start:%H:%M}",
            "end": f"{day(end.date())} {end:%H:%M}",
        }
    return f"{text} {zone}"


def clock(event: Dated) -> str:
    """ "09:00 CEST": the start with the zone's short name, where space is short (the month grid)."""
    times = local_times(event)
    if times is None:
        return ""
    start = times[0]
    return f"{start:%H:%M} {start.tzname() or event.timezone}"


def when(event: Dated) -> str:
    """Everything about an event's time on one line, always with the zone its days or times are in.

    - timed, one day: "4 May 2015, 09:00–17:00 Europe/Zurich (CEST)";
    - timed, several days: "4 May 2015 09:00 – 6 May 2015 13:00 Europe/Zurich (CEST)";
    - all day: "4–15 May 2015 (all day, Europe/Zurich)";
    - months only: "March–April 2015 (dates to be confirmed)".
    """
    if event.date_precision == Event.DatePrecision.MONTH:
        return _("%(months)s (dates to be confirmed)") % {"months": dates(event)}
    times = time_with_zone(event)
    if not times:
        return _("%(dates)s (all day, %(zone)s)") % {"dates": dates(event), "zone": event.timezone}
    if event.start_date == event.end_date:
        return _("%(day)s, %(times)s") % {"day": day(event.start_date), "times": times}
    return times


# --- Place ---------------------------------------------------------------------------------------------


def place(event: Placed) -> str:
    """Where, in one line; empty when an in-person event's place is not known yet.

    "CICG, Geneva, Switzerland", "Online", "CICG, Geneva, Switzerland, and online" (the comma closes
    the address, as in running text; see decision 0420), "In person and online" (hybrid, no place yet).
    """
    if event.attendance_mode == Event.AttendanceMode.ONLINE:
        return _("Online")
    where = event.place
    if event.attendance_mode == Event.AttendanceMode.HYBRID:
        return _("%(place)s, and online") % {"place": where} if where else _("In person and online")
    return where


# --- Organizers --------------------------------------------------------------------------------------


def links_in_order(event: Event) -> list[EventOrganizer]:
    """An event's (prefetched) ``event_organizers``: lead organizers first, each in their recorded order."""
    return sorted(event.event_organizers.all(), key=lambda link: (link.role != EventOrganizer.Role.LEAD, link.position))


def organizers_of(links: Iterable[EventOrganizer]) -> list[Organizer]:
    """``EventOrganizer`` links as the plain :class:`Organizer` values ``organizer_list`` reads."""
    return [Organizer(link.organization.acronym, link.organization.name, link.role) for link in links]


def _organizer_name(organizer: Organizer) -> str:
    if organizer.name and organizer.acronym and organizer.name != organizer.acronym:
        return _("%(name)s (%(acronym)s)") % {"name": organizer.name, "acronym": organizer.acronym}
    return organizer.name or organizer.acronym


def organizer_list(organizers: Iterable[Organizer | tuple[str, str, str]], *, short: bool = False) -> str:
    """The organizers in one line, leads first (otherwise in the order given); empty when there are none.

    Full: "UN Environment Programme (UNEP); Minamata Convention Secretariat (MC), co-organizer" —
    names may hold commas, so organizers are separated by semicolons. ``short``: the acronyms only,
    "UNEP, MC", where space is short (list rows, a feed entry's author).
    """
    items = sorted(
        (Organizer(*organizer) for organizer in organizers), key=lambda o: o.role != EventOrganizer.Role.LEAD
    )
    if short:
        return ", ".join(organizer.acronym or organizer.name for organizer in items)
    names: list[str] = []
    for organizer in items:
        name = _organizer_name(organizer)
        if organizer.role == EventOrganizer.Role.CO_ORGANIZER:
            name = _("%(organizer)s, co-organizer") % {"organizer": name}
        names.append(name)
    return "; ".join(names)
