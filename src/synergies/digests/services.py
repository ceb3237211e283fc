"""Every write of the digests: subscribing, changing and deleting a subscription, recording a delivery.

Each takes the acting user, or ``SYSTEM`` for the scheduled sending and commands, as ``by`` (required;
``None`` is refused) and enforces ``permissions`` itself: who may subscribe (staff), whose subscription
one may change (one's own; administrators and ``SYSTEM`` all), who records and deletes deliveries
(``SYSTEM`` and administrators). Reads (subscriptions of a user, periods, what is due) are in ``queries``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from synergies.core.actors import check_actor
from synergies.core.writes import delete_with_history, save_with_history
from synergies.digests import permissions
from synergies.digests.models import (
    DEFAULT_HORIZON_DAYS,
    MAX_HORIZON_DAYS,
    MIN_HORIZON_DAYS,
    DigestDelivery,
    DigestSubscription,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from synergies.core.actors import Actor
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

    @classmethod
    def from_cleaned(cls, data: Mapping[str, Any]) -> SubscriptionData:
        """The choices of a valid subscription form (the subscriber's page or the admin's)."""
        return cls(
            rhythm=data["rhythm"],
            horizon_days=data["horizon_days"],
            organizations=list(data["organizations"]),
            topics=list(data["topics"]),
            regions=list(data["regions"]),
            language=data["language"],
            attach_docx=data["attach_docx"],
            active=data["active"],
        )


def _validate(user: Any, data: SubscriptionData) -> None:
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


def _apply(subscription: DigestSubscription, data: SubscriptionData, by: Actor, reason: str) -> None:
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
def create_subscription(user: AbstractBaseUser, data: SubscriptionData, *, by: Actor) -> DigestSubscription:
    """Subscribe ``user`` (staff only) to the digest with their own filters and rhythm.

    ``by`` is who subscribes: ``user`` themselves, or an administrator or ``SYSTEM`` for someone else
    (``permissions.require_subscriber``).
    """
    permissions.require_subscriber(by, user)
    _validate(user, data)
    if DigestSubscription.objects.filter(user_id=user.pk).count() >= MAX_SUBSCRIPTIONS_PER_USER:
        raise ValidationError(
            _("You already have %(count)s digests, the most one person may have. Change or delete one instead.")
            % {"count": MAX_SUBSCRIPTIONS_PER_USER}
        )
    subscription = DigestSubscription(user_id=user.pk)
    _apply(subscription, data, by, "subscribed")
    return subscription


@transaction.atomic
def update_subscription(subscription: DigestSubscription, data: SubscriptionData, *, by: Actor) -> DigestSubscription:
    """Change a subscription: one's own, or any for administrators and ``SYSTEM``. Periods already
    sent stay sent, even when the rhythm changes."""
    permissions.require_owner(subscription, by)
    _validate(subscription.user, data)
    _apply(subscription, data, by, "changed")
    return subscription


@transaction.atomic
def delete_subscription(subscription: DigestSubscription, *, by: Actor) -> None:
    """Unsubscribe: one's own subscription, or any for administrators and ``SYSTEM``."""
    permissions.require_owner(subscription, by)
    delete_with_history(subscription, by, "unsubscribed")


def record_delivery(
    subscription: DigestSubscription,
    *,
    period_start: date,
    period_end: date,
    list_start: date,
    list_end: date,
    recipient: str,
    event_count: int,
    message_id: str,
    by: Actor,
) -> DigestDelivery:
    """Record that ``subscription``'s digest of a period was sent (the scheduled sending: ``SYSTEM``).

    The database refuses a second record of the same subscription and period (``IntegrityError``),
    which is what makes each period go out once.
    """
    check_actor(by)
    permissions.require_sender(by)
    return DigestDelivery.objects.create(
        subscription=subscription,
        period_start=period_start,
        period_end=period_end,
        list_start=list_start,
        list_end=list_end,
        recipient=recipient,
        event_count=event_count,
        message_id=message_id,
    )


@transaction.atomic
def delete_delivery(delivery: DigestDelivery, *, by: Actor) -> None:
    """Forget that a period was sent, so the next run sends it again: administrators (and ``SYSTEM``)."""
    permissions.require_sender(by)
    delivery.delete()
