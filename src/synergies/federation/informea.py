"""Publishing our public meetings in the fields of InforMEA's meetings service, for incremental reads.

``GET /informea/meetings`` answers OData v4 JSON: ``{"@odata.context", "@odata.count", "value": [...],
"@odata.nextLink"}``, ordered by ``updated`` then id. Parameters:
- ``updated_since=2030-01-01T00:00:00Z`` or the OData ``$filter=updated gt 2030-01-01T00:00:00Z``
  (``ge`` too): only meetings changed after that moment — a harvester keeps the largest ``updated`` it
  saw and asks for what came after;
- ``$top`` (default 100, at most 500) and ``$skip``: the page; ``@odata.count`` is the total.
Only public events, and only the fields below: nothing internal is ever read into a record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db.models import Prefetch
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.directory.models import Instrument
from synergies.federation.formats.informea import DEFAULT_LANGUAGE, STATUS_OUT, informea_kind

DEFAULT_TOP = 100
MAX_TOP = 500
_FILTER = re.compile(r"^\s*updated\s+(gt|ge)\s+(?:datetime)?'?([0-9T:.+\-Z]+)'?\s*$", re.IGNORECASE)


class BadQuery(ValueError):
    """A parameter we cannot honour; the message names it."""


@dataclass(frozen=True)
class MeetingsQuery:
    top: int = DEFAULT_TOP
    skip: int = 0
    after: datetime | None = None
    inclusive: bool = False


def _whole(value: str, name: str, *, maximum: int | None = None) -> int:
    if not value.isdigit():
        raise BadQuery(_("%(name)s must be a whole number, not “%(value)s”.") % {"name": name, "value": value})
    number = int(value)
    if maximum is not None and number > maximum:
        raise BadQuery(_("%(name)s may be at most %(maximum)s.") % {"name": name, "maximum": maximum})
    return number


def _moment(value: str, name: str) -> datetime:
    moment = parse_datetime(value.strip().replace(" ", "+"))  # a "+" in a query string arrives as a space
    if moment is None:
        raise BadQuery(
            _("%(name)s must be an ISO 8601 date-time such as 2030-01-31T00:00:00Z, not “%(value)s”.")
            % {"name": name, "value": value}
        )
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_query(params: dict[str, str]) -> MeetingsQuery:
    """The query from the request's parameters; raises ``BadQuery`` naming what cannot be honoured."""
    top = _whole(params["$top"], "$top", maximum=MAX_TOP) if params.get("$top") else DEFAULT_TOP
    skip = _whole(params["$skip"], "$skip") if params.get("$skip") else 0
    after, inclusive = None, False
    if params.get("updated_since"):
        after = _moment(params["updated_since"], "updated_since")
    if params.get("$filter"):
        match = _FILTER.match(params["$filter"])
        if match is None:
            raise BadQuery(
                _("$filter supports only “updated gt DATE-TIME” (or ge), not “%(value)s”.")
                % {"value": params["$filter"]}
            )
        if after is not None:
            raise BadQuery(_("Give updated_since or $filter, not both."))
        after, inclusive = _moment(match[2], "$filter"), match[1].lower() == "ge"
    return MeetingsQuery(top=top, skip=skip, after=after, inclusive=inclusive)


def meeting_record(event: Event, url: str) -> dict[str, Any]:
    """One public event in InforMEA's meeting fields (see docs/federation.md for each rule)."""
    timed = not event.all_day and event.date_precision == Event.DatePrecision.DAY
    if timed:
        start, end = event.local_start.isoformat(), event.local_end.isoformat()  # type: ignore[union-attr]
    else:
        start, end = event.start_date.isoformat(), event.end_date.isoformat()
    status = (
        "nodate"
        if event.date_precision == Event.DatePrecision.MONTH
        and event.status in (Event.Status.PLANNED, Event.Status.CONFIRMED)
        else STATUS_OUT.get(event.status, "confirmed")
    )
    instruments = sorted(instrument.code for instrument in event.instruments.all())
    online = event.attendance_mode == Event.AttendanceMode.ONLINE
    return {
        "id": event.uid,
        "treaty": instruments[0] if instruments else None,
        "url": url,
        "title": {DEFAULT_LANGUAGE: event.title},
        "description": {DEFAULT_LANGUAGE: event.description} if event.description else {},
        "start": start,
        "end": end,
        "kind": informea_kind(event.kind),
        "type": event.kind,
        "access": "public",
        "status": status,
        "location": (event.online_url or "online") if online else event.venue,
        "city": event.city,
        "country": event.country.code if event.country else None,
        "latitude": None,
        "longitude": None,
        "updated": event.updated_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
    }


def meetings(query: MeetingsQuery) -> tuple[int, list[Event]]:
    """The total and one page of public meetings, oldest change first."""
    events = Event.objects.public().order_by("updated_at", "pk")
    if query.after is not None:
        events = events.filter(**{"updated_at__gte" if query.inclusive else "updated_at__gt": query.after})
    page = (
        events.select_related("country")
        .prefetch_related(Prefetch("instruments", queryset=Instrument.objects.only("pk", "code")))
        .only(
            "pk",
            "uid",
            "title",
            "description",
            "kind",
            "status",
            "all_day",
            "date_precision",
            "start_date",
            "end_date",
            "start_at",
            "end_at",
            "timezone",
            "venue",
            "city",
            "country",
            "online_url",
            "attendance_mode",
            "updated_at",
            "visibility",
        )[query.skip : query.skip + query.top]
    )
    return events.count(), list(page)
