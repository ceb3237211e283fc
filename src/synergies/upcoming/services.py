"""Every write to the periodic list's checklist (staff only; see docs/upcoming.md).

Each write takes the acting user, or ``SYSTEM`` for loaders and commands, as ``by`` (required; ``None``
is refused) and enforces ``permissions.require_*`` itself, whoever calls it: a view, a command or a test.

Communication opportunities, "not needed" marks and the coordination notes, each checked for
permission (``permissions``) and for concurrent edits, and recorded in history. Participation is
the calendar's model and is written by ``calendar.services`` (``create_participation`` ...). What the
list holds is read in ``queries``, each event's checklist built in ``checklist``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.core import writes
from synergies.core.text import clean_text
from synergies.directory.models import Organization
from synergies.upcoming import permissions, queries
from synergies.upcoming.models import CommunicationItem, EventChecklist

if TYPE_CHECKING:
    from synergies.core.actors import Actor


# --- Communication opportunities --------------------------------------------------------------------


@dataclass
class CommunicationData:
    organization: Organization
    title: str
    kind: str = CommunicationItem.Kind.PRESS_RELEASE
    status: str = CommunicationItem.Status.PLANNED
    due_date: date | None = None
    notes: str = ""


def _validate_communication(data: CommunicationData) -> None:
    errors: dict[str, str] = {}
    title = clean_text(data.title).strip()
    if not title:
        errors["title"] = _("Give the communication a title, e.g. “Press release on the opening”.")
    elif len(title) > 300:
        errors["title"] = _("Write at most 300 characters.")
    if data.kind not in CommunicationItem.Kind.values:
        errors["kind"] = _("Choose one of the kinds offered.")
    if data.status not in CommunicationItem.Status.values:
        errors["status"] = _("Choose one of the statuses offered.")
    if errors:
        raise ValidationError(errors)


def _apply_communication(item: CommunicationItem, data: CommunicationData) -> None:
    item.organization = data.organization
    item.title = clean_text(data.title).strip()
    item.kind = data.kind
    item.status = data.status
    item.due_date = data.due_date
    item.notes = data.notes.strip()


def _claim_communication(item: CommunicationItem, expected_version: int) -> None:
    if not CommunicationItem.objects.filter(pk=item.pk).exists():
        raise writes.ItemConflict(item, expected_version, removed=True)
    writes.claim_version(item, expected_version, conflict=writes.ItemConflict)


@transaction.atomic
def create_communication(event: Event, data: CommunicationData, *, by: Actor) -> CommunicationItem:
    permissions.require_editor(by, event, data.organization)
    _validate_communication(data)
    item = CommunicationItem(event=event)
    _apply_communication(item, data)
    writes.save_with_history(item, by, _("Added to the checklist"))
    return item


@transaction.atomic
def update_communication(
    item: CommunicationItem, data: CommunicationData, *, expected_version: int, by: Actor
) -> CommunicationItem:
    permissions.require_editor(by, item.event, item.organization_id)
    permissions.require_editor(by, item.event, data.organization)
    _validate_communication(data)
    _claim_communication(item, expected_version)
    _apply_communication(item, data)
    writes.save_with_history(item, by, _("Edited in the checklist"))
    return item


@transaction.atomic
def delete_communication(item: CommunicationItem, *, expected_version: int, by: Actor) -> None:
    permissions.require_editor(by, item.event, item.organization_id)
    _claim_communication(item, expected_version)
    writes.delete_with_history(item, by, _("Removed from the checklist"))


# --- "Not needed" marks and notes -----------------------------------------------------------------


def _claim_checklist(event: Event, expected_version: int) -> EventChecklist:
    """The event's stored checklist with its next version claimed (a new one when there is none yet)."""
    stored = EventChecklist.objects.filter(event=event).first()
    if stored is None:
        if expected_version != 0:
            raise writes.ItemConflict(EventChecklist(event=event, version=0), expected_version, removed=True)
        return EventChecklist(event=event, version=1)
    writes.claim_version(stored, expected_version, conflict=writes.ItemConflict)
    return stored


def _save_checklist(stored: EventChecklist, by: Actor, reason: str, expected_version: int) -> None:
    try:
        with transaction.atomic():
            writes.save_with_history(stored, by, reason)
    except IntegrityError:  # someone else created the event's checklist at the same moment
        raise writes.ItemConflict(stored, expected_version) from None


@transaction.atomic
def mark_not_needed(
    event: Event, key: str, *, not_needed: bool = True, expected_version: int, by: Actor
) -> EventChecklist:
    """Mark a checklist item "not needed" (it stops being flagged as missing), or needed again."""
    permissions.require_checklist_editor(by, event, key)
    if key not in queries.requirement_keys(event):
        raise ValidationError({"key": _("This event's checklist has no such item.")})
    stored = _claim_checklist(event, expected_version)
    keys = [k for k in stored.not_needed if k != key]
    if not_needed:
        keys.append(key)
    stored.not_needed = sorted(keys)
    _save_checklist(stored, by, _("Marked not needed") if not_needed else _("Marked needed again"), expected_version)
    return stored


@transaction.atomic
def set_checklist_notes(event: Event, notes: str, *, expected_version: int, by: Actor) -> EventChecklist:
    permissions.require_checklist_editor(by, event, "")
    if len(notes) > 5000:
        raise ValidationError({"notes": _("Write at most 5,000 characters.")})
    stored = _claim_checklist(event, expected_version)
    stored.notes = clean_text(notes).strip()
    _save_checklist(stored, by, _("Notes edited"), expected_version)
    return stored
