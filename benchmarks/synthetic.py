"""Synthetic calendars for benchmarks: many events spread realistically over organizers, places and years.

Everything generated here is SYNTHETIC (titles say so) and never a fact about the cluster. It is
bulk-inserted rather than written through the services, because the services' per-event validation and
history would make a 100,000-event set take many minutes; the rows are shaped exactly as the services
shape them (local days derived from the venue's zone, version 1, a UID).
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from synergies.calendar.models import Event, EventOrganizer
from synergies.directory.models import Country, Instrument, Organization, Topic

# (city, ISO code, IANA zone): a spread of real host cities of the cluster's meetings.
PLACES = [
    ("Geneva", "CH", "Europe/Zurich"),
    ("Nairobi", "KE", "Africa/Nairobi"),
    ("Bangkok", "TH", "Asia/Bangkok"),
    ("Rome", "IT", "Europe/Rome"),
    ("Panama City", "PA", "America/Panama"),
    ("Dakar", "SN", "Africa/Dakar"),
    ("Beijing", "CN", "Asia/Shanghai"),
    ("Montevideo", "UY", "America/Montevideo"),
    ("Bonn", "DE", "Europe/Berlin"),
    ("Pretoria", "ZA", "Africa/Johannesburg"),
    ("Jakarta", "ID", "Asia/Jakarta"),
    ("Moscow", "RU", "Europe/Moscow"),
    ("Cairo", "EG", "Africa/Cairo"),
    ("Doha", "QA", "Asia/Qatar"),
    ("Bratislava", "SK", "Europe/Bratislava"),
    ("Mexico City", "MX", "America/Mexico_City"),
    ("Ottawa", "CA", "America/Toronto"),
    ("Apia", "WS", "Pacific/Apia"),
]
KINDS = [k for k, _ in Event.Kind.choices]
STATUSES = ["confirmed"] * 8 + ["planned", "postponed", "cancelled"]


def ensure_organizers(count: int = 40) -> list[Organization]:
    existing = list(Organization.objects.filter(acronym__startswith="SYN-"))
    for number in range(len(existing), count):
        existing.append(Organization.objects.create(acronym=f"SYN-{number:03d}", name=f"Synthetic organizer {number}"))
    return existing


@transaction.atomic
def generate_calendar(count: int, *, seed: int = 2014, first_year: int = 2010, years: int = 20) -> None:
    """Insert ``count`` synthetic events (with organizers, topics and instruments) in batches."""
    rng = random.Random(seed)  # reproducible synthetic data
    organizers = ensure_organizers()
    countries = {c.code: c for c in Country.objects.filter(code__in={code for _, code, _ in PLACES})}
    topics = list(Topic.objects.all())
    instruments = list(Instrument.objects.all())
    start_of_range = date(first_year, 1, 1)
    batch = 5000
    for offset in range(0, count, batch):
        events: list[Event] = []
        for number in range(offset, min(count, offset + batch)):
            city, code, zone = rng.choice(PLACES)
            first_day = start_of_range + timedelta(days=rng.randrange(years * 365))
            length = rng.choice([1, 1, 1, 2, 3, 5, 5, 12])
            timed = rng.random() < 0.2
            event = Event(
                uid=f"{uuid.UUID(int=rng.getrandbits(128))}@synthetic",
                title=f"Synthetic event {number}: {rng.choice(topics).name} meeting in {city}",
                description="Synthetic benchmark event.",
                kind=rng.choice(KINDS),
                status=rng.choice(STATUSES),
                visibility="internal" if rng.random() < 0.1 else "public",
                all_day=not timed,
                timezone=zone,
                city=city,
                country=countries[code],
                start_date=first_day,
                end_date=first_day + timedelta(days=length - 1),
            )
            if timed:
                local_start = datetime.combine(first_day, time(9, 0), tzinfo=ZoneInfo(zone))
                event.start_at = local_start.astimezone(ZoneInfo("UTC"))
                event.end_at = event.start_at + timedelta(hours=3)
                event.end_date = first_day
            events.append(event)
        Event.objects.bulk_create(events)
        EventOrganizer.objects.bulk_create(
            EventOrganizer(event=event, organization=rng.choice(organizers), role="lead") for event in events
        )
        Event.topics.through.objects.bulk_create(
            Event.topics.through(event_id=event.pk, topic_id=rng.choice(topics).pk) for event in events
        )
        Event.instruments.through.objects.bulk_create(
            Event.instruments.through(event_id=event.pk, instrument_id=rng.choice(instruments).pk) for event in events
        )
    # A real calendar was written over years, not in the last minute: what changed since the last look
    # (``calendar.queries.longest_event_span``) must be a few events, not all of them.
    Event.objects.update(updated_at=timezone.now() - timedelta(days=1))
    refresh_statistics()


def refresh_statistics() -> None:
    """What autovacuum (PostgreSQL) or a periodic ``PRAGMA optimize`` (SQLite) does in production: without
    statistics after a bulk load, the planner misjudges every filter."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
