"""Who may see and fill in the periodic list, on top of ``accounts.policy`` (which decides the roles).

- The list, its exports and the checklists are internal: staff only (``can_view_list``).
- Participation and communication opportunities: editors of the organization concerned, and editors
  of the event's organizers (the calendar's rule for participation, ``can_edit_participation``).
- "Not needed" marks and the notes: editors of the event's organizers; for "No one confirmed from X"
  also editors of X (``can_mark``).

Administrators and ``SYSTEM`` may do everything; anonymous visitors and staff without an edit role may
change nothing. The ``require_*`` functions take the acting :data:`~synergies.core.actors.Actor` — a
user, or ``SYSTEM`` for commands and scheduled digests — and refuse ``None`` (``check_actor``), so no
caller skips a check by naming no one. The services and ``queries.build_periodic_list`` enforce them
for every caller; views ask the ``can_*`` functions only to decide what to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django.utils.translation import gettext as _

from synergies.accounts import policy
from synergies.calendar.permissions import may_edit_event, require_participation_editor
from synergies.calendar.permissions import may_edit_participation as can_edit_participation
from synergies.core.actors import check_actor, require
from synergies.upcoming.checklist import ATTEND_PREFIX

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser
    from synergies.calendar.models import Event
    from synergies.core.actors import Actor
    from synergies.directory.models import Organization


def roles_of(user: Actor) -> AnyUser:
    """``user`` as ``accounts.policy`` reads it: ``SYSTEM`` answers the same attributes as a superuser."""
    return cast("AnyUser", user)


def can_view_list(user: Actor) -> bool:
    """The periodic list is internal: staff of the cluster only (and ``SYSTEM``)."""
    return policy.sees_internal(roles_of(user))


def require_staff(viewer: Actor) -> None:
    """Refuse the list to a viewer who is not staff; ``None`` is refused too (pass ``SYSTEM``)."""
    check_actor(viewer)
    require(can_view_list(viewer), _("The periodic list is internal: for staff of the cluster only."))


def can_edit_for_event(user: Actor, event: Event, organization: Organization | int) -> bool:
    """Editors of ``organization`` and editors of the event's organizers fill the checklist."""
    return can_edit_participation(user, event, organization)


def require_editor(by: Actor, event: Event, organization: Organization | int) -> None:
    """Refuse (``PermissionDenied``) a change to ``organization``'s part in ``event`` by someone who may not."""
    check_actor(by)
    require_participation_editor(by, event, organization)


def can_add(user: Actor, event: Event) -> bool:
    """Whether the user may add anything to the checklist of ``event`` (for some organization)."""
    roles = roles_of(user)
    return may_edit_event(user, event) or bool(policy.editable_organization_ids(roles))


def can_mark(user: Actor, event: Event, key: str) -> bool:
    """Who may mark a checklist item "not needed" (or edit the notes): editors of the event's organizers,
    and for "No one confirmed from X" also editors of X."""
    roles = roles_of(user)
    if may_edit_event(user, event):
        return True
    number = key[len(ATTEND_PREFIX) :] if key.startswith(ATTEND_PREFIX) else ""
    return number.isdigit() and policy.can_edit_for(roles, int(number))


def require_checklist_editor(by: Actor, event: Event, key: str) -> None:
    """Refuse a \"not needed\" mark or a change of the notes by someone who may not (``can_mark``)."""
    check_actor(by)
    require(can_mark(by, event, key), _("Only editors of the event's organizers can change this."))
