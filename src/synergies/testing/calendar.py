"""Builders of calendar data, made through ``calendar.services``. Every event they make is synthetic:
its title says so unless the test gives one (and tests give synthetic titles too)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from synergies.calendar.models import Event, Participation
from synergies.calendar.services import EventData, ParticipationData, create_event, create_participation
from synergies.directory.models import Organization
from synergies.testing._common import acting, next_number
from synergies.testing.directory import country, make_organization

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from synergies.core.actors import Actor


def event_data(**overrides: Any) -> EventData:
    """An all-day public event in Geneva, 2030-03-04 to 06, unless told otherwise."""
    if "lead_organizers" not in overrides:
        overrides["lead_organizers"] = [make_organization()]
    if "country" not in overrides:
        overrides["country"] = country("CH")
    base = EventData(
        title=f"Synthetic test meeting {next_number()}",
        start=date(2030, 3, 4),
        end=date(2030, 3, 6),
        lead_organizers=overrides["lead_organizers"],
        timezone="Europe/Zurich",
        city="Geneva",
    )
    return replace(base, **overrides)


def make_event(*, by: Actor | AbstractBaseUser | None = None, **overrides: Any) -> Event:
    """Create the event of :func:`event_data` with ``overrides``, as ``by`` (``SYSTEM`` unless given)."""
    return create_event(event_data(**overrides), by=acting(by))


def make_participation(
    event: Event,
    organization: Organization | None = None,
    *,
    by: Actor | AbstractBaseUser | None = None,
    **fields: Any,
) -> Participation:
    """``organization`` (a new synthetic one unless given) takes part in ``event``: attends, proposed,
    unless ``fields`` (role, status, person, notes) say otherwise."""
    data = ParticipationData(organization=organization or make_organization(), **fields)
    return create_participation(event, data, by=acting(by))
