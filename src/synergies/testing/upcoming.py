"""Builders of the periodic list's checklist items, made through ``upcoming.services``. All synthetic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from synergies.calendar.models import Event
from synergies.directory.models import Organization
from synergies.testing._common import acting, next_number
from synergies.upcoming.models import CommunicationItem
from synergies.upcoming.services import CommunicationData, create_communication

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from synergies.core.actors import Actor


def make_communication(
    event: Event, organization: Organization, *, by: Actor | AbstractBaseUser | None = None, **fields: Any
) -> CommunicationItem:
    """A planned synthetic press release of ``organization`` for ``event``, unless ``fields`` say otherwise."""
    fields.setdefault("title", f"Synthetic press release {next_number()}")
    return create_communication(event, CommunicationData(organization=organization, **fields), by=acting(by))
