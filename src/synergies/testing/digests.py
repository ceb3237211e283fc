"""Builders of digest data, made through ``digests.services`` and ``digests.sending``. All synthetic."""

from __future__ import annotations

from datetime import date

from synergies.digests.models import DigestDelivery, DigestSubscription
from synergies.digests.sending import send_digest


def make_delivery(subscription: DigestSubscription, day: date) -> DigestDelivery:
    """Send ``subscription``'s digest of the period containing ``day`` (to the test mailbox) and
    return the record that it was sent."""
    return send_digest(subscription, today=day)
