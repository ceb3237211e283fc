"""From calendar events to the engine's items: the only place the engine meets the database."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import QuerySet

from synergies.alignment.engine import Item
from synergies.calendar.models import Event
from synergies.directory.models import Country


def instants(event: Event) -> tuple[datetime, datetime]:
    """An event's time as instants; all-day events as whole local days in the venue's zone."""
    if not event.all_day and event.start_at and event.end_at:
        return event.start_at, max(event.end_at, event.start_at + timedelta(minutes=1))
    zone = ZoneInfo(event.timezone)
    start = datetime.combine(event.start_date, time.min, tzinfo=zone)
    end = datetime.combine(event.end_date + timedelta(days=1), time.min, tzinfo=zone)
    return start, end


def alignable(events: QuerySet[Event], start: date | None, end: date | None) -> QuerySet[Event]:
    """Events that count for alignment: not cancelled, with known days (postponed ones at their new
    dates); harvested and local alike."""
    return (
        events.overlapping(start, end)  # type: ignore[attr-defined]
        .exclude(status=Event.Status.CANCELLED)
        .filter(date_precision=Event.DatePrecision.DAY)
    )


def city_key(city: str, country_code: str, *, online: bool) -> str:
    """What makes two events "in the same city" for the engine: the name without case or spaces around it,
    and the country (Paris, France is not Paris, Texas); online events are in no city."""
    if online or not city.strip():
        return ""
    return f"{city.strip().casefold()}|{country_code}"


def items_from_events(events: QuerySet[Event]) -> list[Item]:
    """Engine items: the audience (targeted regions and countries, instruments, bodies, topics) and the
    place (city, and the regions of the venue's country)."""
    events = events.select_related("country").prefetch_related(
        "event_organizers",
        "instruments",
        "bodies",
        "topics",
        "target_regions",
        "target_countries",
        "back_to_back_with",
    )
    country_regions: dict[int, set[str]] = defaultdict(set)
    for country_id, code in Country.regions.through.objects.values_list("country_id", "region__code"):
        country_regions[country_id].add(code)
    items = []
    for event in events:
        start, end = instants(event)
        online = event.attendance_mode == Event.AttendanceMode.ONLINE
        regions = {r.code for r in event.target_regions.all()}
        countries = {c.code for c in event.target_countries.all()}
        venue_regions = country_regions[event.country_id] if event.country_id and not online else set()
        city = city_key(event.city, event.country.code if event.country else "", online=online)
        items.append(
            Item(
                id=event.pk,
                title=event.title,
                start=start,
                end=end,
                organizers=frozenset(link.organization_id for link in event.event_organizers.all()),
                city=city,
                city_name=event.city,
                online=online,
                regions=frozenset(regions),
                countries=frozenset(countries),
                venue_regions=frozenset(venue_regions),
                instruments=frozenset(i.code for i in event.instruments.all()),
                bodies=frozenset(b.code for b in event.bodies.all()),
                topics=frozenset(t.slug for t in event.topics.all()),
                parent_id=event.parent_id,
                back_to_back_ids=frozenset(e.pk for e in event.back_to_back_with.all()),
                local_start_day=event.start_date,
            )
        )
    return items
