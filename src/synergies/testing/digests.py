"""Builders of digest data, made through ``digests.services`` and ``digests.sending``. All synthetic."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from synergies.digests.models import DigestDelivery, DigestSubscription
from synergies.digests.sending import send_digest
from synergies.digests.services import SubscriptionData, create_subscription
from synergies.testing._common import acting

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from synergies.core.actors import Actor


def make_subscription(
    user: AbstractBaseUser, *, by: Actor | AbstractBaseUser | None = None, **choices: Any
) -> DigestSubscription:
    """Subscribe the (synthetic, staff) ``user`` to a weekly digest, unless ``choices`` say otherwise;
    subscribed by ``by`` (``SYSTEM`` unless the test names the acting user, e.g. ``by=user``)."""
    return create_subscription(user, SubscriptionData(**choices), by=acting(by))


def make_delivery(
    subscription: DigestSubscription, day: date, *, by: Actor | AbstractBaseUser | None = None
) -> DigestDelivery:
    """Send ``subscription``'s digest of the period containing ``day`` (to the test mailbox) and
    return the record that it was sent (by ``SYSTEM``, the scheduled sending, unless ``by`` says otherwise)."""
    return send_digest(subscription, today=day, by=acting(by))
