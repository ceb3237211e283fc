"""Benchmark of the alignment engine on synthetic calendars of 10k, 100k and 1M events.

    .venv/bin/python benchmarks/alignment_engine.py [--sizes 10000 100000 1000000]

Pure engine, no database: the items are generated in memory (SYNTHETIC data). The density is held
constant (the calendar covers more years as it grows, about 4 events starting per day, some 1,460 a year: more than
the cluster and its harvested partners hold together), which is how a
real calendar grows; the number of genuine findings then grows linearly and the growth exponent shows
the engine's own cost (target: close to n log n, i.e. an exponent a little above 1).

Two rows per size: the three public finders called one by one (each lays the items out itself), and
``find_alignment``, which runs the three over one layout of the items (what ``services.align`` calls).

The generated items are handed to the garbage collector's oldest generation (``gc.collect()``) before
the clock starts: otherwise its first full pass over the million-odd new objects of the input falls,
by chance, inside whichever finder runs first.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from synergies.alignment.engine import Item, find_alignment, find_back_to_back, find_clashes, find_crowded_weeks

CITIES = [f"city{n}|C{n % 60}" for n in range(300)]
REGIONS = ["africa", "asia-pacific", "eastern-europe", "grulac", "weog"]
TOPICS = [f"topic{n}" for n in range(25)]
INSTRUMENTS = ["basel", "rotterdam", "stockholm", "minamata", "saicm", "unea"]
BODIES = [f"body{n}" for n in range(40)]
PER_DAY = 4


def synthetic_items(count: int, seed: int = 7) -> list[Item]:
    rng = random.Random(seed)  # reproducible synthetic data
    origin = datetime(2000, 1, 1, tzinfo=UTC)
    span_days = max(1, count // PER_DAY)
    items = []
    for number in range(count):
        start = origin + timedelta(days=rng.randrange(span_days), hours=rng.choice([0, 7, 9, 13]))
        length = timedelta(days=rng.choice([0, 0, 1, 2, 4]), hours=rng.choice([3, 8, 24]))
        city = rng.choice(CITIES)
        items.append(
            Item(
                id=number,
                title=f"Synthetic {number}",
                start=start,
                end=start + length,
                organizers=frozenset({rng.randrange(60)}),
                city=city,
                online=rng.random() < 0.1,
                regions=frozenset(rng.sample(REGIONS, 1) if rng.random() < 0.4 else ()),
                countries=frozenset({f"C{rng.randrange(190)}"} if rng.random() < 0.2 else ()),
                venue_regions=frozenset({REGIONS[int(city.split("|")[1][1:]) % 5]}),
                instruments=frozenset({rng.choice(INSTRUMENTS)}),
                bodies=frozenset({rng.choice(BODIES)} if rng.random() < 0.5 else ()),
                topics=frozenset(rng.sample(TOPICS, rng.choice([1, 2]))),
            )
        )
    return items


def timed(function: Callable[..., list[Any]], *args: Any) -> tuple[float, int]:
    started = time.process_time()
    result = function(*args)
    return time.process_time() - started, len(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    print(
        "| events | clashes s | back-to-back s | crowded weeks s | total s (one core) | find_alignment s | findings |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    previous: tuple[int, float, float] | None = None
    exponents: list[tuple[float, float]] = []
    for size in args.sizes:
        items = synthetic_items(size)
        gc.collect()
        clash_s, clashes = timed(find_clashes, items)
        b2b_s, b2b = timed(find_back_to_back, items, 7)
        weeks_s, weeks = timed(find_crowded_weeks, items, 3)
        total = clash_s + b2b_s + weeks_s
        gc.collect()
        started = time.process_time()
        found = find_alignment(items, 7, 3)
        combined = time.process_time() - started
        assert (len(found.clashes), len(found.back_to_back), len(found.crowded_weeks)) == (clashes, b2b, weeks)
        del found
        print(
            f"| {size:,} | {clash_s:.2f} | {b2b_s:.2f} | {weeks_s:.2f} | {total:.2f} | {combined:.2f} | "
            f"{clashes:,} / {b2b:,} / {weeks:,} |",
            flush=True,
        )
        if previous:
            scale = math.log(size / previous[0])
            exponents.append((math.log(total / previous[1]) / scale, math.log(combined / previous[2]) / scale))
        previous = (size, total, combined)
    if exponents:
        print(
            "\ngrowth exponent between sizes (one by one / find_alignment): "
            + ", ".join(f"{one:.2f} / {combined:.2f}" for one, combined in exponents)
            + " (1.0 = linear; n log n shows as a little above 1)"
        )


if __name__ == "__main__":
    main()
