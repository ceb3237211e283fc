"""Throughput of the JSON API's event list on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/api_throughput.py [--sizes 10000] [--databases sqlite postgres]

For each database and size it builds a fresh database with a synthetic calendar (see synthetic.py),
then, in-process with Django's test client (the application's own cost, without network), times
``/api/v1/events?page_size=100`` and a few variants (a filter, a deep page, a staff token) and prints
requests per second, median and p95 in milliseconds and the queries per request. The API's rate limits
are lifted for the run. PostgreSQL is reached at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from calendar_pages import measure, run_in_children  # noqa: E402

REPEAT = 40


def run_one(size: int) -> list[dict[str, Any]]:
    """In a child process whose DATABASE_URL is already set: build the database and measure."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "synergies.settings.base")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client
    from synthetic import generate_calendar

    from synergies.api.tokens import create_token

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    generate_calendar(size)
    print(f"  generated {size} events in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    staff = get_user_model().objects.create_user("bench-staff", is_staff=True)
    token = {"Authorization": f"Bearer {create_token(staff, 'benchmark (synthetic)').secret}"}
    client = Client()
    cases = [
        ("/api/v1/events?page_size=100", {}),
        ("/api/v1/events?page_size=100&topic=mercury&from=2015-01-01", {}),
        ("/api/v1/events?page_size=100&page=40", {}),
        ("/api/v1/events?page_size=500", {}),
        ("/api/v1/events?page_size=100", token),
    ]
    results = []
    for url, headers in cases:
        client.get(url, headers=headers)  # warm up: caches, the token's first use
        row = measure(client, url, repeat=REPEAT, headers=headers)
        started = time.perf_counter()
        for _ in range(REPEAT):
            client.get(url, headers=headers)
        row["requests_per_s"] = round(REPEAT / (time.perf_counter() - started), 1)
        row["caller"] = "staff token" if headers else "anonymous"
        results.append(row)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"], choices=["sqlite", "postgres"])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child)))
        return
    columns = [
        ("request", "url"),
        ("caller", "caller"),
        ("status", "status"),
        ("queries", "queries"),
        ("requests/s", "requests_per_s"),
        ("median ms", "median_ms"),
        ("p95 ms", "p95_ms"),
    ]
    unlimited = {"SYNERGIES_API_RATE_ANON": "1000000/min", "SYNERGIES_API_RATE_TOKEN": "1000000/min"}
    run_in_children(__file__, args.databases, args.sizes, columns, extra_env=unlimited)


if __name__ == "__main__":
    main()
