"""The alignment engine: clashes, back-to-back opportunities and crowded weeks.

Plain Python over plain data (``Item``): no Django, no database, no web code. ``sources.py`` turns
calendar events into items; pages, commands and the API format the findings.

Every finding is found with an index or a sweep, never by comparing all pairs:

- clashes: in start order, each item is compared with the items starting after it and before it
  ends (a binary search); only pairs that overlap are ever looked at, and of those only the ones
  sharing an audience key (a region, country, instrument, body or topic) are scored;
- back-to-back: per city (and, weaker, per region) the items are sorted by start, and for each item a
  binary search finds those starting within the allowed gap after it ends;
- crowded weeks: a count per (region, ISO week).

The tests prove on random calendars (Hypothesis) that these find exactly what a brute-force reference
over all pairs finds.

Speed (docs/decisions/0410): each finder first lays the items out once, in (start, id) order, as
columns (``_Columns``) with instants as integer microseconds and audiences as the bits of an integer
(each key as many bits as its weight, so a pair's score is the number of bits it shares); the inner
loops compare integers, keep only integers in their own tuples (sort keys), create nothing but the
findings they return, and run without cyclic garbage collection. ``find_alignment`` runs the three
finders over one layout (what ``services.align`` calls). ``make_clash`` and ``make_back_to_back`` stay
the definition of a finding; the finders apply the same rules inline, and the property tests compare
the two.
"""

from __future__ import annotations

import functools
import gc
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from operator import attrgetter
from typing import ParamSpec, TypeVar

DAY = timedelta(days=1)
#: Gaps are whole days counted on elapsed time, with this allowance so that a clock change does not cost
#: a day: from all-day event to all-day event across a spring change is 23 h per day's count short.
CLOCK_CHANGE = timedelta(hours=1)
_P = ParamSpec("_P")
_R = TypeVar("_R")
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


# --- Columns: each item's facts, computed once per call ---------------------------------------------

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_DAY_US = DAY // _MICROSECOND
_CLOCK_CHANGE_US = CLOCK_CHANGE // _MICROSECOND
_NOWHERE: frozenset[str] = frozenset()


def _collector_paused(finder: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a finder without cyclic garbage collection.

    A finder creates up to hundreds of thousands of findings and no reference cycles. Each batch of
    new objects counts towards the collector's next full pass, and a full pass walks every object of
    the process, the caller's items and their sets too (half a second at 100,000 items, landing in
    whichever finder tips the count). Paused, the new objects are looked at once, afterwards, in a
    young-generation pass. The previous state is restored even when the finder fails.
    """

    @functools.wraps(finder)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return finder(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return run


@dataclass(slots=True)
class _Columns:
    """The items in (start, id) order, an item's *rank* being its index, with one list per fact.

    Inner loops index these lists by rank and keep only integers in their own tuples (sort keys):
    tuples of integers leave the cyclic garbage collector's care at once, while tuples holding objects
    would be scanned again and again as hundreds of thousands of findings are created.
    ``find_alignment`` lays the items out once and hands the same columns to every finder.
    """

    given: list[Item]  # the items in the order given
    items: list[Item]
    starts: list[int]  # integer microseconds since the epoch
    ends: list[int]
    ids: list[int]
    links: list[frozenset[int]]  # the ids an item belongs with: its parent, its back-to-back links
    cities: list[str | None]  # its city for ``same_city``: None when unknown or online
    venues: list[frozenset[str]]  # the regions of its venue; none when online
    organizers: list[frozenset[int]]
    #: Its audience as the bits of an integer, each key taking as many bits as its weight in a clash's
    #: score: two items share an audience when ``a & b`` is not 0, and the score of what they share is
    #: ``(a & b).bit_count()``.
    audience_bits: list[int]

    @classmethod
    def of(cls, items: Iterable[Item]) -> _Columns:
        listed = list(items)
        # Instants as integer microseconds since the epoch, ordered exactly as the instants are (comparing
        # datetimes of different zones calls ``utcoffset`` on every comparison; integers do not).
        epoch, microsecond = _EPOCH, _MICROSECOND
        starts = [(item.start - epoch) // microsecond for item in listed]
        ends = [(item.end - epoch) // microsecond for item in listed]
        ids = [item.id for item in listed]
        # (start, id) packed in one integer, so that the sort compares integers: ids fit under ``span``.
        low = min(ids, default=0)
        span = max(ids, default=0) - low + 1
        packed = [start * span + item_id - low for start, item_id in zip(starts, ids, strict=True)]
        order = sorted(range(len(listed)), key=packed.__getitem__)
        # Each fact is read in the order given (the items' memory order, as a rule: faster than reading
        # them in start order), then put in start order.
        links = [
            item.back_to_back_ids if item.parent_id is None else item.back_to_back_ids | {item.parent_id}
            for item in listed
        ]
        cities = [item.city if item.city and not item.online else None for item in listed]
        venues = [_NOWHERE if item.online else item.venue_regions for item in listed]
        organizers = [item.organizers for item in listed]
        mask_of = _KeyMasks().__getitem__
        bits = [sum(map(mask_of, item.audience)) for item in listed]
        # The integers the inner loops read are copied (``+ 0`` makes a new integer object) in start
        # order, so that those loops, walking ranks, find them next to each other in memory: the clash
        # sweep is a sixth faster for it at 100,000 items.
        return cls(
            given=listed,
            items=[listed[index] for index in order],
            starts=[starts[index] + 0 for index in order],
            ends=[ends[index] + 0 for index in order],
            ids=[ids[index] + 0 for index in order],
            links=[links[index] for index in order],
            cities=[cities[index] for index in order],
            venues=[venues[index] for index in order],
            organizers=[organizers[index] for index in order],
            audience_bits=[bits[index] + 0 for index in order],
        )


class _KeyMasks(dict[str, int]):
    """Audience key -> its bits, the next free ones given to a key the first time it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.next_bit = 0

    def __missing__(self, key: str) -> int:
        weight = WEIGHTS[key.partition(":")[0]]
        mask = self[key] = ((1 << weight) - 1) << self.next_bit
        self.next_bit += weight
        return mask


@dataclass(frozen=True, slots=True)
class Alignment:
    """What ``find_alignment`` finds: each list exactly as its own finder returns it."""

    clashes: list[Clash]
    back_to_back: list[BackToBack]
    crowded_weeks: list[CrowdedWeek]


@_collector_paused
def find_alignment(items: Iterable[Item], max_gap_days: int = 7, threshold: int = 3) -> Alignment:
    """``find_clashes``, ``find_back_to_back`` and ``find_crowded_weeks`` in one call, with the same
    results: the items are laid out once (``_Columns``) for all three instead of once per finder."""
    columns = _Columns.of(items)
    return Alignment(
        clashes=_clashes(columns),
        back_to_back=_back_to_back(columns, max_gap_days),
        crowded_weeks=_crowded_weeks(columns.given, threshold),
    )


# --- Clashes --------------------------------------------------------------------------------------


@_collector_paused
def find_clashes(items: Iterable[Item]) -> list[Clash]:
    """Overlapping items that share an audience, best score first.

    In start order, each item is compared only with the items ranked after it that start before it
    ends (a binary search in the sorted starts): only overlapping pairs are ever looked at, and "do
    they share an audience?" is one ``&`` of two integers, whose bits counted are the pair's score.
    The loop applies ``make_clash``'s rules inline: it is the engine's hot path.
    """
    return _clashes(_Columns.of(items))


def _clashes(columns: _Columns) -> list[Clash]:
    ordered, starts, ends, ids = columns.items, columns.starts, columns.ends, columns.ids
    links, cities, bits = columns.links, columns.cities, columns.audience_bits
    # (-score, first's rank, second's id, index, second's rank, same city): (first.start, first.id) is
    # the first item's rank; the clashes are built from the keys once sorted.
    keys: list[tuple[int, int, int, int, int, bool]] = []
    add_key = keys.append
    for first, end in enumerate(ends):
        first_bits = bits[first]
        if not first_bits:
            continue
        # The items ranked after ``first`` that start before it ends: a binary search, starts being sorted.
        high = bisect_left(starts, end, first + 1)
        if high == first + 1:
            continue
        first_start, first_id = starts[first], ids[first]
        first_links, city = links[first], cities[first]
        for second in range(first + 1, high):
            common = first_bits & bits[second]
            if not common:
                continue  # no audience in common: by far the most common case
            second_id = ids[second]
            if second_id == first_id or ends[second] <= first_start:
                continue
            if (first_links and second_id in first_links) or (links[second] and first_id in links[second]):
                continue  # related: a side event and its meeting, or linked back-to-back
            score = common.bit_count()
            if city is not None and city == cities[second]:
                score += CITY_WEIGHT
                add_key((-score, first, second_id, len(keys), second, True))
            else:
                add_key((-score, first, second_id, len(keys), second, False))
    keys.sort()  # the documented order; the key's 4th element, unique, keeps ties in the order found
    return [Clash(ordered[first], ordered[second], -score, same) for score, first, _, _, second, same in keys]


# --- Back-to-back ---------------------------------------------------------------------------------


def gap_days(before: Item, after: Item) -> int:
    """Whole days between the end of one item and the start of the next (0: the next day or the same).

    Counted on elapsed time (in UTC: Python subtracts two times of one zone by the wall clock) with an
    hour's allowance for clock changes, so that all-day events count as dates in their venue's zone.
    """
    return (after.start.astimezone(UTC) - before.end.astimezone(UTC) + CLOCK_CHANGE) // DAY


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
    if not by_city and (city or not before.venue_regions & after.venue_regions or not before.audience & after.audience):
        return None
    return BackToBack(before, after, gap, city)


@_collector_paused
def find_back_to_back(items: Iterable[Item], max_gap_days: int = 7) -> list[BackToBack]:
    """Items of different organizers that end and start within ``max_gap_days`` in the same city
    (strong), or, weaker, in the same region (by the venue's country) with an audience in common;
    not already linked, never online. Closest first, cities before regions.

    Per city, and per region of the venue, the items are in start order; for each item a binary
    search finds those starting from its end up to the gap after it, and ``make_back_to_back``'s rules
    are applied inline. A city pair is never a region pair (those must be in different cities), and a
    pair of items whose venues share several regions is kept under the smallest of them.
    """
    return _back_to_back(_Columns.of(items), max_gap_days)


def _back_to_back(columns: _Columns, max_gap_days: int) -> list[BackToBack]:
    ordered, starts, ends, ids = columns.items, columns.starts, columns.ends, columns.ids
    links, cities, bits, organizers = columns.links, columns.cities, columns.audience_bits, columns.organizers
    venues = columns.venues
    by_city: dict[str, list[int]] = defaultdict(list)
    by_region: dict[str, list[int]] = defaultdict(list)
    for rank, city in enumerate(cities):
        if city is not None:  # None: unknown or online
            by_city[city].append(rank)
    for rank, venue in enumerate(columns.venues):
        for region in venue:
            by_region[region].append(rank)
    # The first start too late for an item ending at ``end``: gaps are whole days, floored (gap_days).
    horizon = (max_gap_days + 1) * _DAY_US - _CLOCK_CHANGE_US
    # (not same city, gap, before's rank, after's id, index, after's rank): before's rank orders by
    # (start, id); the pairs are built from the keys once sorted.
    keys: list[tuple[int, int, int, int, int, int]] = []
    add_key = keys.append
    for group in by_city.values():
        if len(group) < 2:
            continue
        group_starts = [starts[rank] for rank in group]
        size = len(group)
        for before in group:
            end = ends[before]
            low = bisect_left(group_starts, end)
            # Most items of a city have no other starting there within the gap: one search, not two.
            if low == size or group_starts[low] >= end + horizon:
                continue
            high = bisect_left(group_starts, end + horizon, low)
            before_id, before_links, before_organizers = ids[before], links[before], organizers[before]
            for after in group[low:high]:
                after_id = ids[after]
                if after_id == before_id or not before_organizers.isdisjoint(organizers[after]):
                    continue
                if (before_links and after_id in before_links) or (links[after] and before_id in links[after]):
                    continue
                gap = (starts[after] - end + _CLOCK_CHANGE_US) // _DAY_US
                add_key((0, gap, before, after_id, len(keys), after))
    for region, group in by_region.items():
        if len(group) < 2:
            continue
        group_starts = [starts[rank] for rank in group]
        for before in group:
            before_bits = bits[before]
            if not before_bits:
                continue  # no audience: no region pair
            end = ends[before]
            low = bisect_left(group_starts, end)
            high = bisect_left(group_starts, end + horizon, low)
            if low == high:
                continue
            before_id, before_links, before_city = ids[before], links[before], cities[before]
            before_organizers = organizers[before]
            before_venue = venues[before]
            several_regions = len(before_venue) > 1
            # The region rules first: most pairs of a region share no audience.
            for after in group[low:high]:
                if not before_bits & bits[after]:
                    continue
                if before_city is not None and before_city == cities[after]:
                    continue
                after_id = ids[after]
                if after_id == before_id or not before_organizers.isdisjoint(organizers[after]):
                    continue
                if (before_links and after_id in before_links) or (links[after] and before_id in links[after]):
                    continue
                if several_regions and min(before_venue & venues[after]) != region:
                    continue  # kept under the smallest region the two venues share
                gap = (starts[after] - end + _CLOCK_CHANGE_US) // _DAY_US
                add_key((1, gap, before, after_id, len(keys), after))
    keys.sort()  # the documented order; the key's 5th element, unique, keeps ties in the order found
    return [BackToBack(ordered[before], ordered[after], gap, not level) for level, gap, before, _, _, after in keys]


# --- Crowded weeks --------------------------------------------------------------------------------


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@_collector_paused
def find_crowded_weeks(items: Iterable[Item], threshold: int = 3) -> list[CrowdedWeek]:
    """Weeks in which more than ``threshold`` items concern the same region, as audience or as venue
    (an item counts in every week it touches). Weeks are counted by the day ordinal of their Monday;
    only the crowded ones are sorted and built."""
    return _crowded_weeks(items, threshold)


def _crowded_weeks(items: Iterable[Item], threshold: int) -> list[CrowdedWeek]:
    weeks: dict[tuple[str, int], list[Item]] = defaultdict(list)
    for item in items:
        regions = item.regions | item.venue_regions if item.regions else item.venue_regions
        if not regions:
            continue
        first = item.local_start_day or item.start.date()
        week = first.toordinal() - first.weekday()
        # The days the item touches after its first: (end - start - 1 µs) // 1 day, at least 0.
        length = item.end - item.start
        extra = length.days - (not length.seconds and not length.microseconds)
        if extra < 7 - first.weekday():  # within its first week, by far the most common
            for region in regions:
                weeks[(region, week)].append(item)
            continue
        last_day = week + first.weekday() + extra
        while week <= last_day:
            for region in regions:
                weeks[(region, week)].append(item)
            week += 7
    crowded = sorted((week, region) for (region, week), group in weeks.items() if len(group) > threshold)
    return [
        CrowdedWeek(region, date.fromordinal(week), tuple(sorted(weeks[(region, week)], key=_start_order)))
        for week, region in crowded
    ]


#: An item's (start, id), for sorting: ``attrgetter`` builds the tuple without a Python call.
_start_order: Callable[[Item], tuple[datetime, int]] = attrgetter("start", "id")


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
