"""Who may see the coordination findings and act on them, on top of the calendar's permissions.

- The coordination page, its findings and the API's ``/alignment``: staff (``may_view_coordination``).
- Recording a decision on a finding (seen, dismissed, ...): staff (``may_record_decision``).
- Linking two events as back-to-back: editors (the calendar's ``may_link_back_to_back``).
- The planning assistant of the event form: editors (``may_plan``); for an existing event, editors of it.

``alignment.services`` enforces these for every caller (``require_*``, ``PermissionDenied``); the views
and the API ask the ``may_*`` functions only to decide what to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from synergies.calendar import permissions as calendar_permissions
from synergies.core.actors import check_actor, require

if TYPE_CHECKING:
    from synergies.calendar.models import Event
    from synergies.core.actors import Actor


def may_view_coordination(user: Actor) -> bool:
    """The findings are internal: staff of the cluster only."""
    return calendar_permissions.may_view_internal(user)


def may_record_decision(user: Actor) -> bool:
    """Staff remember what they decided about a finding."""
    return may_view_coordination(user)


def may_link(user: Actor, first: Event | None = None, second: Event | None = None) -> bool:
    """Editors record two events as held back-to-back (the calendar's rule)."""
    return calendar_permissions.may_link_back_to_back(user, first, second)


def may_plan(user: Actor, editing: Event | None = None) -> bool:
    """The planning assistant is for editors; for an existing event, for the editors of it."""
    if editing is not None:
        return calendar_permissions.may_edit_event(user, editing)
    return calendar_permissions.may_create_event(user)


def coordination_refusal() -> str:
    return _("The coordination pages are for staff of the cluster.")


def require_may_record_decision(by: Actor) -> None:
    check_actor(by)
    require(may_record_decision(by), coordination_refusal())


def require_may_link(by: Actor, first: Event, second: Event) -> None:
    check_actor(by)
    require(may_link(by, first, second), _("Only editors can link events."))
