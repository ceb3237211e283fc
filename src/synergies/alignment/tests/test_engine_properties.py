"""The fast engine finds exactly what a brute-force comparison of all pairs finds (random calendars)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import combinations, permutations
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from synergies.alignment.engine import (
    BackToBack,
    Clash,
    Item,
    find_alignment,
    find_back_to_back,
    find_clashes,
    find_crowded_weeks,
    make_back_to_back,
    make_clash,
    monday,
)

ORIGIN = datetime(2030, 1, 1, tzinfo=UTC)
# Calendars starting in winter, and just before the spring and autumn clock changes of 2030.
ORIGINS = [ORIGIN, datetime(2030, 3, 20, tzinfo=UTC), datetime(2030, 10, 20, tzinfo=UTC)]
CITIES = ["geneva|CH", "nairobi|KE", "rome|IT", ""]
ZONES = ["UTC", "Europe/Zurich", "Africa/Nairobi", "America/Panama"]


@st.composite
def items(draw: st.DrawFn) -> list[Item]:
    count = draw(st.integers(min_value=0, max_value=30))
    origin = draw(st.sampled_from(ORIGINS))
    result = []
    for number in range(count):
        # Instants in several zones, as sources.py gives them (timed events in UTC, all-day ones local).
        zone = ZoneInfo(draw(st.sampled_from(ZONES)))
        start = (origin + timedelta(hours=draw(st.integers(0, 24 * 60)))).astimezone(zone)
        length = timedelta(hours=draw(st.integers(1, 24 * 10)))
        small = st.frozensets(st.sampled_from(["a", "b", "c"]), max_size=2)
        parent = draw(st.one_of(st.none(), st.integers(0, max(0, count - 1))))
        result.append(
            Item(
                id=number,
                title=f"synthetic {number}",
                start=start,
                end=start + length,
                organizers=draw(st.frozensets(st.integers(1, 4), min_size=1, max_size=2)),
                city=draw(st.sampled_from(CITIES)),
                online=draw(st.booleans()),
                regions=draw(small),
                countries=draw(small),
                venue_regions=draw(small),
                instruments=draw(small),
                bodies=draw(small),
                topics=draw(small),
                parent_id=parent if parent != number else None,
                back_to_back_ids=draw(st.frozensets(st.integers(0, max(0, count - 1)), max_size=1)),
            )
        )
    return result


def brute_force_clashes(calendar: list[Item]) -> set[tuple[int, int, int]]:
    found: set[tuple[int, int, int]] = set()
    for a, b in combinations(calendar, 2):
        clash = make_clash(a, b)
        if clash is not None:
            first, second = sorted(clash.key)
            found.add((first, second, clash.score))
    return found


def brute_force_back_to_back(calendar: list[Item], gap: int) -> set[tuple[int, int, int, bool]]:
    found: dict[tuple[int, int], tuple[int, int, int, bool]] = {}
    for level in (True, False):
        for a, b in permutations(calendar, 2):
            pair = make_back_to_back(a, b, gap, by_city=level)
            if pair is not None:
                found.setdefault(pair.key, (*pair.key, pair.gap_days, pair.same_city))
    return set(found.values())


@settings(max_examples=150, deadline=None)
@given(items())
def test_clashes_equal_brute_force(calendar: list[Item]) -> None:
    fast = {(*sorted(c.key), c.score) for c in find_clashes(calendar)}
    assert fast == brute_force_clashes(calendar)


@settings(max_examples=150, deadline=None)
@given(items(), st.integers(0, 10))
def test_back_to_back_equal_brute_force(calendar: list[Item], gap: int) -> None:
    fast = {(*p.key, p.gap_days, p.same_city) for p in find_back_to_back(calendar, gap)}
    assert fast == brute_force_back_to_back(calendar, gap)


# --- Order, and crowded weeks (the finders build findings from integer keys; docs/decisions/0410) ---


@settings(max_examples=100, deadline=None)
@given(items())
def test_clashes_in_documented_order(calendar: list[Item]) -> None:
    """Best score first, then by the first item's start and id, then the second's id."""
    clashes = find_clashes(calendar)
    documented = sorted(clashes, key=lambda c: (-c.score, c.first.start, c.first.id, c.second.id))
    assert [(c.key, c.score, c.same_city) for c in clashes] == [(c.key, c.score, c.same_city) for c in documented]
    assert all((c.first.start, c.first.id) <= (c.second.start, c.second.id) for c in clashes)


@settings(max_examples=100, deadline=None)
@given(items(), st.integers(0, 10))
def test_back_to_back_in_documented_order(calendar: list[Item], gap: int) -> None:
    """Cities before regions, closest first, then by the first item's start, then the ids."""
    pairs = find_back_to_back(calendar, gap)
    documented = sorted(pairs, key=lambda p: (not p.same_city, p.gap_days, p.before.start, p.key))
    assert [p.key for p in pairs] == [p.key for p in documented]


def brute_force_crowded_weeks(calendar: list[Item], threshold: int) -> list[tuple[str, date, tuple[int, ...]]]:
    """Day by day: every region of an item, in every week holding one of its days."""
    weeks: dict[tuple[str, date], set[int]] = {}
    for item in calendar:
        first = item.local_start_day or item.start.date()
        day, last = first, first + timedelta(days=max(0, (item.end - timedelta(microseconds=1) - item.start).days))
        while day <= last:
            for region in item.regions | item.venue_regions:
                weeks.setdefault((region, monday(day)), set()).add(item.id)
            day += timedelta(days=1)
    by_id = {item.id: item for item in calendar}
    return sorted(
        (region, week, tuple(sorted(ids, key=lambda i: (by_id[i].start, i))))
        for (region, week), ids in weeks.items()
        if len(ids) > threshold
    )


@settings(max_examples=150, deadline=None)
@given(items(), st.integers(0, 4), st.booleans())
def test_crowded_weeks_equal_brute_force(calendar: list[Item], threshold: int, local_days: bool) -> None:
    if local_days:  # as sources.py gives them: the first day in the venue's zone
        calendar = [replace(item, local_start_day=(item.start + timedelta(hours=5)).date()) for item in calendar]
    fast = [(w.region, w.week_start, tuple(i.id for i in w.items)) for w in find_crowded_weeks(calendar, threshold)]
    assert sorted(fast, key=lambda w: (w[1], w[0])) == fast
    assert sorted(fast) == brute_force_crowded_weeks(calendar, threshold)


# --- One layout for the three finders (services.align calls find_alignment; docs/decisions/0410) ---


def _clash_facts(clashes: list[Clash]) -> list[tuple[Item, Item, int, bool]]:
    return [(c.first, c.second, c.score, c.same_city) for c in clashes]


def _pair_facts(pairs: list[BackToBack]) -> list[tuple[Item, Item, int, bool]]:
    return [(p.before, p.after, p.gap_days, p.same_city) for p in pairs]


@settings(max_examples=150, deadline=None)
@given(items(), st.integers(0, 10), st.integers(0, 4), st.booleans())
def test_find_alignment_equals_the_three_finders(
    calendar: list[Item], gap: int, threshold: int, local_days: bool
) -> None:
    """Same findings, same order, same item objects; from a list or from a one-shot iterator."""
    if local_days:
        calendar = [replace(item, local_start_day=(item.start + timedelta(hours=5)).date()) for item in calendar]
    for given_items in (calendar, iter(calendar)):
        found = find_alignment(given_items, gap, threshold)
        assert _clash_facts(found.clashes) == _clash_facts(find_clashes(calendar))
        assert _pair_facts(found.back_to_back) == _pair_facts(find_back_to_back(calendar, gap))
        assert found.crowded_weeks == find_crowded_weeks(calendar, threshold)


@settings(max_examples=100, deadline=None)
@given(items())
def test_clash_scores_equal_make_clash(calendar: list[Item]) -> None:
    """The score counted from audience bits is make_clash's weighted sum, city bonus included."""
    for clash in find_clashes(calendar):
        reference = make_clash(clash.first, clash.second)
        assert reference is not None
        assert (clash.score, clash.same_city) == (reference.score, reference.same_city)


def test_find_alignment_defaults_and_empty_input() -> None:
    assert find_alignment([]) == find_alignment(iter(()))
    found = find_alignment([])
    assert (found.clashes, found.back_to_back, found.crowded_weeks) == ([], [], [])


def _all_day(number: int, first: date, last: date, zone: str, organizer: int) -> Item:
    tz = ZoneInfo(zone)
    return Item(
        id=number,
        title=f"synthetic {number}",
        organizers=frozenset({organizer}),
        city="geneva|CH",
        start=datetime(first.year, first.month, first.day, tzinfo=tz),
        end=datetime(last.year, last.month, last.day, tzinfo=tz) + timedelta(days=1),
    )


def test_all_day_gaps_count_dates_across_clock_changes() -> None:
    """Geneva, 2030: the clocks go forward on 31 March and back on 27 October. All-day events count as
    dates in their venue's zone, so one free day between them is a gap of 1 whatever the clock does."""
    cases = [
        (
            _all_day(1, date(2030, 3, 29), date(2030, 3, 30), "Europe/Zurich", 1),
            _all_day(2, date(2030, 4, 1), date(2030, 4, 2), "Europe/Zurich", 2),
        ),
        (
            _all_day(3, date(2030, 10, 25), date(2030, 10, 26), "Europe/Zurich", 1),
            _all_day(4, date(2030, 10, 28), date(2030, 10, 29), "Europe/Zurich", 2),
        ),
    ]
    for before, after in cases:
        reference = make_back_to_back(before, after, 7, by_city=True)
        assert reference is not None and reference.gap_days == 1
        (found,) = find_back_to_back([before, after], 7)
        assert found.gap_days == 1
    # And the last day allowed: max_gap_days=1 keeps them, 0 does not.
    assert len(find_back_to_back(list(cases[0]), 1)) == 1
    assert find_back_to_back(list(cases[0]), 0) == []
