"""Load the task force's table (``data/source_table.py``) into the register, through the services.

``load_register`` refuses a database that already holds a register (nothing changed), runs in one
transaction, creates the organizations it names when they are missing, and links activities and
mandates to calendar events when the calendar holds them (the demo data set); it skips the links
quietly when they are absent, so the register loads on an empty calendar too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Body, Instrument, Organization, Topic
from synergies.register import services
from synergies.register.data import source_table
from synergies.register.models import Activity, CooperationArea, Mandate


class RegisterAlreadyLoaded(Exception):
    """The database already holds a register; loading again would duplicate it."""


def _by_key(model: Any, field: str, keys: Iterable[str]) -> list[Any]:
    keys = list(keys)
    found = {getattr(obj, field): obj for obj in model.objects.filter(**{f"{field}__in": keys})}
    missing = [key for key in keys if key not in found]
    if missing:  # a mistake in the data module, not in the user's input
        raise LookupError(f"{model.__name__}: unknown {field} {', '.join(missing)}")
    return [found[key] for key in keys]


def find_linked_events() -> dict[str, list[Event]]:
    """Calendar events for each demo key of ``source_table.EVENT_LINKS`` (empty list when absent)."""
    wanted = {(title, first) for _key, _activity, title, first in source_table.EVENT_LINKS}
    titles = {title for title, _first in wanted}
    found: dict[tuple[str, object], list[Event]] = {}
    for event in Event.objects.filter(title__in=titles).order_by("pk"):
        if (event.title, event.start_date) in wanted:
            found.setdefault((event.title, event.start_date), []).append(event)
    return {key: found.get((title, first), []) for key, _activity, title, first in source_table.EVENT_LINKS}


def _ensure_organizations() -> dict[str, Organization]:
    for acronym, name, kind in source_table.ORGANIZATIONS:
        Organization.objects.get_or_create(acronym=acronym, defaults={"name": name, "kind": kind})
    acronyms = [acronym for acronym, _name, _kind in source_table.ORGANIZATIONS]
    return {o.acronym: o for o in Organization.objects.filter(acronym__in=acronyms)}


@transaction.atomic
def load_register(progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Create the register from the source table; returns counts per kind of record. A loader: it
    writes as ``SYSTEM``."""
    say = progress or (lambda message: None)
    if CooperationArea.objects.exists():
        raise RegisterAlreadyLoaded(
            _("The register already holds %(count)s areas of cooperation; nothing was loaded.")
            % {"count": CooperationArea.objects.count()}
        )
    organizations = _ensure_organizations()
    events = find_linked_events()
    activity_events: dict[str, list[Event]] = {}
    for demo_key, activity_key, _title, _first in source_table.EVENT_LINKS:
        if activity_key:
            activity_events.setdefault(activity_key, []).extend(events[demo_key])

    say(_("Areas and activities"))
    areas: dict[str, CooperationArea] = {}
    activities: dict[str, Activity] = {}
    for order, item in enumerate(source_table.AREAS, start=1):
        area = services.create_area(
            services.AreaData(
                slug=item["slug"],
                name=item["name"],
                kind=item["kind"],
                order=order,
                resource_implications=item.get("resource_implications", False),
                description=item.get("description", ""),
                instruments=_by_key(Instrument, "code", item["instruments"]),
                topics=_by_key(Topic, "slug", item["topics"]),
            ),
            by=SYSTEM,
        )
        areas[area.slug] = area
        for rank, row in enumerate(item["activities"], start=1):
            activities[row["key"]] = services.create_activity(
                services.ActivityData(
                    key=row["key"],
                    area=area,
                    order=rank,
                    short_title=row["short_title"],
                    text=row["text"],
                    status=row["status"],
                    cooperation_level=row["level"],
                    resource_implications=area.resource_implications or "(*)" in row["text"],
                    lead_organizations=[organizations[a] for a in row["leads"]],
                    partner_organizations=[organizations[a] for a in row["partners"]],
                    other_partners=row.get("other", ""),
                    period_text=row.get("period_text", ""),
                    period_start=row.get("period_start"),
                    period_end=row.get("period_end"),
                    events=list(dict.fromkeys(activity_events.get(row["key"], []))),
                ),
                by=SYSTEM,
            )

    say(_("Mandates"))
    mandates: dict[str, Mandate] = {}
    for row in source_table.MANDATES:
        meeting_events = events.get(row.get("meeting_key", ""), [])
        mandates[row["reference"]] = services.create_mandate(
            services.MandateData(
                reference=row["reference"],
                title=row["title"],
                kind=row["kind"],
                body=Body.objects.get(code=row["body"]) if row["body"] else None,
                meeting=meeting_events[0] if meeting_events else None,
                meeting_text=row.get("meeting_text", ""),
                date=row.get("date"),
                url=row.get("url", ""),
                excerpt=row.get("excerpt", ""),
                instruments=_by_key(Instrument, "code", row["instruments"]),
                topics=_by_key(Topic, "slug", row["topics"]),
                areas=[areas[slug] for slug in row["areas"]],
                activities=[activities[key] for key in row["activities"]],
            ),
            by=SYSTEM,
        )

    say(_("Focal points"))
    for area_slug, acronym, position, role, mandate_ref in source_table.FOCAL_POINTS:
        services.create_or_update_focal_point(
            by=SYSTEM,
            organization=organizations[acronym],
            name=position,
            position=position,
            area=areas[area_slug],
            role=role,
            mandate=mandates[mandate_ref] if mandate_ref else None,
        )

    say(_("Success stories"))
    for row in source_table.SUCCESS_STORIES:
        services.create_success_story(
            services.StoryData(
                title=row["title"],
                text=row["text"],
                published=row["published"],
                area=areas[row["area"]],
                activity=activities.get(row.get("activity", "")),
                events=events.get(row.get("event_link", ""), []),
            ),
            by=SYSTEM,
        )

    return {
        "areas": len(areas),
        "activities": len(activities),
        "mandates": len(mandates),
        "focal_points": len(source_table.FOCAL_POINTS),
        "success_stories": len(source_table.SUCCESS_STORIES),
        "event_links": Activity.events.through.objects.count(),
    }
