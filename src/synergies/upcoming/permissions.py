"""Who may see and fill in the periodic list, on top of ``accounts.policy`` (which decides the roles).

- The list, its exports and the checklists are internal: staff only (``can_view_list``).
- Participation and communication opportunities: editors of the organization concerned, and editors
  of the event's organizers (the calendar's rule for participation, ``can_edit_participation``).
- "Not needed" marks and the notes: editors of the event's organizers; for "No one confirmed from X"
  also editors of X.

The services enforce these for every caller; views ask them only to decide what to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from synergies.accounts import policy
from synergies.calendar.permissions import may_edit_participation as can_edit_participation
from synergies.calendar.permissions import require_participation_editor
from synergies.core.actors import require
from synergies.upcoming.checklist import ATTEND_PREFIX

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser
    from synergies.calendar.models import Event
    from synergies.directory.models import Organization


def can_view_list(user: AnyUser) -> bool:
    """The periodic list is internal: staff of the cluster only."""
    return policy.sees_internal(user)


def require_staff(viewer: AnyUser | None) -> None:
    """Refuse the list to a viewer who is not staff (``None``: the system, which sees everything)."""
    if viewer is not None:
        require(can_view_list(viewer), _("The periodic list is internal: for staff of the cluster only."))


def can_edit_for_event(user: AnyUser, event: Event, organization: Organization | int) -> bool:
    """Editors of ``organization`` and editors of the event's organizers fill the checklist."""
    return can_edit_participation(user, event, organization)


def require_editor(by: AnyUser | None, event: Event, organization: Organization | int) -> None:
    """Refuse (``PermissionDenied``) a change to ``organization``'s part in ``event`` by someone who may not."""
    if by is not None:
        require_participation_editor(by, event, organization)


def can_add(user: AnyUser, event: Event) -> bool:
    """Whether the user may add anything to the checklist of ``event`` (for some organization)."""
    return policy.can_edit_event(user, event) or bool(policy.editable_organization_ids(user))


def can_mark(user: AnyUser, event: Event, key: str) -> bool:
    """Who may mark a checklist item "not needed" (or edit the notes): editors of the event's organizers,
    and for "No one confirmed from X" also editors of X."""
    if policy.can_edit_event(user, event):
        return True
    number = key[len(ATTEND_PREFIX) :] if key.startswith(ATTEND_PREFIX) else ""
    return number.isdigit() and policy.can_edit_for(user, int(number))


def require_checklist_editor(by: AnyUser | None, event: Event, key: str) -> None:
    """Refuse a \"not needed\" mark or a change of the notes by someone who may not (``can_mark``)."""
    if by is not None:
        require(can_mark(by, event, key), _("Only editors of the event's organizers can change this."))
