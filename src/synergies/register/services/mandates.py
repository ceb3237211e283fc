"""Mandates: the decisions that ask for the cooperation (reference data kept by administrators)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.core.actors import check_actor
from synergies.core.writes import claim_version, save_with_history, without_history
from synergies.directory.models import Body, Instrument, Topic
from synergies.register import permissions
from synergies.register.models import Activity, CooperationArea, Mandate

if TYPE_CHECKING:
    from synergies.core.actors import Actor

from synergies.register.services._common import _Errors, _pk

# --- Mandates -----------------------------------------------------------------------------------


@dataclass
class MandateData:
    reference: str
    title: str
    kind: str
    status: str = Mandate.Status.ACTIVE
    body: Body | None = None
    meeting: Event | None = None
    meeting_text: str = ""
    date: date | None = None
    url: str = ""
    excerpt: str = ""
    instruments: Sequence[Instrument] = ()
    topics: Sequence[Topic] = ()
    areas: Sequence[CooperationArea] = ()
    activities: Sequence[Activity] = field(default_factory=list)

    @classmethod
    def from_mandate(cls, mandate: Mandate) -> MandateData:
        return cls(
            reference=mandate.reference,
            title=mandate.title,
            kind=mandate.kind,
            status=mandate.status,
            body=mandate.body,
            meeting=mandate.meeting,
            meeting_text=mandate.meeting_text,
            date=mandate.date,
            url=mandate.url,
            excerpt=mandate.excerpt,
            instruments=list(mandate.instruments.all()),
            topics=list(mandate.topics.all()),
            areas=list(mandate.areas.all()),
            activities=list(mandate.activities.all()),
        )


def validate_mandate_data(data: MandateData, *, instance: Mandate | None = None) -> None:
    errors = _Errors()
    if not data.reference.strip():
        errors.add("reference", _("A mandate needs its reference, e.g. SC-7/28."))
    elif Mandate.objects.filter(reference=data.reference.strip()).exclude(pk=_pk(instance)).exists():
        errors.add("reference", _("A mandate with the reference “%(ref)s” already exists.") % {"ref": data.reference})
    if not data.title.strip():
        errors.add("title", _("A mandate needs a title."))
    if data.kind not in Mandate.Kind.values:
        errors.add(
            "kind",
            _("“%(kind)s” is not a kind of mandate; use one of: %(choices)s.")
            % {"kind": data.kind, "choices": ", ".join(Mandate.Kind.values)},
        )
    if data.status not in Mandate.Status.values:
        errors.add(
            "status",
            _("“%(status)s” is not a mandate status; use one of: %(choices)s.")
            % {"status": data.status, "choices": ", ".join(Mandate.Status.values)},
        )
    if data.url and not data.url.startswith(("https://", "http://")):
        errors.add("url", _("The link to the official text must start with https:// or http://."))
    errors.raise_if_any()


def _apply_mandate(mandate: Mandate, data: MandateData) -> None:
    for name in ("reference", "title", "kind", "status", "body", "meeting", "meeting_text", "date", "url", "excerpt"):
        value = getattr(data, name)
        setattr(mandate, name, value.strip() if isinstance(value, str) else value)


def _apply_mandate_relations(mandate: Mandate, data: MandateData) -> None:
    mandate.instruments.set(data.instruments)
    mandate.topics.set(data.topics)
    mandate.areas.set(data.areas)
    mandate.activities.set(data.activities)


@transaction.atomic
def create_mandate(data: MandateData, *, by: Actor) -> Mandate:
    """Create a mandate (administrators: mandates are reference data)."""
    check_actor(by)
    permissions.require_edit_reference(by)
    validate_mandate_data(data)
    mandate = Mandate()
    _apply_mandate(mandate, data)
    with without_history(mandate):
        mandate.save()
        _apply_mandate_relations(mandate, data)
    save_with_history(mandate, by, _("Created"))
    return mandate


@transaction.atomic
def update_mandate(
    mandate: Mandate,
    data: MandateData,
    *,
    expected_version: int,
    by: Actor,
) -> Mandate:
    """Change ``mandate`` (administrators); refused with ``EditConflict`` if someone else changed it since."""
    check_actor(by)
    permissions.require_edit_reference(by)
    validate_mandate_data(data, instance=mandate)
    claim_version(mandate, expected_version)
    _apply_mandate(mandate, data)
    with without_history(mandate):
        _apply_mandate_relations(mandate, data)
    save_with_history(mandate, by, _("Edited"))
    return mandate
