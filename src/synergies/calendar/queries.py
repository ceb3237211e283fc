"""The calendar's reads: every selection of events a page, the widget or the API shows, and the one
order of events.

Views parse the request, call these and render; other apps (the API, the widget, the register) read
events through them instead of importing a view. Every selection starts from what the reader may see
(``Event.objects.visible_to``) or from a queryset the caller already limited so (a filter's ``qs``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Case, Count, F, Max, Model, Value, When, Window
from django.db.models.functions import RowNumber

from synergies.calendar import permissions
from synergies.calendar.models import Event, EventQuerySet, Participation
from synergies.directory.models import Instrument, Organization

#: The calendar's order of events: first day, start time, title, and the id last, so that pages of
#: the same selection never overlap. Every list, page, widget and API answer sorts by it.
CALENDAR_ORDER = ("start_date", "start_at", "title", "pk")


def in_calendar_order(events: EventQuerySet, *, newest_first: bool = False) -> EventQuerySet:
    """``events`` in the calendar's order, or its reverse (lists of past events, newest first)."""
    return events.order_by(*(f"-{name}" for name in CALENDAR_ORDER) if newest_first else CALENDAR_ORDER)


def visible_events(user: Any) -> EventQuerySet:
    """What ``user`` may see, with the venue country each list row shows."""
    return Event.objects.visible_to(user).select_related("country")


def visible_parent(event: Event, user: Any) -> Event | None:
    """The event a side event is held during, unless the reader may not see it."""
    parent = event.parent
    if parent is None or (parent.visibility == Event.Visibility.INTERNAL and not permissions.may_view_internal(user)):
        return None
    return parent


# --- What the filters offer ------------------------------------------------------------------------


def organizer_options() -> Iterator[tuple[str, str]]:
    """Each organization as the organizer filter offers it: its acronym, and "acronym — name"."""
    for acronym, name in Organization.objects.values_list("acronym", "name"):
        yield acronym, (f"{acronym} — {name}" if name else acronym)


def options(model: type[Model], key: str, label: str) -> Callable[[], Iterable[tuple[Any, Any]]]:
    """What a filter on ``model`` offers: its ``(key, label)`` rows, read again at each call."""
    return lambda: model._default_manager.values_list(key, label)


# --- Date windows on a large calendar ----------------------------------------------------------------

_longest_span: dict[str, tuple[Any, timedelta]] = {}


def longest_event_span() -> timedelta:
    """The longest first-to-last-day span of any event, read again from the database after any change.

    Finding the events that overlap a window is an interval query: ``end_date >= first`` alone
    matches every later event and ``start_date <= last`` every earlier one, so the database would
    walk years of rows. Knowing the longest event turns it into a short index range (below).

    The answer is kept per process until the newest ``updated_at`` (indexed: cheap to read) changes;
    then it is computed again over every event, so it follows the data both ways: an event made
    shorter, repaired or deleted narrows it again in every worker, without a restart. (It once only
    grew, reading just the rows written since the last look: one bad row then broke every list
    until the workers restarted.) A deletion leaves the newest ``updated_at`` unchanged, which leaves
    the bound wider than needed, never too narrow.
    """
    stamp = Event.objects.aggregate(last=Max("updated_at"))["last"]
    cached = _longest_span.get(Event.objects.db)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    span = Event.objects.aggregate(span=Max(F("end_date") - F("start_date")))["span"] or timedelta(0)
    _longest_span[Event.objects.db] = (stamp, span)
    return span


def not_ended_before(events: EventQuerySet, first_day: date) -> EventQuerySet:
    """Events still running on or after ``first_day``, found through the start-date index.

    The added ``start_date`` bound is implied by ``end_date >= first_day`` (no event is longer than
    the longest one), so the answer is the same; only the database's work shrinks. A bound that
    would fall before the first day Python knows (a far-off date in the data) is left out: the
    answer stays the same, only slower.
    """
    span = longest_event_span()
    events = events.filter(end_date__gte=first_day)
    if span < first_day - date.min:
        events = events.filter(start_date__gte=first_day - span)
    return events


def first_of(
    events: EventQuerySet, limit: int, *, offset: int = 0, newest_first: bool = False
) -> tuple[list[Event], bool]:
    """Up to ``limit`` events from ``offset`` on, in the calendar's order, as list rows show them, and
    whether there are more: one event more than asked tells, without counting the whole selection
    (a COUNT over a large calendar costs as much as the page itself)."""
    ordered = in_calendar_order(events.for_lists(), newest_first=newest_first)
    found = list(ordered[offset : offset + limit + 1])
    return found[:limit], len(found) > limit


# --- The home page ---------------------------------------------------------------------------------


@dataclass
class HomeEvents:
    """What the home page lists: the next events, the next few per instrument, and, while nothing is
    announced, the latest past ones."""

    next_events: list[Event]
    by_instrument: list[tuple[Instrument, list[Event]]]
    recent: list[Event]


def home_events(user: Any, today: date, *, upcoming: int, per_instrument: int, horizon: int) -> HomeEvents:
    """The coming events that are not side events: ``upcoming`` of them, and ``per_instrument`` of each
    instrument's picked among the next ``horizon`` (so that it stays fast on a calendar of any size)."""
    coming_events = in_calendar_order(
        not_ended_before(Event.objects.visible_to(user), today).filter(parent__isnull=True)
    )
    # One ordered look at the coming events (ids only), then their instruments, then the few shown:
    # three bounded queries, whatever the size of the calendar.
    coming = list(coming_events.values_list("pk", flat=True)[:horizon])
    position = {pk: index for index, pk in enumerate(coming)}
    picks: dict[int, list[int]] = {}
    for instrument_id, event_id in sorted(
        Event.instruments.through.objects.filter(event_id__in=coming).values_list("instrument_id", "event_id"),
        key=lambda pair: position[pair[1]],
    ):
        chosen = picks.setdefault(instrument_id, [])
        if len(chosen) < per_instrument:
            chosen.append(event_id)
    shown = set(coming[:upcoming]).union(*picks.values())
    events_by_id = {event.pk: event for event in Event.objects.filter(pk__in=shown).for_lists()}
    next_events = [events_by_id[pk] for pk in coming[:upcoming]]
    by_instrument = [
        (instrument, [events_by_id[pk] for pk in picks.get(instrument.pk, [])])
        for instrument in Instrument.objects.all()
    ]
    recent: list[Event] = []
    if not next_events:  # a calendar with nothing announced yet still shows what it holds
        recent = list(
            Event.objects.visible_to(user)
            .filter(parent__isnull=True, end_date__lt=today)
            .order_by("-start_date", "-pk")
            .for_lists()[:upcoming]
        )
    return HomeEvents(next_events, by_instrument, recent)


# --- Month and year ----------------------------------------------------------------------------------


def month_events(events: EventQuerySet, first: date, last: date, limit: int) -> tuple[list[Event], bool]:
    """The events with a day in [first, last], up to ``limit``, and whether some were left out."""
    return first_of(not_ended_before(events, first).filter(start_date__lte=last), limit)


@dataclass
class YearOverview:
    #: How many events each month (1–12) lists.
    counts: dict[int, int]
    #: The first few events of each month, in the calendar's order.
    by_month: dict[int, list[Event]]


def year_overview(events: EventQuerySet, year: int, per_month: int) -> YearOverview:
    """How many events each month of ``year`` has and its first ``per_month``: three queries.

    An event that began the year before is counted and listed in January.
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    in_year = not_ended_before(events, first).filter(start_date__lte=last)
    # The month an event is listed under, by plain date comparisons (no per-row function).
    bucket = Case(
        *[When(start_date__lt=date(year, number + 1, 1), then=Value(number)) for number in range(1, 12)],
        default=Value(12),
    )
    counts = dict(
        in_year.annotate(bucket=bucket).order_by().values("bucket").annotate(n=Count("pk")).values_list("bucket", "n")
    )
    # The first few of each month: ranked ids first (narrow rows), then those events with all they show.
    first_ids = (
        in_year.annotate(
            bucket=bucket,
            rank=Window(
                RowNumber(),
                partition_by=[F("bucket")],
                order_by=[F("start_date").asc(), F("start_at").asc(nulls_first=True), F("title").asc(), F("pk").asc()],
            ),
        )
        .filter(rank__lte=per_month)
        .values_list("pk", flat=True)
    )
    by_month: dict[int, list[Event]] = {}
    for event in in_calendar_order(Event.objects.filter(pk__in=list(first_ids)).for_lists()):
        by_month.setdefault(1 if event.start_date < first else event.start_date.month, []).append(event)
    return YearOverview(counts, by_month)


# --- One event ---------------------------------------------------------------------------------------


def for_event_page(user: Any) -> EventQuerySet:
    """The events whose page ``user`` may open, with all the page shows."""
    return Event.objects.visible_to(user).with_related().prefetch_related("target_countries", "links")


@dataclass
class EventNeighbours:
    """What an event page lists beside the event: what the reader may see of it."""

    parent: Event | None
    side_events: list[Event]
    back_to_back: list[Event]
    participations: list[Participation]


def neighbours(event: Event, user: Any) -> EventNeighbours:
    """The meeting a side event is held during, its own side events, the meetings back to back with it,
    and (for staff) who takes part."""
    visible = Event.objects.visible_to(user)
    return EventNeighbours(
        parent=visible_parent(event, user),
        side_events=list(in_calendar_order(visible.filter(parent=event).select_related("country"))),
        back_to_back=list(in_calendar_order(visible.filter(back_to_back_with=event).select_related("country"))),
        participations=(
            list(event.participations.select_related("organization")) if permissions.may_view_internal(user) else []
        ),
    )
