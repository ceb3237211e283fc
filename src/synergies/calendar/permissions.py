"""Who may see and change what in the calendar, on top of the roles in ``accounts.policy``.

- Internal events, notes, participation and history: staff (``may_view_internal``).
- Adding an event: editors of an organization, for the organizations they edit for
  (``may_create_event``, ``organizations_for_new_events``).
- Editing, cancelling and postponing an event: editors of one of its organizers, lead or co-organizer
  (``may_edit_event``).
- The organizers an editor names: only organizations they edit for, or that are on the event already
  (``organizers_not_allowed``), and at least one they edit for, or they would lose the event
  (``keeps_own_organizer``). Changing the lead organizers, or removing an organizer, is for editors of a
  lead organizer (``may_change_organizers``, docs/decisions/0301-who-may-change-organizers.md): a
  co-organizer's editor edits the other fields and may add co-organizers.
- Recording two events as back-to-back: editors (``may_link_back_to_back``).
- Participation in an event: editors of the organization taking part and editors of the event's
  organizers (``may_edit_participation``).

Administrators and ``SYSTEM`` may do everything; anonymous visitors may write nothing. The services
enforce these with the ``require_*`` functions (``PermissionDenied``); views, forms, the admin and the
API ask the ``may_*`` functions only to decide what to show.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, cast

from django.utils.translation import gettext as _

from synergies.accounts import policy
from synergies.calendar.models import EventOrganizer
from synergies.core.actors import check_actor, refuse, require
from synergies.directory.models import Organization

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser
    from synergies.calendar.models import Event
    from synergies.core.actors import Actor


def _roles_of(user: Actor) -> AnyUser:
    """``user`` as ``accounts.policy`` reads it: ``SYSTEM`` answers the same attributes as a superuser."""
    return cast("AnyUser", user)


# --- Seeing -------------------------------------------------------------------------------------


def may_view_internal(user: Actor) -> bool:
    """Staff see internal events, notes, participation and the history of events."""
    return policy.sees_internal(_roles_of(user))


# --- Events -------------------------------------------------------------------------------------


def organizations_for_new_events(user: Actor) -> set[int] | None:
    """Ids of the organizations ``user`` may name on an event; ``None`` means all of them."""
    return policy.editable_organization_ids(_roles_of(user))


def may_create_event(user: Actor) -> bool:
    """Editors of an organization add events (for the organizations they edit for)."""
    return policy.is_editor(_roles_of(user))


def may_edit_event(user: Actor, event: Event) -> bool:
    """Administrators, and editors of one of the event's organizers (lead or co-organizer)."""
    allowed = policy.editable_organization_ids(_roles_of(user))
    if allowed is None:
        return True
    return any(link.organization_id in allowed for link in event.event_organizers.all())


def may_cancel_event(user: Actor, event: Event) -> bool:
    return may_edit_event(user, event)


def may_postpone_event(user: Actor, event: Event) -> bool:
    return may_edit_event(user, event)


def _organizer_ids(event: Event | None, role: str | None = None) -> set[int]:
    if event is None or event.pk is None:
        return set()
    return {link.organization_id for link in event.event_organizers.all() if role is None or link.role == role}


def nameable_organization_ids(user: Actor, event: Event | None = None) -> set[int] | None:
    """The organizations ``user`` may name as organizers of ``event`` (``None``: any): those they edit
    for, and those already on the event."""
    allowed = organizations_for_new_events(user)
    return None if allowed is None else allowed | _organizer_ids(event)


def organizers_not_allowed(
    user: Actor, organizers: Iterable[Organization], event: Event | None = None
) -> list[Organization]:
    """The organizations among ``organizers`` that ``user`` may not name on ``event``."""
    allowed = nameable_organization_ids(user, event)
    return [] if allowed is None else [org for org in organizers if org.pk not in allowed]


def keeps_own_organizer(user: Actor, organizers: Sequence[Organization]) -> bool:
    """An editor keeps at least one organization they edit for among the organizers, or they would
    lose the event. (No organizers at all is the services' validation error, not this rule's.)"""
    allowed = organizations_for_new_events(user)
    return allowed is None or not organizers or any(org.pk in allowed for org in organizers)


def keep_own_organizer_message() -> str:
    return _(
        "Keep at least one organization you edit for among the organizers; otherwise you could no longer edit this event."
    )


def organizers_not_allowed_message(organizers: Iterable[Organization]) -> str:
    return _("You may name as organizers only the organizations you are an editor for; not %(list)s.") % {
        "list": ", ".join(org.acronym for org in organizers)
    }


def may_change_organizers(user: Actor, event: Event) -> bool:
    """Changing the lead organizers of ``event``, or removing an organizer, is for editors of one of
    its lead organizers (and administrators): a co-organizer's editor edits the other fields only."""
    allowed = organizations_for_new_events(user)
    return allowed is None or bool(allowed & _organizer_ids(event, EventOrganizer.Role.LEAD))


def changes_lead_or_removes(event: Event, lead: Sequence[Organization], co: Sequence[Organization]) -> bool:
    """Whether ``lead`` and ``co`` name other lead organizers than ``event`` has, or leave one of its
    organizers out (adding a co-organizer is neither)."""
    new_lead = {org.pk for org in lead}
    return new_lead != _organizer_ids(event, EventOrganizer.Role.LEAD) or not _organizer_ids(event) <= new_lead | {
        org.pk for org in co
    }


def keeps_organizers_of(user: Actor, event: Event, lead: Sequence[Organization], co: Sequence[Organization]) -> bool:
    """Whether ``user`` may save ``event`` with these organizers (``may_change_organizers``)."""
    return may_change_organizers(user, event) or not changes_lead_or_removes(event, lead, co)


def keep_organizers_message() -> str:
    return _(
        "Only editors of a lead organizer can change the lead organizers or remove an organizer; "
        "you may change the other fields."
    )


# --- Back-to-back -------------------------------------------------------------------------------


def may_link_back_to_back(user: Actor, first: Event | None = None, second: Event | None = None) -> bool:
    """Editors (of any organization) record that two events are held back-to-back."""
    return policy.is_editor(_roles_of(user))


# --- Participation ------------------------------------------------------------------------------


def may_edit_participation(user: Actor, event: Event, organization: Organization | int) -> bool:
    """Editors of ``organization`` and editors of the event's organizers fill in its participation."""
    return policy.can_edit_for(_roles_of(user), organization) or may_edit_event(user, event)


# --- Enforced by the services -------------------------------------------------------------------


def require_may_create_event(by: Actor) -> None:
    check_actor(by)
    require(may_create_event(by), _("Only editors of an organization can add events."))


def require_may_edit_event(by: Actor, event: Event) -> None:
    """Refuse a change (edit, cancel, postpone) of ``event`` by someone who is not an editor of it."""
    check_actor(by)
    require(may_edit_event(by, event), _("You may edit only the events of the organizations you are an editor for."))


def require_may_name_organizers(
    by: Actor, lead: Sequence[Organization], co: Sequence[Organization], event: Event | None = None
) -> None:
    """Refuse organizers ``by`` may not name, organizers without one of ``by``'s own organizations, and
    a change of the lead organizers or a removed organizer by someone who is not an editor of a lead."""
    chosen = [*lead, *co]
    strangers = organizers_not_allowed(by, chosen, event)
    require(not strangers, organizers_not_allowed_message(strangers))
    require(keeps_own_organizer(by, chosen), keep_own_organizer_message())
    if event is not None:
        require(keeps_organizers_of(by, event, lead, co), keep_organizers_message())


def require_may_link_back_to_back(by: Actor, first: Event, second: Event) -> None:
    check_actor(by)
    require(may_link_back_to_back(by, first, second), _("Only editors can link events."))


def participation_refusal(organization: Organization) -> str:
    """The words that refuse a change to ``organization``'s participation (services, forms and the admin)."""
    return _("Only editors of %(organization)s or of the event's organizers can change this.") % {
        "organization": organization
    }


def require_participation_editor(by: Actor, event: Event, organization: Organization | int) -> None:
    """Refuse (``PermissionDenied``) a change to ``organization``'s part in ``event`` by someone who may not."""
    check_actor(by)
    if not may_edit_participation(by, event, organization):
        named = organization if isinstance(organization, Organization) else Organization.objects.get(pk=organization)
        refuse(participation_refusal(named))
