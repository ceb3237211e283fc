"""Benchmark of the register's pages on SQLite and PostgreSQL: 100 areas, 5,000 activities, 2,000 mandates.

    .venv/bin/python benchmarks/register_pages.py [--databases sqlite postgres]

For each database it builds a fresh database with a SYNTHETIC register (bulk inserts: the figures are
about reading, not about the services), then times, in-process with Django's test client, /register/
unfiltered and filtered, a late page, an activity, /mandates/ plain and searched, a mandate and /map/,
and counts queries per page. Each page is timed twice: *cold* (the data generation is raised before
every request, as any edit does, so the cached page body is stale and built again) and *warm* (the
body comes from the cache). Target (issue 3): under 50 ms median for the register and map pages.
PostgreSQL is reached at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
AREAS, ACTIVITIES, MANDATES = 100, 5_000, 2_000


def generate_register(seed: int = 3) -> None:
    """A synthetic register of the issue's size (names say 'Synthetic'; nothing here is a fact)."""
    from synergies.directory.models import Instrument, Organization, Person, Topic
    from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate

    rng = random.Random(seed)  # reproducible synthetic data
    organizations = Organization.objects.bulk_create(
        Organization(acronym=f"SYN{n}", name=f"Synthetic organization {n}") for n in range(12)
    )
    instruments = list(Instrument.objects.all())
    topics = list(Topic.objects.all())
    areas = CooperationArea.objects.bulk_create(
        CooperationArea(
            slug=f"synthetic-area-{n}",
            name=f"Synthetic area {n}",
            order=n,
            kind=rng.choice(["programmatic", "operational"]),
            resource_implications=rng.random() < 0.2,
        )
        for n in range(AREAS)
    )
    activities = Activity.objects.bulk_create(
        Activity(
            key=f"synthetic-activity-{n}",
            area=rng.choice(areas),
            order=n,
            short_title=f"Synthetic activity {n}",
            text=f"Synthetic text of activity {n} about cooperation and coordination.",
            status=rng.choice(Activity.Status.values),
            cooperation_level=rng.randint(1, 8),
            resource_implications=rng.random() < 0.2,
            internal_notes="Synthetic internal note",
        )
        for n in range(ACTIVITIES)
    )
    Activity.lead_organizations.through.objects.bulk_create(
        Activity.lead_organizations.through(activity=a, organization=rng.choice(organizations[:4])) for a in activities
    )
    Activity.partner_organizations.through.objects.bulk_create(
        Activity.partner_organizations.through(activity=a, organization=rng.choice(organizations[4:]))
        for a in activities
    )
    mandates = Mandate.objects.bulk_create(
        Mandate(
            reference=f"SYN-{n}/1",
            title=f"Synthetic decision {n}",
            kind=rng.choice(Mandate.Kind.values),
            excerpt="Synthetic excerpt calling for cooperation.",
        )
        for n in range(MANDATES)
    )
    Mandate.instruments.through.objects.bulk_create(
        Mandate.instruments.through(mandate=m, instrument=rng.choice(instruments)) for m in mandates
    )
    Mandate.topics.through.objects.bulk_create(
        Mandate.topics.through(mandate=m, topic=rng.choice(topics)) for m in mandates
    )
    Mandate.areas.through.objects.bulk_create(
        Mandate.areas.through(mandate=m, cooperationarea=rng.choice(areas)) for m in mandates
    )
    Mandate.activities.through.objects.bulk_create(
        Mandate.activities.through(mandate=m, activity=rng.choice(activities)) for m in mandates
    )
    people = Person.objects.bulk_create(
        Person(name=f"Synthetic focal point {n}", organization=rng.choice(organizations), email=f"fp{n}@example.org")
        for n in range(300)
    )
    FocalPoint.objects.bulk_create(
        FocalPoint(person=people[n], area=areas[n % AREAS], role="Synthetic role") for n in range(300)
    )


def measure_cold_and_warm(client: Any, url: str, repeat: int = 30) -> dict[str, Any]:
    """Time ``url`` cold (the data generation raised before each request, as after any edit, so the
    page is built again) and warm (served from the page cache); count the queries of each."""
    from calendar_pages import measure
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from synergies.core.models import DataGeneration

    client.get(url)  # warm up sessions, templates and translations
    timings = []
    queries = status = 0
    for _ in range(repeat):
        DataGeneration.advance()  # what every write does: the cached bodies are stale
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        status, queries = response.status_code, len(captured)
    timings.sort()
    warm = measure(client, url, repeat=repeat)
    return {
        "url": url,
        "status": status,
        "cold_queries": queries,
        "cold_median_ms": round(statistics.median(timings), 1),
        "cold_p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 1),
        "warm_queries": warm["queries"],
        "warm_median_ms": warm["median_ms"],
        "warm_p95_ms": warm["p95_ms"],
    }


def run_one() -> list[dict[str, Any]]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "synergies.settings.base")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from synergies.register.models import Mandate

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    generate_register()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
    print(f"  generated the register in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    client = Client()
    mandate = Mandate.objects.order_by("pk")[MANDATES // 2]
    urls = [
        "/register/",
        "/register/?status=potential&level=5&level=6",
        "/register/?organization=SYN2&resources=yes&q=cooperation",
        "/register/?page=40",
        "/register/synthetic-activity-2500/",
        "/mandates/",
        "/mandates/?q=decision&instrument=minamata",
        f"/mandates/{mandate.pk}/",
        "/map/",
    ]
    return [measure_cold_and_warm(client, url) for url in urls]


def database_url(kind: str, workdir: str) -> str:
    if kind == "sqlite":
        return f"sqlite:///{workdir}/bench-register.sqlite3"
    base = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")
    name = "synergies_bench_register"
    subprocess.run(["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", name], check=False)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    return base.rstrip("/") + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"], choices=["sqlite", "postgres"])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one()))
        return
    with tempfile.TemporaryDirectory() as workdir:
        for kind in args.databases:
            print(f"{kind}:", file=sys.stderr)
            env = {**os.environ, "DATABASE_URL": database_url(kind, workdir)}
            output = subprocess.run(
                [sys.executable, __file__, "--child"], env=env, check=True, capture_output=True, text=True
            )
            print(output.stderr, end="", file=sys.stderr)
            print(f"\n## {kind}: {AREAS} areas, {ACTIVITIES:,} activities, {MANDATES:,} mandates\n")
            print(
                "| request | status | cold: queries | cold: median ms | cold: p95 ms | warm: queries | "
                "warm: median ms | warm: p95 ms |\n| --- | --- | --- | --- | --- | --- | --- | --- |"
            )
            for row in json.loads(output.stdout.strip().splitlines()[-1]):
                cells = [f"`{row['url']}`"] + [
                    str(row[name])
                    for name in (
                        "status",
                        "cold_queries",
                        "cold_median_ms",
                        "cold_p95_ms",
                        "warm_queries",
                        "warm_median_ms",
                        "warm_p95_ms",
                    )
                ]
                print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
