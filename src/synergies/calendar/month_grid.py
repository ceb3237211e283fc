"""The month grid of ``/events/?view=month``: weeks of the month, each event laid in the first free
lane over the days it runs, and the "+N more" of days with more events than lanes.

Pure layout over list rows: no request and no database.
"""

from __future__ import annotations

import calendar as pycalendar
from dataclasses import dataclass, field
from datetime import date

from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import get_format

from synergies.calendar.presentation import EventRow

#: Events drawn in one week of the grid before the rest become "+N more" per day.
MONTH_LANES = 6


@dataclass
class Segment:
    """The part of an event drawn in one week: from column ``start`` over ``span`` days."""

    row: EventRow
    start: int
    span: int
    continues_before: bool
    continues_after: bool


@dataclass
class Week:
    days: list[date]
    lanes: list[list[Segment | None]] = field(default_factory=list)
    more: list[int] = field(default_factory=list)
    #: (day, how many events did not fit, address of that day's agenda) for each day of the week.
    more_links: list[tuple[date, int, str]] = field(default_factory=list)

    @property
    def has_more(self) -> bool:
        return any(self.more)


def month_end(month: date) -> date:
    """The last day of the month of ``month``."""
    return month.replace(day=pycalendar.monthrange(month.year, month.month)[1])


def weekdays() -> tuple[list[tuple[str, str]], int]:
    """Names of the week's days, starting on the first day of the reader's locale, and that day."""
    first = (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7  # Django: 0 is Sunday; Python: 0 is Monday
    return [(str(WEEKDAYS[(first + i) % 7]), str(WEEKDAYS_ABBR[(first + i) % 7])) for i in range(7)], first


def build_month(month: date, rows: list[EventRow], first_weekday: int) -> list[Week]:
    """Weeks of the month with each event laid in the first free lane, spanning its days.

    Cells outside the month stay empty; an event running on is marked as continuing.
    """
    last = month_end(month)
    weeks = []
    for days in pycalendar.Calendar(first_weekday).monthdatescalendar(month.year, month.month):
        week = Week(days=days, more=[0] * 7)
        occupied: list[list[bool]] = []
        lane_cells: list[list[Segment | None]] = []
        first_day, last_day = max(days[0], month), min(days[-1], last)
        in_week = [r for r in rows if r.event.start_date <= last_day and r.event.end_date >= first_day]
        segments = []
        for row in in_week:
            start, end = max(row.event.start_date, first_day), min(row.event.end_date, last_day)
            segments.append(
                Segment(
                    row,
                    (start - days[0]).days,
                    (end - start).days + 1,
                    row.event.start_date < start,
                    row.event.end_date > end,
                )
            )
        segments.sort(key=lambda s: (s.start, -s.span))
        for segment in segments:
            columns = range(segment.start, segment.start + segment.span)
            lane = next((i for i, used in enumerate(occupied) if not any(used[c] for c in columns)), None)
            if lane is None and len(occupied) < MONTH_LANES:
                occupied.append([False] * 7)
                lane_cells.append([None] * 7)
                lane = len(occupied) - 1
            if lane is None:
                for column in columns:
                    week.more[column] += 1
                continue
            for column in columns:
                occupied[lane][column] = True
            lane_cells[lane][segment.start] = segment
        for cells in lane_cells:
            # A segment covers its columns: keep it at its first column, drop the cells it spans.
            laid: list[Segment | None] = []
            column = 0
            while column < 7:
                cell = cells[column]
                laid.append(cell)
                column += cell.span if cell is not None else 1
            week.lanes.append(laid)
        weeks.append(week)
    return weeks
