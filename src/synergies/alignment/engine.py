"""The alignment engine: clashes, back-to-back opportunities and crowded weeks.

Plain Python over plain data (``Item``): no Django, no database, no web code. ``sources.py`` turns
calendar events into items; pages, commands and the API format the findings.

Every finding is found with an index or a sweep, never by comparing all pairs:

- clashes: for each audience key (a region, country, instrument, body or topic), the items carrying
  that key are swept in start order against the ones still running; only pairs that overlap *and*
  share the key are ever looked at;
- back-to-back: per city (and, weaker, per region) the items are sorted by start, and for each item a
  binary search finds those starting within the allowed gap after it ends;
- crowded weeks: a count per (region, ISO week).

The tests prove on random calendars (Hypothesis) that these find exactly what a brute-force reference
over all pairs finds.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

DAY = timedelta(days=1)
#: The fields of an item that describe its audience.
AUDIENCE_FIELDS = ("bodies", "instruments", "topics", "regions", "countries")


@dataclass(frozen=True)
class Item:
    """One event as the engine sees it. ``start``/``end`` are aware instants, ``end`` exclusive.

    All-day events run from local midnight of their first day to local midnight after their last day,
    in the venue's zone (``sources.py`` does that conversion).
    """

    id: int
    title: str
    start: datetime
    end: datetime
    organizers: frozenset[int] = frozenset()
    city: str = ""  # normalised "city|country", empty when unknown or online-only
    city_name: str = ""  # for reasons in words
    online: bool = False
    regions: frozenset[str] = frozenset()  # target regions: the audience
    countries: frozenset[str] = frozenset()  # target countries: the audience
    venue_regions: frozenset[str] = frozenset()  # regions of the venue's country: where it happens
    instruments: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    parent_id: int | None = None
    back_to_back_ids: frozenset[int] = frozenset()
    local_start_day: date | None = None  # first day in the venue's zone, for reasons in words
    #: Every audience key ("topics:mercury", "bodies:poprc", ...) in one set, so that "do these two
    #: compete for an audience?" is a single set intersection.
    audience: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = frozenset(f"{name}:{value}" for name in AUDIENCE_FIELDS for value in getattr(self, name))
        object.__setattr__(self, "audience", keys)

    def overlaps(self, other: Item) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Clash:
    first: Item
    second: Item
    score: int
    same_city: bool = False

    @property
    def key(self) -> tuple[int, int]:
        return (self.first.id, self.second.id)

    @property
    def shared(self) -> dict[str, frozenset[str]]:
        return shared_audience(self.first, self.second)


@dataclass(slots=True)
class BackToBack:
    before: Item
    after: Item
    gap_days: int
    same_city: bool

    @property
    def key(self) -> tuple[int, int]:
        return (self.before.id, self.after.id)

    @property
    def shared(self) -> dict[str, frozenset[str]]:
        return shared_audience(self.before, self.after)


@dataclass(frozen=True)
class CrowdedWeek:
    region: str
    week_start: date  # the Monday
    items: tuple[Item, ...]


# --- Shared audience ------------------------------------------------------------------------------

#: Weight of each kind of shared audience in a clash's score; a shared city adds CITY_WEIGHT.
WEIGHTS = {"bodies": 3, "instruments": 2, "topics": 2, "regions": 1, "countries": 2}
CITY_WEIGHT = 3


def shared_audience(a: Item, b: Item) -> dict[str, frozenset[str]]:
    """What two items have in common, per kind ("topics", "bodies", ...); only non-empty kinds."""
    grouped: dict[str, set[str]] = {}
    for key in a.audience & b.audience:
        kind, _, value = key.partition(":")
        grouped.setdefault(kind, set()).add(value)
    return {kind: frozenset(values) for kind, values in grouped.items()}


_KEY_WEIGHTS: dict[str, int] = {}


def audience_score(common: frozenset[str]) -> int:
    total = 0
    for key in common:
        weight = _KEY_WEIGHTS.get(key)
        if weight is None:
            weight = _KEY_WEIGHTS[key] = WEIGHTS[key.partition(":")[0]]
        total += weight
    return total


def related(a: Item, b: Item) -> bool:
    """Items that belong together never clash: a side event and its meeting, or linked back-to-back."""
    return a.parent_id == b.id or b.parent_id == a.id or b.id in a.back_to_back_ids or a.id in b.back_to_back_ids


def same_city(a: Item, b: Item) -> bool:
    return bool(a.city) and a.city == b.city and not a.online and not b.online


def ordered(a: Item, b: Item) -> tuple[Item, Item]:
    return (a, b) if (a.start, a.id) <= (b.start, b.id) else (b, a)


def make_clash(a: Item, b: Item) -> Clash | None:
    """The clash between two items, or None when they do not compete for an audience."""
    if a.id == b.id or not a.overlaps(b) or related(a, b):
        return None
    common = a.audience & b.audience
    if not common:
        return None
    city = same_city(a, b)
    first, second = ordered(a, b)
    return Clash(first, second, audience_score(common) + (CITY_WEIGHT if city else 0), city)


# --- Clashes --------------------------------------------------------------------------------------


def find_clashes(items: Iterable[Item]) -> list[Clash]:
    """Overlapping items that share an audience, best score first.

    For each audience key, a sweep in start order compares an item only with the items of that key
    still running (a heap ordered by end). The loop is written out, not composed of generators: it is
    the engine's hot path.
    """
    by_key: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        for key in item.audience:
            by_key[key].append(item)
    seen: set[tuple[int, int]] = set()
    clashes: list[Clash] = []
    push, pop = heapq.heappush, heapq.heappop
    for group in by_key.values():
        if len(group) < 2:
            continue
        group.sort(key=_start_order)
        running: list[tuple[datetime, int, Item]] = []
        for item in group:
            start, item_id = item.start, item.id
            while running and running[0][0] <= start:
                pop(running)
            for _end, other_id, other in running:
                pair = (other_id, item_id) if other_id < item_id else (item_id, other_id)
                if pair in seen:
                    continue
                seen.add(pair)
                clash = make_clash(other, item)
                if clash is not None:
                    clashes.append(clash)
            push(running, (item.end, item_id, item))
    clashes.sort(key=lambda c: (-c.score, c.first.start, c.first.id, c.second.id))
    return clashes


def _start_order(item: Item) -> tuple[datetime, int]:
    return (item.start, item.id)


# --- Back-to-back ---------------------------------------------------------------------------------


def gap_days(before: Item, after: Item) -> int:
    """Whole days between the end of one item and the start of the next (0: the next day or the same)."""
    return (after.start - before.end) // DAY


def make_back_to_back(before: Item, after: Item, max_gap_days: int, *, by_city: bool) -> BackToBack | None:
    if before.id == after.id or before.online or after.online or after.start < before.end:
        return None
    if before.organizers & after.organizers or related(before, after):
        return None
    gap = gap_days(before, after)
    if gap > max_gap_days:
        return None
    city = same_city(before, after)
    if by_city and not city:
        return None
    if not by_city and (
        city or not before.venue_regions & after.venue_regions or not before.audience & after.audience
    ):
        return None
    return BackToBack(before, after, gap, city)


def find_back_to_back(items: Iterable[Item], max_gap_days: int = 7) -> list[BackToBack]:
    """Items of different organizers that end and start within ``max_gap_days`` in the same city
    (strong), or, weaker, in the same region (by the venue's country) with an audience in common;
    not already linked, never online. Closest first, cities before regions."""
    by_city: dict[str, list[Item]] = defaultdict(list)
    # Region-level pairs must share a region *and* an audience key: index by both, so that only such
    # pairs are ever looked at.
    by_region_and_key: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in items:
        if item.online:
            continue
        if item.city:
            by_city[item.city].append(item)
        for region in item.venue_regions:
            for key in item.audience:
                by_region_and_key[(region, key)].append(item)
    found: dict[tuple[int, int], BackToBack] = {}
    for groups, city_level in ((by_city.values(), True), (by_region_and_key.values(), False)):
        for group in groups:
            for before, after in _following_pairs(group, max_gap_days):
                if (before.id, after.id) in found:
                    continue
                pair = make_back_to_back(before, after, max_gap_days, by_city=city_level)
                if pair is not None:
                    found[pair.key] = pair
    return sorted(found.values(), key=lambda p: (not p.same_city, p.gap_days, p.before.start, p.key))


def _following_pairs(group: list[Item], max_gap_days: int) -> Iterator[tuple[Item, Item]]:
    """For each item, the items of the group that start from its end up to the gap after it."""
    group = sorted(group, key=lambda i: (i.start, i.id))
    starts = [item.start for item in group]
    horizon = timedelta(days=max_gap_days + 1)
    for before in group:
        low = bisect_left(starts, before.end)
        high = bisect_right(starts, before.end + horizon)
        for after in group[low:high]:
            yield before, after


# --- Crowded weeks --------------------------------------------------------------------------------


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def find_crowded_weeks(items: Iterable[Item], threshold: int = 3) -> list[CrowdedWeek]:
    """Weeks in which more than ``threshold`` items concern the same region, as audience or as venue
    (an item counts in every week it touches)."""
    weeks: dict[tuple[str, date], list[Item]] = defaultdict(list)
    for item in items:
        first = item.local_start_day or item.start.date()
        last_instant = item.end - timedelta(microseconds=1)
        days = max(0, (last_instant - item.start) // DAY)
        last = first + timedelta(days=days)
        week = monday(first)
        while week <= last:
            for region in item.regions | item.venue_regions:
                weeks[(region, week)].append(item)
            week += timedelta(days=7)
    crowded = [
        CrowdedWeek(region, week, tuple(sorted(group, key=lambda i: (i.start, i.id))))
        for (region, week), group in weeks.items()
        if len(group) > threshold
    ]
    return sorted(crowded, key=lambda c: (c.week_start, c.region))


# --- Missing partners ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stake:
    """An organization's stake in an audience key: a mandate, an activity it runs, or a focal point."""

    organization: int
    key: str  # an audience key, e.g. "topics:mercury"
    via: str  # "mandate", "activity" or "focal_point"
    label: str  # e.g. the mandate's reference "SC-7/28" or the activity's title
    focal_point: str = ""  # who to contact, when known


@dataclass(frozen=True)
class MissingPartner:
    item: Item
    organization: int
    stakes: tuple[Stake, ...]

    @property
    def focal_point(self) -> str:
        return next((stake.focal_point for stake in self.stakes if stake.focal_point), "")


def find_missing_partners(
    items: Iterable[Item], stakes: Iterable[Stake], taking_part: dict[int, frozenset[int]] | None = None
) -> list[MissingPartner]:
    """Organizations with a stake in an item's audience that neither organize it nor take part in it.

    ``taking_part`` maps an item id to the organizations already recorded as participating.
    One lookup per audience key of each item: linear in the items and their keys.
    """
    by_key: dict[str, list[Stake]] = defaultdict(list)
    for stake in stakes:
        by_key[stake.key].append(stake)
    taking_part = taking_part or {}
    found = []
    for item in items:
        involved = item.organizers | taking_part.get(item.id, frozenset())
        per_organization: dict[int, list[Stake]] = defaultdict(list)
        for key in item.audience:
            for stake in by_key.get(key, ()):
                if stake.organization not in involved:
                    per_organization[stake.organization].append(stake)
        for organization, organization_stakes in sorted(per_organization.items()):
            ranked = sorted(organization_stakes, key=lambda s: ({"mandate": 0, "activity": 1}.get(s.via, 2), s.label))
            found.append(MissingPartner(item, organization, tuple(ranked)))
    found.sort(key=lambda m: (m.item.start, m.item.id, -len(m.stakes), m.organization))
    return found
