"""Which period a digest belongs to, and which subscriptions are due."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import User

from synergies.digests.queries import due_subscriptions, next_digest_day, period_containing
from synergies.digests.tests.conftest import MONDAY, subscribe
from synergies.testing import make_delivery


@pytest.mark.parametrize(
    ("day", "period"),
    [
        (date(2030, 3, 4), (date(2030, 3, 4), date(2030, 3, 10))),  # Monday
        (date(2030, 3, 10), (date(2030, 3, 4), date(2030, 3, 10))),  # Sunday
        (date(2030, 12, 31), (date(2030, 12, 30), date(2031, 1, 5))),  # across the new year
    ],
)
def test_a_weekly_period_runs_from_monday_to_sunday(day: date, period: tuple[date, date]) -> None:
    assert period_containing("weekly", day) == period


@pytest.mark.parametrize(
    ("day", "period"),
    [
        (date(2030, 3, 1), (date(2030, 3, 1), date(2030, 3, 31))),
        (date(2028, 2, 15), (date(2028, 2, 1), date(2028, 2, 29))),  # leap year
        (date(2030, 12, 31), (date(2030, 12, 1), date(2030, 12, 31))),
    ],
)
def test_a_monthly_period_is_a_calendar_month(day: date, period: tuple[date, date]) -> None:
    assert period_containing("monthly", day) == period


def test_a_period_is_due_until_it_was_sent(subscriber: User) -> None:
    weekly = subscribe(subscriber, rhythm="weekly")
    monthly = subscribe(subscriber, rhythm="monthly")
    paused = subscribe(subscriber, active=False)
    assert list(due_subscriptions(MONDAY)) == [weekly, monthly]
    assert paused not in due_subscriptions(MONDAY)

    make_delivery(weekly, MONDAY)
    assert list(due_subscriptions(MONDAY + timedelta(days=3))) == [monthly]  # same week: sent already
    assert list(due_subscriptions(MONDAY + timedelta(days=7))) == [weekly, monthly]  # next week

    make_delivery(monthly, MONDAY)
    assert list(due_subscriptions(date(2030, 3, 8))) == []
    assert list(due_subscriptions(date(2030, 3, 31))) == [weekly]  # a new week, the same month
    assert list(due_subscriptions(date(2030, 4, 1))) == [weekly, monthly]


def test_changing_the_rhythm_starts_the_new_rhythms_periods(subscriber: User) -> None:
    subscription = subscribe(subscriber, rhythm="weekly")
    make_delivery(subscription, MONDAY)
    subscription.rhythm = "monthly"
    subscription.save()
    assert list(due_subscriptions(MONDAY)) == [subscription]  # March as a month has not been sent


def test_the_page_tells_when_the_next_digest_comes(subscriber: User) -> None:
    subscription = subscribe(subscriber, rhythm="weekly")
    assert next_digest_day(subscription, MONDAY + timedelta(days=2)) == MONDAY + timedelta(days=2)
    make_delivery(subscription, MONDAY)
    assert next_digest_day(subscription, MONDAY + timedelta(days=2)) == MONDAY + timedelta(days=7)
    subscription.active = False
    assert next_digest_day(subscription, MONDAY) is None
