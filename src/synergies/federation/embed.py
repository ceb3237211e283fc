"""The embeddable list of coming events (``/embed/events/``): what it shows and the links it offers.

It takes the ``/events/`` filters plus ``limit`` (1–50, default 10), ``theme`` (``light``, ``dark`` or
``auto``, the default, which follows the reader's system) and ``accent`` (one of ``ACCENTS``; colours
come from the style sheet, a strict CSP allows no inline style). Only public events, whoever looks:
the page is meant for other sites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from synergies.calendar import queries
from synergies.calendar.filters import EventFilter, clean_query, filter_query
from synergies.calendar.models import Event
from synergies.calendar.presentation import EventRow, organizers_in_order

DEFAULT_LIMIT = 10
MAX_LIMIT = 50
THEMES = ("auto", "light", "dark")
ACCENTS = ("blue", "green", "teal", "purple", "red", "grey")


@dataclass
class Widget:
    rows: list[EventRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    description: str = ""
    theme: str = "auto"
    accent: str = "blue"
    calendar_url: str = ""
    ics_url: str = ""
    webcal_url: str = ""
    more: bool = False
    site: str = ""  # scheme and host, before each event's path


def _choice(query: QueryDict, name: str, allowed: tuple[str, ...], errors: list[str]) -> str:
    value = query.get(name, allowed[0])
    if value not in allowed:
        errors.append(
            _("%(name)s must be one of %(allowed)s, not “%(value)s”.")
            % {"name": name, "allowed": ", ".join(allowed), "value": value}
        )
        return allowed[0]
    return value


def _limit(query: QueryDict, errors: list[str]) -> int:
    text = query.get("limit", str(DEFAULT_LIMIT))
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        errors.append(
            _("limit must be a whole number from 1 to %(maximum)s, not “%(value)s”.")
            % {"maximum": MAX_LIMIT, "value": text}
        )
        return DEFAULT_LIMIT
    return int(text)


def _absolute(request: HttpRequest, name: str, filters: QueryDict, **kwargs: Any) -> str:
    url = reverse(name, kwargs=kwargs or None)
    encoded = filters.urlencode()
    return request.build_absolute_uri(f"{url}?{encoded}" if encoded else url)


def build(request: HttpRequest) -> Widget:
    query = clean_query(request.GET)
    errors: list[str] = []
    widget = Widget(theme=_choice(query, "theme", THEMES, errors), accent=_choice(query, "accent", ACCENTS, errors))
    limit = _limit(query, errors)
    filters = filter_query(query)
    filterset = EventFilter(filters, queryset=Event.objects.public(), request=request)
    if not filterset.is_valid():
        errors.extend(f"{name}: {' '.join(messages)}" for name, messages in filterset.errors.items())
    widget.site = request.build_absolute_uri("/").rstrip("/")
    widget.calendar_url = _absolute(request, "calendar:event_list", filters)
    widget.ics_url = _absolute(request, "calendar:event_feed", filters, fmt="ics")
    widget.webcal_url = re.sub(r"^https?://", "webcal://", widget.ics_url)
    widget.errors = errors
    if errors:
        return widget
    widget.description = filterset.describe()
    events = filterset.qs
    if not filters.get("from"):
        events = events.filter(end_date__gte=timezone.localdate())
    found, widget.more = queries.first_of(events, limit)
    widget.rows = [EventRow(event, None, organizers_in_order(event)) for event in found]
    return widget
