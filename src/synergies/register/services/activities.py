"""Activities of the register: what the organizations do together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.core.actors import check_actor
from synergies.core.writes import claim_version, save_with_history, without_history
from synergies.directory.models import Organization
from synergies.register import permissions
from synergies.register.models import Activity, CooperationArea, Mandate

if TYPE_CHECKING:
    from synergies.core.actors import Actor

from synergies.register.services._common import _SLUG, RESERVED_KEYS, _Errors, _pk

# --- Activities ---------------------------------------------------------------------------------


@dataclass
class ActivityData:
    """What an activity says, as forms, the loader and the spreadsheet import hand it over."""

    key: str
    area: CooperationArea
    short_title: str
    text: str
    status: str = Activity.Status.ONGOING
    cooperation_level: int = Activity.Level.INFORM
    resource_implications: bool = False
    lead_organizations: Sequence[Organization] = ()
    partner_organizations: Sequence[Organization] = ()
    other_partners: str = ""
    period_text: str = ""
    period_start: date | None = None
    period_end: date | None = None
    events: Sequence[Event] = ()
    outputs: str = ""
    internal_notes: str = ""
    order: int = 0
    #: The mandates that name this activity; ``None`` leaves the links as they are (the spreadsheet's
    #: Activities sheet has no such column: mandates list their activities on their own sheet).
    mandates: Sequence[Mandate] | None = None

    @classmethod
    def from_activity(cls, activity: Activity) -> ActivityData:
        return cls(
            key=activity.key,
            area=activity.area,
            short_title=activity.short_title,
            text=activity.text,
            status=activity.status,
            cooperation_level=activity.cooperation_level,
            resource_implications=activity.resource_implications,
            lead_organizations=list(activity.lead_organizations.all()),
            partner_organizations=list(activity.partner_organizations.all()),
            other_partners=activity.other_partners,
            period_text=activity.period_text,
            period_start=activity.period_start,
            period_end=activity.period_end,
            events=list(activity.events.all()),
            outputs=activity.outputs,
            internal_notes=activity.internal_notes,
            order=activity.order,
        )


def validate_activity_data(data: ActivityData, *, instance: Activity | None = None) -> None:
    """Refuse what cannot be stored, naming the field; raises ``ValidationError`` with a dict."""
    errors = _Errors()
    if not data.key.strip():
        errors.add("key", _("An activity needs a key."))
    elif not _SLUG.fullmatch(data.key) or data.key in RESERVED_KEYS:
        errors.add(
            "key",
            _(
                "“%(key)s” cannot be a key: use lower-case letters, digits and hyphens, such as "
                "joint-bat-bep-guidance (and not “new”)."
            )
            % {"key": data.key},
        )
    elif Activity.objects.filter(key=data.key).exclude(pk=_pk(instance)).exists():
        errors.add("key", _("Another activity already has the key “%(key)s”.") % {"key": data.key})
    if not data.short_title.strip():
        errors.add("short_title", _("An activity needs a short title."))
    if not data.text.strip():
        errors.add("text", _("An activity needs its text."))
    if data.status not in Activity.Status.values:
        errors.add(
            "status",
            _("“%(status)s” is not a status; use one of: %(choices)s.")
            % {"status": data.status, "choices": ", ".join(Activity.Status.values)},
        )
    if data.cooperation_level not in Activity.Level.values:
        errors.add("cooperation_level", _("The cooperation level must be a whole number from 1 to 8."))
    if data.period_start and data.period_end and data.period_end < data.period_start:
        errors.add(
            "period_end",
            _("The period ends (%(end)s) before it starts (%(start)s).")
            % {"end": data.period_end, "start": data.period_start},
        )
    both = set(data.lead_organizations) & set(data.partner_organizations)
    if both:
        errors.add(
            "partner_organizations",
            _("An organization cannot both lead and be a partner: %(names)s.")
            % {"names": ", ".join(sorted(str(o) for o in both))},
        )
    errors.raise_if_any()


_ACTIVITY_FIELDS = (
    "key",
    "area",
    "short_title",
    "text",
    "status",
    "cooperation_level",
    "resource_implications",
    "other_partners",
    "period_text",
    "period_start",
    "period_end",
    "outputs",
    "internal_notes",
    "order",
)


def _apply_activity(activity: Activity, data: ActivityData) -> None:
    for name in _ACTIVITY_FIELDS:
        value = getattr(data, name)
        setattr(activity, name, value.strip() if isinstance(value, str) else value)


def _apply_activity_relations(activity: Activity, data: ActivityData, by: Actor) -> None:
    activity.lead_organizations.set(data.lead_organizations)
    activity.partner_organizations.set(data.partner_organizations)
    activity.events.set(data.events)
    if data.mandates is not None:
        _relink_mandates(activity, data.mandates, by)


def _relink_mandates(activity: Activity, wanted: Sequence[Mandate], by: Actor) -> None:
    """Link ``activity`` to exactly the ``wanted`` mandates. The link belongs to the mandate, so each
    mandate that gains or loses the activity gets a new version and its own history record."""
    current = set(activity.mandates.all()) if activity.pk else set()
    for mandate in sorted(current ^ set(wanted), key=lambda m: m.reference):
        claim_version(mandate, mandate.version)
        with without_history(mandate):
            if mandate in current:
                mandate.activities.remove(activity)
            else:
                mandate.activities.add(activity)
        reason = _("Activity “%(key)s” unlinked") if mandate in current else _("Activity “%(key)s” linked")
        save_with_history(mandate, by, reason % {"key": activity.key})


@transaction.atomic
def create_activity(data: ActivityData, *, by: Actor) -> Activity:
    """Add an activity: editors of an organization, who name one they edit for as lead or partner."""
    check_actor(by)
    permissions.require_create_activity(by)
    permissions.require_own_organization(by, [*data.lead_organizations, *data.partner_organizations])
    validate_activity_data(data)
    activity = Activity()
    _apply_activity(activity, data)
    with without_history(activity):  # the row must exist before its relations
        activity.save()
        _apply_activity_relations(activity, data, by)
    save_with_history(activity, by, _("Created"))
    return activity


@transaction.atomic
def update_activity(
    activity: Activity,
    data: ActivityData,
    *,
    expected_version: int,
    by: Actor,
    reason: str | None = None,
) -> Activity:
    """Change ``activity``: editors of an organization that leads it or takes part, who keep one of
    theirs as lead or partner; refused with ``EditConflict`` if someone else changed it since."""
    check_actor(by)
    permissions.require_edit_activity(by, activity)
    permissions.require_own_organization(by, [*data.lead_organizations, *data.partner_organizations])
    validate_activity_data(data, instance=activity)
    claim_version(activity, expected_version)
    _apply_activity(activity, data)
    with without_history(activity):
        _apply_activity_relations(activity, data, by)
    save_with_history(activity, by, reason or _("Edited"))
    return activity


@transaction.atomic
def update_activity_events(activity: Activity, events: Sequence[Event], *, by: Actor) -> None:
    """Add calendar events to an activity (keeps those already linked), as one recorded change; for
    those who may edit the activity."""
    check_actor(by)
    permissions.require_edit_activity(by, activity)
    linked = set(activity.events.filter(pk__in=[event.pk for event in events]).values_list("pk", flat=True))
    new = [event for event in events if event.pk not in linked]
    if not new:
        return
    with without_history(activity):
        activity.events.add(*new)
    Activity.objects.filter(pk=activity.pk).update(version=F("version") + 1)
    activity.refresh_from_db(fields=["version"])
    save_with_history(activity, by, _("Events linked"))
