"""How the calendar's pages, the widget and the JSON-LD show events: list rows, agenda sections by
month, the organizers in their order, and the addresses of a filtered page, feed or export.

Rows are prepared in Python (cheaper than template logic, 50 times per page); the texts themselves
come from ``calendar.wording`` (through ``templatetags.calendar_format``), so a row says what the event
page, the feeds and the periodic list say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import groupby
from typing import Any

from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils.safestring import SafeString

from synergies.calendar import queries, wording
from synergies.calendar.models import Event, EventOrganizer
from synergies.calendar.templatetags import calendar_format

# --- Addresses ------------------------------------------------------------------------------------


def url_with_query(name: str, query: QueryDict | None = None, **kwargs: Any) -> str:
    """The address of the URL named ``name`` (with ``kwargs``), followed by ``query`` when it has any."""
    url = reverse(name, kwargs=kwargs or None)
    encoded = query.urlencode() if query else ""
    return f"{url}?{encoded}" if encoded else url


def query_with(query: QueryDict, **values: Any) -> QueryDict:
    """A copy of ``query`` with some parameters set (or removed, when given ``None``)."""
    changed = query.copy()
    for key, value in values.items():
        changed.pop(key, None)
        if value is not None:
            changed[key] = str(value)
    return changed


def subscribe_links(request: HttpRequest, query: QueryDict) -> dict[str, str]:
    """Absolute addresses of the feeds and exports of a filter, for the subscribe box."""
    links = {
        fmt: request.build_absolute_uri(url_with_query("calendar:event_feed", query, fmt=fmt))
        for fmt in ("ics", "atom", "csv", "xlsx")
    }
    links["webcal"] = re.sub(r"^https?://", "webcal://", links["ics"])
    return links


# --- Rows -------------------------------------------------------------------------------------------


def organizers_in_order(event: Event) -> list[EventOrganizer]:
    """Lead organizers first, then co-organizers, each in their recorded order (from the prefetch)."""
    return wording.links_in_order(event)


@dataclass
class EventRow:
    """An event as a list shows it, with its parent already checked for visibility and its texts
    written once in Python (cheaper than template logic, 50 times per page)."""

    event: Event
    parent: Event | None
    organizers: list[EventOrganizer]

    @cached_property
    def when(self) -> str:
        return calendar_format.event_when(self.event)

    @cached_property
    def iso_start(self) -> str:
        return calendar_format.iso_start(self.event)

    @cached_property
    def place(self) -> str:
        return calendar_format.event_place(self.event)

    @cached_property
    def badges(self) -> SafeString:
        return calendar_format.event_badges(self.event)

    @cached_property
    def kind(self) -> str:
        # Not get_kind_display(): that hashes every (lazy, translated) choice label on each call.
        return str(Event.Kind(self.event.kind).label) if self.event.kind in Event.Kind.values else self.event.kind

    @cached_property
    def organizer_acronyms(self) -> str:
        return wording.organizer_list(wording.organizers_of(self.organizers), short=True)


def event_rows(events: list[Event], user: Any) -> list[EventRow]:
    """``events`` as list rows for ``user``: a parent ``user`` may not see is left out."""
    return [EventRow(event, queries.visible_parent(event, user), organizers_in_order(event)) for event in events]


@dataclass
class MonthGroup:
    month: date
    rows: list[EventRow]


def group_by_month(events: list[Event], user: Any, window_start: date | None) -> list[MonthGroup]:
    """Agenda sections; an event already running when the window opens is listed under that month."""

    def key(event: Event) -> date:
        day = max(event.start_date, window_start) if window_start else event.start_date
        return day.replace(day=1)

    return [MonthGroup(month, event_rows(list(items), user)) for month, items in groupby(events, key=key)]
