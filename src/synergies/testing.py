"""Builders for tests and benchmarks: small functions that create data through the services.

Everything they make is synthetic test data, not facts about the cluster.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser

from synergies.accounts.models import Membership
from synergies.calendar.models import Event
from synergies.calendar.services import EventData, create_event
from synergies.core.actors import SYSTEM, Actor
from synergies.directory.models import Country, Organization

_counter = itertools.count(1)


def make_organization(acronym: str | None = None, **fields: Any) -> Organization:
    number = next(_counter)
    acronym = acronym or f"TEST{number}"
    fields.setdefault("name", f"Test organization {acronym} (synthetic)")
    return Organization.objects.create(acronym=acronym, **fields)


def make_user(
    username: str | None = None,
    *,
    editor_of: Organization | None = None,
    member_of: Organization | None = None,
    **fields: Any,
) -> AbstractBaseUser:
    username = username or f"user{next(_counter)}"
    user = get_user_model().objects.create_user(username=username, password="test-password", **fields)
    if editor_of is not None:
        Membership.objects.create(user=user, organization=editor_of, role=Membership.Role.EDITOR)
    if member_of is not None:
        Membership.objects.create(user=user, organization=member_of, role=Membership.Role.MEMBER)
    return user


def event_data(**overrides: Any) -> EventData:
    """An all-day public event in Geneva, 2030-03-04 to 06, unless told otherwise."""
    if "lead_organizers" not in overrides:
        overrides["lead_organizers"] = [make_organization()]
    if "country" not in overrides:
        overrides["country"] = Country.objects.get(code="CH")
    base = EventData(
        title=f"Synthetic test meeting {next(_counter)}",
        start=date(2030, 3, 4),
        end=date(2030, 3, 6),
        lead_organizers=overrides["lead_organizers"],
        timezone="Europe/Zurich",
        city="Geneva",
    )
    return replace(base, **overrides)


def make_event(*, by: Actor = SYSTEM, **overrides: Any) -> Event:
    return create_event(event_data(**overrides), by=by)


def aware(year: int, month: int, day: int, hour: int = 0, minute: int = 0, zone: str = "UTC") -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))
