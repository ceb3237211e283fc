"""The rules of digest subscriptions: who may subscribe, what a subscription holds, which period is due.

Periods (docs/digests.md):
- weekly: Monday to Sunday; the digest of a week is due from its Monday on;
- monthly: the first to the last day of a calendar month; due from the first on.

Whichever day the sending runs, it sends the period that contains that day, once. A run missed on
Monday sends the same week's digest on Tuesday; a period that has passed unsent is not sent any more.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from synergies.accounts import policy
from synergies.core.writes import save_with_history
from synergies.digests.models import (
    DEFAULT_HORIZON_DAYS,
    MAX_HORIZON_DAYS,
    MIN_HORIZON_DAYS,
    DigestDelivery,
    DigestSubscription,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from synergies.accounts.policy import AnyUser
    from synergies.directory.models import Organization, Region, Topic

# More would be a mistake rather than a need; it also bounds what one user can make the server send.
MAX_SUBSCRIPTIONS_PER_USER = 10


@dataclass
class SubscriptionData:
    """What a subscriber chooses, as the form hands it over."""

    rhythm: str = DigestSubscription.Rhythm.WEEKLY
    horizon_days: int = DEFAULT_HORIZON_DAYS
    organizations: Sequence[Organization] = ()
    topics: Sequence[Topic] = ()
    regions: Sequence[Region] = ()
    language: str = settings.LANGUAGE_CODE
    attach_docx: bool = False
    active: bool = True


def may_subscribe(user: AnyUser) -> bool:
    """The periodic list is internal: only staff of the cluster may receive it."""
    return bool(user.is_authenticated and user.is_active and policy.sees_internal(user))


def _require_staff(user: AnyUser) -> None:
    if not may_subscribe(user):
        raise PermissionDenied(_("E-mail digests of the periodic list are for staff of the cluster only."))


def _validate(user: AbstractBaseUser, data: SubscriptionData) -> None:
    errors: dict[str, str] = {}
    if data.rhythm not in DigestSubscription.Rhythm.values:
        errors["rhythm"] = _("Choose weekly or monthly.")
    if not MIN_HORIZON_DAYS <= data.horizon_days <= MAX_HORIZON_DAYS:
        errors["horizon_days"] = _("The horizon must be between %(low)s and %(high)s days; %(value)s is not.") % {
            "low": MIN_HORIZON_DAYS,
            "high": MAX_HORIZON_DAYS,
            "value": data.horizon_days,
        }
    if data.language not in dict(settings.LANGUAGES):
        errors["language"] = _("Choose one of the site's languages.")
    if not getattr(user, "email", ""):
        errors["__all__"] = _(
            "Your account has no e-mail address, so no digest could reach you. Ask an "
            "administrator to add one, then subscribe again."
        )
    if errors:
        raise ValidationError(errors)


def _apply(subscription: DigestSubscription, data: SubscriptionData, by: AbstractBaseUser, reason: str) -> None:
    subscription.rhythm = data.rhythm
    subscription.horizon_days = data.horizon_days
    subscription.language = data.language
    subscription.attach_docx = data.attach_docx
    subscription.active = data.active
    save_with_history(subscription, by, reason)
    subscription.organizations.set(data.organizations)
    subscription.topics.set(data.topics)
    subscription.regions.set(data.regions)


@transaction.atomic
def create_subscription(user: AbstractBaseUser, data: SubscriptionData) -> DigestSubscription:
    """Subscribe ``user`` (staff only) to the digest with their own filters and rhythm."""
    _require_staff(user)
    _validate(user, data)
    if DigestSubscription.objects.filter(user_id=user.pk).count() >= MAX_SUBSCRIPTIONS_PER_USER:
        raise ValidationError(
            _("You already have %(count)s digests, the most one person may have. Change or delete one instead.")
            % {"count": MAX_SUBSCRIPTIONS_PER_USER}
        )
    subscription = DigestSubscription(user_id=user.pk)
    _apply(subscription, data, user, "subscribed")
    return subscription


@transaction.atomic
def update_subscription(
    subscription: DigestSubscription, data: SubscriptionData, *, by: AbstractBaseUser
) -> DigestSubscription:
    """Change one's own subscription. Periods already sent stay sent, even when the rhythm changes."""
    _require_owner(subscription, by)
    _validate(subscription.user, data)
    _apply(subscription, data, by, "changed")
    return subscription


@transaction.atomic
def delete_subscription(subscription: DigestSubscription, *, by: AbstractBaseUser) -> None:
    _require_owner(subscription, by)
    subscription._history_user = by  # type: ignore[attr-defined]
    subscription._change_reason = "unsubscribed"  # type: ignore[attr-defined]
    subscription.delete()


def _require_owner(subscription: DigestSubscription, by: AbstractBaseUser) -> None:
    _require_staff(by)
    if subscription.user_id != by.pk and not policy.is_administrator(by):
        raise PermissionDenied(_("This digest belongs to someone else."))


def subscriptions_of(user: AnyUser) -> QuerySet[DigestSubscription]:
    """A user's own subscriptions, with their filters, for the pages."""
    if not user.is_authenticated:
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
