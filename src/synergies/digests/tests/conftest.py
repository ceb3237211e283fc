"""Fixtures of the digest tests: two organizations of the cluster, events of mutual interest to both
(one public, one internal), and staff subscribers. Everything is synthetic test data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from django.contrib.auth.models import User

from synergies.calendar.models import Event
from synergies.digests.models import DigestSubscription
from synergies.directory.models import Country, Organization, Region, Topic
from synergies.testing import make_event, make_organization, make_subscription, make_user

MONDAY = date(2030, 3, 4)  # a Monday; the week runs to Sunday 10 March, the month to 31 March


@dataclass
class World:
    secretariat: Organization
    branch: Organization
    other: Organization
    mercury_meeting: Event  # public, Geneva, mercury, organized by both
    internal_meeting: Event  # internal, Nairobi (Africa), organized by both
    other_meeting: Event  # public, organized by the secretariat and a third organization of the cluster


@pytest.fixture
def world(db: None) -> World:
    secretariat = make_organization("SECT", kind=Organization.Kind.SECRETARIAT)
    branch = make_organization("BRANCH", kind=Organization.Kind.UNEP_DIVISION)
    other = make_organization("OTHER", kind=Organization.Kind.SECRETARIAT)
    mercury = Topic.objects.get(slug="mercury")
    mercury_meeting = make_event(
        title="Synthetic mercury workshop",
        start=date(2030, 3, 11),
        end=date(2030, 3, 13),
        lead_organizers=[secretariat],
        co_organizers=[branch],
        topics=[mercury],
    )
    internal_meeting = make_event(
        title="Synthetic internal retreat",
        start=date(2030, 4, 8),
        end=date(2030, 4, 9),
        lead_organizers=[secretariat],
        co_organizers=[branch],
        visibility=Event.Visibility.INTERNAL,
        country=Country.objects.get(code="KE"),
        city="Nairobi",
        timezone="Africa/Nairobi",
    )
    other_meeting = make_event(
        title="Synthetic plastics dialogue",
        start=date(2030, 3, 20),
        end=date(2030, 3, 20),
        lead_organizers=[other],
        co_organizers=[secretariat],
    )
    return World(secretariat, branch, other, mercury_meeting, internal_meeting, other_meeting)


@pytest.fixture
def subscriber(db: None) -> User:
    return make_user("subscriber", is_staff=True, email="subscriber@example.org")


def subscribe(user: User, **choices: Any) -> DigestSubscription:
    """``user`` subscribes themselves, as on their page."""
    return make_subscription(user, by=user, **choices)


@pytest.fixture
def africa(db: None) -> Region:
    return Region.objects.get(code="africa")
