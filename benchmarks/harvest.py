"""Benchmark of harvesting a partner's 10,000-event iCalendar feed, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/harvest.py [--events 10000] [--databases sqlite postgres]

For each database it builds a fresh, migrated database, writes a SYNTHETIC feed (all-day and timed
events in their venues' zones, locations, categories), serves it from a loopback HTTP server with an
ETag, and times ``harvest()`` of a feed source (wall clock, including the fetch and the database
server's work, and this process's CPU time, which a busy shared machine inflates less):
1. the first harvest (every event new; target under 10 s),
2. again, the server answering 304 Not Modified to the conditional request,
3. again, the ETag forgotten (a server without ETags): the same bytes as last time, not read again
   (target under 2 s),
4. again with ``full=True`` (``synergies harvest --full``): the whole feed read, parsed and compared,
   nothing written,
5. again with 1% of the events changed (their SEQUENCE raised and title changed).
PostgreSQL is reached at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent

PLACES = [
    ("CICG, Geneva, Switzerland", "Europe/Zurich"),
    ("Nairobi, Kenya", "Africa/Nairobi"),
    ("Bangkok, Thailand", "Asia/Bangkok"),
    ("Dakar, Senegal", "Africa/Dakar"),
    ("Online", "UTC"),
    ("Panama City, Panama", "America/Panama"),
    ("Rome, Italy", "Europe/Rome"),
]
CATEGORIES = ["Mercury", "PCBs", "e-waste", "Lead paint", "Plastics", "Something unknown"]


def synthetic_feed(count: int, *, changed: frozenset[int] = frozenset(), seed: int = 11) -> bytes:
    """A SYNTHETIC partner feed of ``count`` events; those in ``changed`` have a new version."""
    rng = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Synthetic benchmark partner//EN"]
    origin = date(2027, 1, 1)
    for number in range(count):
        day = origin + timedelta(days=rng.randrange(4 * 365))
        place, zone = rng.choice(PLACES)
        version = 1 if number in changed else 0
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{number}@partner.example",
            f"SEQUENCE:{version}",
            f"SUMMARY:Synthetic benchmark meeting {number}" + (" (moved)" if version else ""),
            f"LOCATION:{place}",
            f"CATEGORIES:{rng.choice(CATEGORIES)}",
            f"URL:https://partner.example/meetings/{number}",
        ]
        if rng.random() < 0.5:
            lines += [
                f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + timedelta(days=rng.choice([1, 2, 3, 5])):%Y%m%d}",
            ]
        else:
            hour = rng.choice([8, 9, 13, 14])
            tzid = "" if zone == "UTC" else f";TZID={zone}"
            stamp = "Z" if zone == "UTC" else ""
            lines += [
                f"DTSTART{tzid}:{day:%Y%m%d}T{hour:02d}0000{stamp}",
                f"DTEND{tzid}:{day:%Y%m%d}T{hour + 3:02d}0000{stamp}",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def run_one(count: int) -> list[dict[str, Any]]:
    """In a child process whose DATABASE_URL is already set: build the database, harvest, measure."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "synergies.settings.base")
    import django

    django.setup()
    from django.core.management import call_command

    from synergies.directory.models import Organization
    from synergies.federation.loopback import serve_feed
    from synergies.federation.models import FeedSource
    from synergies.federation.services import harvest

    call_command("migrate", verbosity=0)
    published = {"feed": synthetic_feed(count)}
    with serve_feed(published) as url:
        partner = Organization.objects.create(acronym="BENCH", name="Synthetic benchmark partner")
        source = FeedSource.objects.create(name="bench", url=url, organization=partner, allow_private_addresses=True)
        return _measure(source, published, count, harvest)


def _measure(source: Any, published: dict[str, bytes], count: int, harvest: Any) -> list[dict[str, Any]]:
    results = []

    def timed(label: str, *, full: bool = False) -> None:
        source.refresh_from_db()
        started, cpu = time.perf_counter(), time.process_time()
        from synergies.core.actors import SYSTEM

        run = harvest(source, by=SYSTEM, full=full)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        results.append(
            {
                "step": label,
                "seconds": round(seconds, 2),
                "cpu": round(cpu, 2),
                "status": run.status,
                "counts": run.counts(),
            }
        )

    timed("first harvest")
    timed("again, 304 Not Modified")
    type(source).objects.filter(pk=source.pk).update(etag="", last_modified_header="")
    timed("again, no ETag, the same bytes")
    timed("again, --full: whole feed read, nothing changed", full=True)
    published["feed"] = synthetic_feed(count, changed=frozenset(range(0, count, 100)))
    timed("again, 1% changed")
    return results


def fresh_database(kind: str, workdir: str) -> str:
    """The DATABASE_URL of an empty database of its own (never another benchmark's)."""
    if kind == "sqlite":
        return f"sqlite:///{workdir}/bench-harvest.sqlite3"
    name = "synergies_bench_harvest"
    for command in ("dropdb", "createdb"):
        subprocess.run(
            [command, *(["--if-exists"] if command == "dropdb" else []), "-h", "127.0.0.1", "-U", "postgres", name],
            check=command == "createdb",
            capture_output=True,
        )
    return os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/").rstrip("/") + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"], choices=["sqlite", "postgres"])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child)))
        return
    print(f"Feed of {args.events:,} synthetic events: {len(synthetic_feed(args.events)) / 1e6:.1f} MB\n")
    with tempfile.TemporaryDirectory() as workdir:
        for kind in args.databases:
            env = {**os.environ, "DATABASE_URL": fresh_database(kind, workdir)}
            output = subprocess.run(
                [sys.executable, __file__, "--child", str(args.events)],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            print(
                f"## {kind}\n\n| step | wall s | CPU s | status | new | updated | unchanged |\n| --- | --- | --- "
                "| --- | --- | --- | --- |"
            )
            for row in json.loads(output.stdout.strip().splitlines()[-1]):
                counts = row["counts"]
                print(
                    f"| {row['step']} | {row['seconds']} | {row['cpu']} | {row['status']} | {counts['new']} | "
                    f"{counts['updated']} | {counts['unchanged']} |"
                )
            print()


if __name__ == "__main__":
    main()
