"""The same meeting from two partners' feeds: one event, both sources credited.

A new harvested event is the same meeting as an event already harvested from *another* source when
- their days overlap,
- they are in the same place: both online, or the same city (case and accents aside) in the same
  country — or, when either has no city, the same country,
- they do not name different instruments (when both name some, they share one), and
- their titles are similar: rapidfuzz's token-set ratio, after its default processing (lower case,
  punctuation removed), is at least ``TITLE_SIMILARITY``.

Why 96 (docs/decisions/0602-cross-source-de-duplication.md): the ratio is 100 when one title's words
are all in the other's ("Regional workshop on mercury waste" / "Africa regional workshop on mercury
waste (Dakar)") and about 98 for the same words reordered; but the BRS conferences of the parties
meet on the same days in the same city, and "Twelfth meeting of the Conference of the Parties to the
Basel Convention" / "… Rotterdam Convention" score 94.8 — the bar sits above that.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, utils

from synergies.calendar.models import Event
from synergies.calendar.services import EventData
from synergies.directory.models import Organization

TITLE_SIMILARITY = 96.0


def days_of(data: EventData) -> tuple[date, date]:
    """The first and last local day of an event's data."""
    if isinstance(data.start, datetime) and isinstance(data.end, datetime):
        zone = ZoneInfo(data.timezone)
        return data.start.astimezone(zone).date(), data.end.astimezone(zone).date()
    start = data.start.date() if isinstance(data.start, datetime) else data.start
    end = data.end.date() if isinstance(data.end, datetime) else data.end
    return start, end


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)).strip()


@dataclass
class Candidate:
    pk: int
    title: str
    start: date
    end: date
    online: bool
    city: str
    country_id: int | None
    instruments: set[int] = field(default_factory=set)


def _weeks(candidate: Candidate) -> set[tuple[int, int]]:
    """The ISO weeks an event touches (a year's at most: longer events are not meetings to merge)."""
    last = min(candidate.end, candidate.start + timedelta(days=366))
    days = [candidate.start + timedelta(days=step) for step in range(0, (last - candidate.start).days + 1, 7)]
    return {tuple(day.isocalendar())[:2] for day in [*days, last]}  # type: ignore[misc]


def same_place(a: Candidate, b: Candidate) -> bool:
    if a.online or b.online:
        return a.online and b.online
    if a.country_id is not None and b.country_id is not None and a.country_id != b.country_id:
        return False
    if a.city and b.city:
        return a.city == b.city
    return a.country_id is not None and a.country_id == b.country_id


def same_meeting(a: Candidate, b: Candidate) -> bool:
    if a.start > b.end or b.start > a.end or not same_place(a, b):
        return False
    if a.instruments and b.instruments and not a.instruments & b.instruments:
        return False
    return fuzz.token_set_ratio(a.title, b.title, processor=utils.default_process) >= TITLE_SIMILARITY


def candidate_of(data: EventData, pk: int = 0) -> Candidate:
    start, end = days_of(data)
    return Candidate(
        pk=pk,
        title=data.title,
        start=start,
        end=end,
        online=data.attendance_mode == Event.AttendanceMode.ONLINE,
        city=_plain(data.city),
        country_id=data.country.pk if data.country else None,
        instruments={instrument.pk for instrument in data.instruments},
    )


class SameMeetingFinder:
    """Events harvested from other sources within a run's days, read once per run (two queries)."""

    def __init__(self, *, organization: Organization, source_name: str, first: date, last: date) -> None:
        events = (
            Event.objects.overlapping(first, last)
            .filter(harvested__isnull=False)
            .exclude(harvested__organization=organization, harvested__source_name=source_name)
            .distinct()
        )
        rows = events.values_list("pk", "title", "start_date", "end_date", "attendance_mode", "city", "country_id")
        self.candidates: dict[int, Candidate] = {
            pk: Candidate(pk, title, start, end, mode == Event.AttendanceMode.ONLINE, _plain(city), country)
            for pk, title, start, end, mode, city, country in rows
        }
        through = Event.instruments.through.objects.filter(event_id__in=events.values("pk"))
        for event_id, instrument_id in through.values_list("event_id", "instrument_id"):
            if event_id in self.candidates:
                self.candidates[event_id].instruments.add(instrument_id)
        # By the weeks they touch, so that a big feed compares each event with its week's candidates only.
        self.by_week: dict[tuple[int, int], list[Candidate]] = defaultdict(list)
        for candidate in self.candidates.values():
            for week in _weeks(candidate):
                self.by_week[week].append(candidate)

    def find(self, data: EventData) -> int | None:
        """The id of the event this data describes, if another source brought it already."""
        if not self.candidates:
            return None
        probe = candidate_of(data)
        nearby = {c.pk: c for week in _weeks(probe) for c in self.by_week.get(week, ())}
        matches = [c for c in nearby.values() if same_meeting(probe, c)]
        return min(matches, key=lambda c: c.pk).pk if matches else None
