"""Builders for tests and benchmarks: plain functions that create data through the services.

Everything they make is synthetic test data (names and titles say so), never a fact about the
cluster. Each builder writes through its app's services, as ``SYSTEM`` unless the test names the
acting user (``by=``), so a test's data passes the same validation, history and permission checks as
real data. Only data no service writes (organizations, people, users and memberships, provenance
links) is written with the ORM, here and nowhere else in the tests.

One module per app; everything is re-exported here, so ``from synergies.testing import make_event``.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from synergies.testing.accounts import PASSWORD, make_group, make_membership, make_user
from synergies.testing.api import bearer
from synergies.testing.calendar import event_data, make_event, make_participation
from synergies.testing.digests import make_delivery, make_subscription
from synergies.testing.directory import country, make_organization, make_person, make_topic
from synergies.testing.federation import make_feed_source, make_harvest_link
from synergies.testing.register import activity_data, make_activity, make_area, make_mandate
from synergies.testing.upcoming import make_communication


def aware(year: int, month: int, day: int, hour: int = 0, minute: int = 0, zone: str = "UTC") -> datetime:
    """A time of day in ``zone`` (UTC unless given)."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


__all__ = [
    "PASSWORD",
    "activity_data",
    "aware",
    "bearer",
    "country",
    "event_data",
    "make_activity",
    "make_area",
    "make_communication",
    "make_delivery",
    "make_event",
    "make_feed_source",
    "make_group",
    "make_harvest_link",
    "make_mandate",
    "make_membership",
    "make_organization",
    "make_participation",
    "make_person",
    "make_subscription",
    "make_topic",
    "make_user",
]
