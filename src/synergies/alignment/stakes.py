"""Who has a stake in what, read from the register: mandates, activities and focal points.

An organization has a stake in an audience key (a topic, instrument or body) when
- it leads or partners an activity whose area covers that topic or instrument;
- a mandate on that topic, instrument or body applies to an area or activity it works on;
- one of its people is a focal point for an area (or mandate) covering it, or for the topic itself.
The focal point suggested for a stake is that organization's person for the same key where known.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from synergies.alignment.engine import Stake
from synergies.register.models import Activity, FocalPoint, Mandate


def _area_keys(area: object) -> set[str]:
    return {f"topics:{t.slug}" for t in area.topics.all()} | {  # type: ignore[attr-defined]
        f"instruments:{i.code}"
        for i in area.instruments.all()  # type: ignore[attr-defined]
    }


def _mandate_keys(mandate: Mandate) -> set[str]:
    keys = {f"topics:{t.slug}" for t in mandate.topics.all()}
    keys |= {f"instruments:{i.code}" for i in mandate.instruments.all()}
    if mandate.body_id:
        keys.add(f"bodies:{mandate.body.code}")  # type: ignore[union-attr]
    return keys


def organization_stakes() -> Iterator[Stake]:
    focal: dict[tuple[int, str], str] = {}
    any_focal: dict[int, str] = {}
    raw: list[tuple[int, str, str, str]] = []  # organization, key, via, label

    points = FocalPoint.objects.select_related("person__organization", "mandate__body").prefetch_related(
        "person__topics", "area__topics", "area__instruments", "mandate__topics", "mandate__instruments"
    )
    for point in points:
        person = point.person
        label = f"{person.name} ({point.role})" if person.name else point.role
        keys = _area_keys(point.area) | {f"topics:{t.slug}" for t in person.topics.all()}
        if point.mandate_id:
            keys |= _mandate_keys(point.mandate)  # type: ignore[arg-type]
        any_focal.setdefault(person.organization_id, label)
        for key in keys:
            focal.setdefault((person.organization_id, key), label)
            raw.append((person.organization_id, key, "focal_point", label))

    activities = Activity.objects.select_related("area").prefetch_related(
        "area__topics", "area__instruments", "lead_organizations", "partner_organizations"
    )
    organizations_by_activity: dict[int, set[int]] = defaultdict(set)
    organizations_by_area: dict[int, set[int]] = defaultdict(set)
    for activity in activities:
        organizations = {o.pk for o in activity.lead_organizations.all()} | {
            o.pk for o in activity.partner_organizations.all()
        }
        organizations_by_activity[activity.pk] |= organizations
        organizations_by_area[activity.area_id] |= organizations
        for key in _area_keys(activity.area):
            for organization in organizations:
                raw.append((organization, key, "activity", activity.short_title))

    mandates = Mandate.objects.select_related("body").prefetch_related("topics", "instruments", "areas", "activities")
    for mandate in mandates:
        holders: set[int] = set()
        for activity in mandate.activities.all():
            holders |= organizations_by_activity[activity.pk]
        for area in mandate.areas.all():
            holders |= organizations_by_area[area.pk]
        for key in _mandate_keys(mandate):
            for organization in holders:
                raw.append((organization, key, "mandate", mandate.reference))

    seen: set[tuple[int, str, str, str]] = set()
    for organization, key, via, label in raw:
        if (organization, key, via, label) in seen:
            continue
        seen.add((organization, key, via, label))
        yield Stake(organization, key, via, label, focal.get((organization, key)) or any_focal.get(organization, ""))
