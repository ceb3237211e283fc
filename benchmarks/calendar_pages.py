"""Benchmark of the calendar's pages and feeds on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/calendar_pages.py [--sizes 10000 100000] [--databases sqlite postgres]

For each database and size it builds a fresh database with a synthetic calendar (see synthetic.py),
then times, in-process with Django's test client (so the figures are the application's, without
network): filtered /events/ pages, the full /events.ics of 10,000 events, a filtered /events.ics, and a
304 answer to a conditional request; and counts database queries per page. It prints median and p95 in
milliseconds. PostgreSQL is reached at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/).

/events/ is kept in the cache until the data changes (docs/decisions/0411), so each of its pages is
measured twice: "cold", the first request after a write (one event saved before every request, as an
edit does: the data generation rises and the page is built), and "warm", the same page again.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
REPEAT = 30
#: Filtered agenda pages: a topic over two years, a region and kind from 2012 on, a text search.
PAGES = [
    "/events/?topic=mercury&from=2015-01-01&to=2016-12-31",
    "/events/?region=africa&kind=workshop&from=2012-01-01",
    "/events/?q=meeting+Geneva&from=2020-01-01",
]


def measure(
    client: Any,
    url: str,
    *,
    repeat: int = REPEAT,
    before: Callable[[], None] | None = None,
    label: str = "",
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Median and p95 of ``repeat`` requests; ``before`` runs (untimed) before each one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    status = 0
    queries = 0
    for _ in range(repeat):
        if before is not None:
            before()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, headers=headers)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            timings.append((time.perf_counter() - started) * 1000)
        status, queries = response.status_code, len(captured)
    timings.sort()
    return {
        "url": f"{url}{label}",
        "status": status,
        "queries": queries,
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 1),
    }


def run_one(size: int) -> list[dict[str, Any]]:
    """In a child process whose DATABASE_URL is already set: build the database and measure."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "synergies.settings.base")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from synthetic import generate_calendar

    from synergies.calendar.models import Event

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    generate_calendar(size)
    print(f"  generated {size} events in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    client = Client()
    edited = Event.objects.order_by("pk").first()

    def write() -> None:
        """An edit, as far as the caches can tell: the event's ``updated_at`` and the data generation rise."""
        edited.save()  # type: ignore[union-attr]

    results = []
    for page in PAGES:
        client.get(page)  # the longest event span, looked up once per process
        results.append(measure(client, page, before=write, label=" (cold: after a write)"))
        results.append(measure(client, page, label=" (warm)"))
    results.append(measure(client, "/events.ics?topic=pcbs&from=2020-01-01&to=2020-12-31"))
    full = client.get("/events.ics?from=2028-01-01")  # the last two years: about 10% of the set
    results.append(measure(client, "/events.ics?from=2028-01-01", repeat=5))
    etag = full.headers.get("ETag", "")
    results.append(measure(client, "/events.ics?from=2028-01-01", headers={"If-None-Match": etag}))
    return results


def database_url(kind: str, workdir: str, size: int) -> str:
    if kind == "sqlite":
        return f"sqlite:///{workdir}/bench-{size}.sqlite3"
    base = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")
    name = f"synergies_bench_calendar_{size}"
    subprocess.run(["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", name], check=False)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    return base.rstrip("/") + "/" + name


def run_in_children(
    script: str,
    databases: list[str],
    sizes: list[int],
    columns: list[tuple[str, str]],
    extra_env: dict[str, str] | None = None,
) -> None:
    """For each database and size, run ``script --child SIZE`` on a fresh database in a process of its own
    and print its rows (a JSON list on its last output line) as a Markdown table of ``columns``
    (heading, key); a key "url" is shown as code."""
    with tempfile.TemporaryDirectory() as workdir:
        for kind in databases:
            for size in sizes:
                print(f"{kind}, {size} events:", file=sys.stderr)
                env = {**os.environ, "DATABASE_URL": database_url(kind, workdir, size), **(extra_env or {})}
                output = subprocess.run(
                    [sys.executable, script, "--child", str(size)],
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                )
                print(output.stderr, end="", file=sys.stderr)
                print(f"\n## {kind}, {size:,} events\n")
                print("| " + " | ".join(heading for heading, _ in columns) + " |")
                print("|" + " --- |" * len(columns))
                for row in json.loads(output.stdout.strip().splitlines()[-1]):
                    cells = [f"`{row[key]}`" if key == "url" else str(row[key]) for _, key in columns]
                    print("| " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"], choices=["sqlite", "postgres"])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child)))
        return
    columns = [
        ("request", "url"),
        ("status", "status"),
        ("queries", "queries"),
        ("median ms", "median_ms"),
        ("p95 ms", "p95_ms"),
    ]
    run_in_children(__file__, args.databases, args.sizes, columns)


if __name__ == "__main__":
    main()
