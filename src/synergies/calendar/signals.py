"""Completing each history record of an event with what lives in other tables."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record

from synergies.calendar.models import Event


@receiver(pre_create_historical_record)
def snapshot_organizers_and_links(sender: Any, instance: Any, history_instance: Any, **kwargs: Any) -> None:
    if not isinstance(instance, Event) or instance.pk is None:
        return
    history_instance.organizers_snapshot = [
        f"{link.organization.acronym} ({link.get_role_display()})"
        for link in instance.event_organizers.select_related("organization").order_by("-role", "position")
    ]
    history_instance.links_snapshot = [f"{link.title} <{link.url}>" for link in instance.links.order_by("pk")]
