"""The fast engine finds exactly what a brute-force comparison of all pairs finds (random calendars)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import combinations, permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from synergies.alignment.engine import (
    Item,
    find_back_to_back,
    find_clashes,
    make_back_to_back,
    make_clash,
)

ORIGIN = datetime(2030, 1, 1, tzinfo=UTC)
CITIES = ["geneva|CH", "nairobi|KE", "rome|IT", ""]


@st.composite
def items(draw: st.DrawFn) -> list[Item]:
    count = draw(st.integers(min_value=0, max_value=30))
    result = []
    for number in range(count):
        start = ORIGIN + timedelta(hours=draw(st.integers(0, 24 * 60)))
        length = timedelta(hours=draw(st.integers(1, 24 * 10)))
        small = st.frozensets(st.sampled_from(["a", "b", "c"]), max_size=2)
        parent = draw(st.one_of(st.none(), st.integers(0, max(0, count - 1))))
        result.append(
            Item(
                id=number, title=f"synthetic {number}", start=start, end=start + length,
                organizers=draw(st.frozensets(st.integers(1, 4), min_size=1, max_size=2)),
                city=draw(st.sampled_from(CITIES)), online=draw(st.booleans()),
                regions=draw(small), countries=draw(small), venue_regions=draw(small),
                instruments=draw(small), bodies=draw(small),
                topics=draw(small), parent_id=parent if parent != number else None,
                back_to_back_ids=draw(st.frozensets(st.integers(0, max(0, count - 1)), max_size=1)),
            )
        )
    return result


def brute_force_clashes(calendar: list[Item]) -> set[tuple[int, int, int]]:
    found = set()
    for a, b in combinations(calendar, 2):
        clash = make_clash(a, b)
        if clash is not None:
            found.add((*sorted(clash.key), clash.score))
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
def test_clashes_equal_brute_force(calendar):
    fast = {(*sorted(c.key), c.score) for c in find_clashes(calendar)}
    assert fast == brute_force_clashes(calendar)


@settings(max_examples=150, deadline=None)
@given(items(), st.integers(0, 10))
def test_back_to_back_equal_brute_force(calendar, gap):
    fast = {(*p.key, p.gap_days, p.same_city) for p in find_back_to_back(calendar, gap)}
    assert fast == brute_force_back_to_back(calendar, gap)
