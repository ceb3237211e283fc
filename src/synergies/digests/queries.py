"""What the digests read: a user's subscriptions, the periods, which subscriptions are due.

Periods (docs/digests.md):
- weekly: Monday to Sunday; the digest of a week is due from its Monday on;
- monthly: the first to the last day of a calendar month; due from the first on.

Whichever day the sending runs, it sends the period that contains that day, once. A run missed on
Monday sends the same week's digest on Tuesday; a period that has passed unsent is not sent any more.
The writes (subscribing, changing, recording a delivery) are in ``services``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from synergies.digests.models import DigestDelivery, DigestSubscription

if TYPE_CHECKING:
    from synergies.core.actors import Actor


def subscriptions_of(user: Actor) -> QuerySet[DigestSubscription]:
    """A user's own subscriptions, with their filters, for the pages."""
    if not user.is_authenticated or user.pk is None:  # anonymous, or SYSTEM: no subscriptions of its own
        return DigestSubscription.objects.none()
    return (
        DigestSubscription.objects.filter(user_id=user.pk)
        .prefetch_related("organizations", "topics", "regions")
        .order_by("pk")
    )


# --- Periods -----------------------------------------------------------------------------------------


def period_containing(rhythm: str, day: date) -> tuple[date, date]:
    """The first and last day (inclusive) of the weekly or monthly period that contains ``day``."""
    if rhythm == DigestSubscription.Rhythm.WEEKLY:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if rhythm == DigestSubscription.Rhythm.MONTHLY:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    raise ValueError(f"Unknown rhythm {rhythm!r}")


def _delivered(rhythm: str, day: date) -> Exists:
    start, end = period_containing(rhythm, day)
    return Exists(DigestDelivery.objects.filter(subscription=OuterRef("pk"), period_start=start, period_end=end))


def _sent_for_period(today: date) -> Q:
    return Q(
        *[Q(rhythm=rhythm) & _delivered(rhythm, today) for rhythm in DigestSubscription.Rhythm.values], _connector=Q.OR
    )


def due_subscriptions(today: date) -> QuerySet[DigestSubscription]:
    """Active subscriptions whose period containing ``today`` has no delivery yet."""
    return (
        DigestSubscription.objects.filter(active=True)
        .exclude(_sent_for_period(today))
        .select_related("user")
        .prefetch_related("organizations", "topics", "regions")
        .order_by("pk")
    )


def already_sent_count(today: date) -> int:
    return DigestSubscription.objects.filter(active=True).filter(_sent_for_period(today)).count()


def next_digest_day(subscription: DigestSubscription, today: date | None = None) -> date | None:
    """When the subscriber can expect the next digest: today's period if it is not sent yet (at the
    next run of the scheduled sending), otherwise the first day of the next period."""
    if not subscription.active:
        return None
    today = today or timezone.localdate()
    start, end = period_containing(subscription.rhythm, today)
    if not subscription.deliveries.filter(period_start=start, period_end=end).exists():
        return today
    return end + timedelta(days=1)


def last_delivery(subscription: DigestSubscription) -> DigestDelivery | None:
    return subscription.deliveries.order_by("-sent_at", "-pk").first()
