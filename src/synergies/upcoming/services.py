"""The periodic list of upcoming events and communication opportunities (staff only).

The rules live here, in plain functions (see docs/upcoming.md):

- **which events** are of mutual interest (``interest_reasons``);
- **the checklist** of each: participation per organization, statements, documents, side events,
  communication opportunities, and what is still **missing** (``build_checklist``);
- **every write** to that checklist: participation (the calendar's ``Participation``),
  communication opportunities and "not needed" marks, each checked for permission and for
  concurrent edits, and recorded in history.

Pages, the exports, the ``synergies digest`` command and the e-mail digests all call
``build_periodic_list``; nothing else decides what the list holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Prefetch, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from synergies.accounts import policy
from synergies.alignment.engine import Stake
from synergies.alignment.stakes import organization_stakes
from synergies.calendar.models import Event, EventOrganizer, Participation
from synergies.core import writes
from synergies.core.text import clean_text
from synergies.directory.models import Body, Country, Organization, Region, Topic
from synergies.upcoming.models import CommunicationItem, EventChecklist

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from synergies.accounts.policy import AnyUser

DEFAULT_DAYS = 90
MAX_DAYS = 366

#: The cluster: convention secretariats and UNEP's chemicals divisions (Organization.kind).
CLUSTER_KINDS = frozenset({Organization.Kind.SECRETARIAT, Organization.Kind.UNEP_DIVISION})
#: The instruments whose governing-body meetings are always of mutual interest.
CLUSTER_INSTRUMENTS = frozenset({"basel", "rotterdam", "stockholm", "minamata", "saicm", "unea"})
#: Event kinds that are sessions of a governing or negotiating body.
SESSION_KINDS = frozenset({Event.Kind.COP, Event.Kind.INC, Event.Kind.ICCM, Event.Kind.ASSEMBLY})
#: Event kinds of formal meetings where statements are delivered and documents presented.
FORMAL_KINDS = SESSION_KINDS | {Event.Kind.OEWG, Event.Kind.SUBSIDIARY}
GOVERNING_BODY_KINDS = frozenset({Body.Kind.GOVERNING, Body.Kind.NEGOTIATING})
FORMAL_BODY_KINDS = GOVERNING_BODY_KINDS | {Body.Kind.SUBSIDIARY}

CONFIRMED = frozenset({Participation.Status.CONFIRMED, Participation.Status.DONE})

# Keys of the checklist's requirements (also stored in EventChecklist.not_needed).
STATEMENT = "statement"
DOCUMENT = "document"
SIDE_EVENT = "side_event"
COMMUNICATION = "communication"
ATTEND_PREFIX = "attend:"


# --- What the list holds ---------------------------------------------------------------------------


@dataclass
class OrganizationPart:
    """One organization's part in an event: why it is concerned and what it does there."""

    organization: Organization
    concerns: list[str]  # translated: "lead organizer", "stake: mandate SC-7/28", "taking part"
    participations: list[Participation]
    organizer: bool = False
    stake: str = ""  # the stakes in words, empty without one
    taking_part: bool = False  # a participation that is not dropped
    in_cluster: bool = False
    focal_point: str = ""

    @property
    def confirmed(self) -> bool:
        return any(p.status in CONFIRMED for p in self.participations)


@dataclass
class Requirement:
    """Something the checklist expects for this event; missing unless met or marked not needed."""

    key: str
    label: str  # what is missing, in words: "No statement planned"
    met: bool
    not_needed: bool = False

    @property
    def missing(self) -> bool:
        return not self.met and not self.not_needed


@dataclass
class Checklist:
    """The coordination checklist of one event."""

    organizations: list[OrganizationPart]
    statements: list[Participation]
    documents: list[Participation]
    side_events: list[Participation]
    side_meetings: list[Event]  # side events in the calendar held during this event
    communications: list[CommunicationItem]
    requirements: list[Requirement]
    reasons: list[str]  # why the event is on the list, in words
    notes: str = ""
    version: int = 0  # the EventChecklist's version (0: none stored yet)

    @property
    def participations(self) -> list[Participation]:
        return [p for part in self.organizations for p in part.participations]

    @property
    def not_needed(self) -> list[Requirement]:
        return [r for r in self.requirements if r.not_needed and not r.met]


@dataclass
class UpcomingItem:
    event: Event
    checklist: Checklist
    missing: list[str]  # short translated phrases: what is still missing for this event


@dataclass
class MonthGroup:
    month: date  # first day of the month
    items: list[UpcomingItem]


@dataclass
class PeriodicList:
    start: date
    end: date  # inclusive
    months: list[MonthGroup]
    generated_at: datetime
    organizations: Sequence[Organization] = ()
    topics: Sequence[Topic] = ()
    regions: Sequence[Region] = ()

    @property
    def items(self) -> list[UpcomingItem]:
        return [item for group in self.months for item in group.items]

    @property
    def filter_description(self) -> str:
        """The filters in words ("Organization: BRS · Topic: Mercury"), empty without filters."""
        parts = []
        for label, values in (
            (_("Organization"), self.organizations),
            (_("Topic"), self.topics),
            (_("Region"), self.regions),
        ):
            if values:
                parts.append(f"{label}: {', '.join(str(v) for v in values)}")
        return " · ".join(parts)


# --- Selection ----------------------------------------------------------------------------------


@dataclass
class _Context:
    """What every checklist of one list needs, read once."""

    cluster: set[int]
    stakes: dict[int, dict[str, list[Stake]]] = field(default_factory=dict)  # organization → key → stakes
    organizations: dict[int, Organization] = field(default_factory=dict)

    @classmethod
    def load(cls) -> _Context:
        organizations = {o.pk: o for o in Organization.objects.all()}
        context = cls(
            cluster={pk for pk, o in organizations.items() if o.kind in CLUSTER_KINDS}, organizations=organizations
        )
        stakes: dict[int, dict[str, list[Stake]]] = defaultdict(lambda: defaultdict(list))
        for stake in organization_stakes():
            stakes[stake.organization][stake.key].append(stake)
        context.stakes = stakes
        return context


def _prefetched(queryset: QuerySet[Event]) -> QuerySet[Event]:
    history = Participation.history.model
    token = history.objects.filter(id=OuterRef("pk")).order_by("-history_id").values("history_id")[:1]
    return queryset.select_related("country", "parent", "coordination_checklist").prefetch_related(
        Prefetch(
            "event_organizers",
            queryset=EventOrganizer.objects.select_related("organization").order_by("-role", "position"),
        ),
        "instruments",
        "topics",
        "target_regions",
        Prefetch("bodies", queryset=Body.objects.select_related("instrument")),
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("organization")
            .annotate(token=Subquery(token))
            .order_by("organization__acronym", "role", "pk"),
        ),
        Prefetch(
            "communication_items",
            queryset=CommunicationItem.objects.select_related("organization").order_by("due_date", "pk"),
        ),
        Prefetch(
            "side_events",
            queryset=Event.objects.exclude(status=Event.Status.CANCELLED)
            .prefetch_related("event_organizers__organization")
            .order_by("start_date", "start_at"),
        ),
    )


def _audience_keys(event: Event) -> set[str]:
    keys = {f"topics:{t.slug}" for t in event.topics.all()}
    keys |= {f"instruments:{i.code}" for i in event.instruments.all()}
    keys |= {f"bodies:{b.code}" for b in event.bodies.all()}
    return keys


def is_governing_session(event: Event) -> bool:
    """A session of a governing or negotiating body of Basel, Rotterdam, Stockholm, Minamata, SAICM or UNEA."""
    for body in event.bodies.all():
        if body.kind in GOVERNING_BODY_KINDS and body.instrument and body.instrument.code in CLUSTER_INSTRUMENTS:
            return True
    return event.kind in SESSION_KINDS and any(i.code in CLUSTER_INSTRUMENTS for i in event.instruments.all())


def is_formal_meeting(event: Event) -> bool:
    """A formal meeting (a session, working group or subsidiary body), where statements and documents count."""
    return event.kind in FORMAL_KINDS or any(b.kind in FORMAL_BODY_KINDS for b in event.bodies.all())


_VIA = {
    "mandate": gettext_lazy("mandate"),
    "activity": gettext_lazy("activity"),
    "focal_point": gettext_lazy("focal point"),
}


def _stake_words(stakes: Iterable[Stake]) -> str:
    labels = list(dict.fromkeys(f"{_VIA.get(s.via, s.via)} {s.label}" for s in stakes))
    shown = "; ".join(labels[:3])
    return shown + (" …" if len(labels) > 3 else "")


def _organization_parts(event: Event, context: _Context) -> list[OrganizationPart]:
    parts: dict[int, OrganizationPart] = {}

    def part(organization: Organization) -> OrganizationPart:
        if organization.pk not in parts:
            parts[organization.pk] = OrganizationPart(
                organization=organization,
                concerns=[],
                participations=[],
                in_cluster=organization.pk in context.cluster,
            )
        return parts[organization.pk]

    for link in event.event_organizers.all():
        entry = part(link.organization)
        entry.organizer = True
        entry.concerns.append(_("lead organizer") if link.role == EventOrganizer.Role.LEAD else _("co-organizer"))
    keys = _audience_keys(event)
    for organization_id in sorted(context.cluster):
        by_key = context.stakes.get(organization_id, {})
        held = [stake for key in sorted(keys & by_key.keys()) for stake in by_key[key]]
        if held and organization_id in context.organizations:
            entry = part(context.organizations[organization_id])
            entry.stake = _stake_words(held)
            entry.concerns.append(_("stake: %(stakes)s") % {"stakes": entry.stake})
            entry.focal_point = next((s.focal_point for s in held if s.focal_point), "")
    for participation in event.participations.all():
        entry = part(participation.organization)
        if participation.status != Participation.Status.DROPPED and not entry.taking_part:
            entry.taking_part = True
            entry.concerns.append(_("taking part"))
        entry.participations.append(participation)
    return sorted(parts.values(), key=lambda p: (not p.organizer, not p.in_cluster, p.organization.acronym))


def _concerned_cluster(parts: Sequence[OrganizationPart]) -> list[OrganizationPart]:
    """Organizations of the cluster that organize, hold a stake in or take part in the event."""
    return [p for p in parts if p.in_cluster and (p.organizer or p.stake or p.taking_part)]


def interest_reasons(event: Event, parts: Sequence[OrganizationPart]) -> list[str]:
    """Why the event is of mutual interest, in words; empty when it is not.

    An event is of mutual interest when two or more organizations of the cluster are concerned —
    as organizers, by a stake (mandate, activity, focal point) in one of its topics, instruments or
    bodies, or by taking part — or when it is a session of a governing or negotiating body of one of
    the cluster's instruments or of UNEA.
    """
    reasons: list[str] = []
    if is_governing_session(event):
        bodies = ", ".join(b.acronym or b.name for b in event.bodies.all()) or ", ".join(
            str(i.short_name) for i in event.instruments.all()
        )
        reasons.append(_("Session of a governing body: %(bodies)s") % {"bodies": bodies})
    concerned = _concerned_cluster(parts)
    if len(concerned) >= 2:
        reasons.append(
            _("Concerns %(organizations)s")
            % {"organizations": "; ".join(f"{p.organization} ({', '.join(_short_concerns(p))})" for p in concerned)}
        )
    return reasons


def _short_concerns(part: OrganizationPart) -> list[str]:
    """ "organizer", "stake", "takes part": the details are in the checklist's table."""
    words = [_("organizer")] if part.organizer else []
    if part.stake:
        words.append(_("stake"))
    if part.taking_part:
        words.append(_("takes part"))
    return words


def _requirements(
    event: Event, parts: Sequence[OrganizationPart], checklist: Checklist, not_needed: set[str]
) -> list[Requirement]:
    requirements: list[Requirement] = []
    for entry in _concerned_cluster(parts):
        if entry.organizer:
            continue
        requirements.append(
            Requirement(
                key=f"{ATTEND_PREFIX}{entry.organization.pk}",
                label=_("No one confirmed from %(organization)s") % {"organization": entry.organization},
                met=entry.confirmed,
            )
        )
    if is_formal_meeting(event):
        requirements.append(Requirement(STATEMENT, _("No statement planned"), bool(checklist.statements)))
        requirements.append(Requirement(DOCUMENT, _("No document to present"), bool(checklist.documents)))
    if is_governing_session(event):
        requirements.append(
            Requirement(SIDE_EVENT, _("No side event planned"), bool(checklist.side_events or checklist.side_meetings))
        )
    requirements.append(
        Requirement(
            COMMUNICATION,
            _("No communication planned"),
            any(c.status != CommunicationItem.Status.DROPPED for c in checklist.communications),
        )
    )
    for requirement in requirements:
        requirement.not_needed = requirement.key in not_needed
    return requirements


def _checklist(event: Event, context: _Context) -> Checklist:
    parts = _organization_parts(event, context)
    active = [p for p in event.participations.all() if p.status != Participation.Status.DROPPED]
    stored: EventChecklist | None = getattr(event, "coordination_checklist", None)
    side_meetings = [
        child
        for child in event.side_events.all()
        if any(link.organization_id in context.cluster for link in child.event_organizers.all())
    ]
    checklist = Checklist(
        organizations=parts,
        statements=[p for p in active if p.role == Participation.Role.STATEMENT],
        documents=[p for p in active if p.role == Participation.Role.DOCUMENT],
        side_events=[p for p in active if p.role == Participation.Role.SIDE_EVENT],
        side_meetings=side_meetings,
        communications=list(event.communication_items.all()),
        requirements=[],
        reasons=interest_reasons(event, parts),
        notes=stored.notes if stored else "",
        version=stored.version if stored else 0,
    )
    checklist.requirements = _requirements(event, parts, checklist, set(stored.not_needed if stored else ()))
    return checklist


def _item(event: Event, context: _Context) -> UpcomingItem:
    checklist = _checklist(event, context)
    return UpcomingItem(
        event=event, checklist=checklist, missing=[r.label for r in checklist.requirements if r.missing]
    )


def _require_staff(viewer: AnyUser | None) -> None:
    if viewer is not None and not policy.sees_internal(viewer):
        raise PermissionDenied(_("The periodic list is internal: for staff of the cluster only."))


def _candidates(
    start: date, end: date, viewer: AnyUser | None, topics: Sequence[Topic], regions: Sequence[Region]
) -> QuerySet[Event]:
    events = Event.objects.all() if viewer is None else Event.objects.visible_to(viewer)
    events = events.overlapping(start, end).exclude(status=Event.Status.CANCELLED).exclude(kind=Event.Kind.DEADLINE)
    if topics:
        events = events.filter(Exists(Event.topics.through.objects.filter(event=OuterRef("pk"), topic__in=topics)))
    if regions:
        targeted = Event.target_regions.through.objects.filter(event=OuterRef("pk"), region__in=regions)
        held_in = Country.regions.through.objects.filter(country=OuterRef("country"), region__in=regions)
        events = events.filter(Exists(targeted) | Exists(held_in))
    return events.order_by("start_date", "start_at", "title", "pk")


def build_periodic_list(
    *,
    start: date,
    days: int = DEFAULT_DAYS,
    viewer: AnyUser | None = None,
    organizations: Sequence[Organization] = (),
    topics: Sequence[Topic] = (),
    regions: Sequence[Region] = (),
) -> PeriodicList:
    """The events of mutual interest in ``days`` days from ``start``, grouped by month, with their checklists.

    ``viewer=None`` is the system (command line, scheduled digests for staff): internal events
    included. A viewer who is not staff gets ``PermissionDenied``: the whole list is internal.
    ``organizations`` keeps the events that concern one of them (organizing, taking part, or
    holding a stake); ``topics`` and ``regions`` work as on the calendar.
    """
    _require_staff(viewer)
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError({"days": _("Choose between 1 and %(max)s days.") % {"max": MAX_DAYS}})
    end = start + timedelta(days=days - 1)
    context = _Context.load()
    wanted = {o.pk for o in organizations}
    groups: dict[date, list[UpcomingItem]] = {}
    for event in _prefetched(_candidates(start, end, viewer, topics, regions)):
        item = _item(event, context)
        if not item.checklist.reasons:
            continue
        concerned = {p.organization.pk for p in item.checklist.organizations if p.organizer or p.stake or p.taking_part}
        if wanted and not wanted & concerned:
            continue
        first_day = max(event.start_date, start)
        groups.setdefault(first_day.replace(day=1), []).append(item)
    months = [MonthGroup(month=month, items=items) for month, items in sorted(groups.items())]
    return PeriodicList(
        start=start,
        end=end,
        months=months,
        generated_at=timezone.now(),
        organizations=tuple(organizations),
        topics=tuple(topics),
        regions=tuple(regions),
    )


def event_checklist(event: Event) -> UpcomingItem:
    """One event's checklist, read afresh (after an edit, for the in-place fragment)."""
    fresh = _prefetched(Event.objects.filter(pk=event.pk)).get()
    return _item(fresh, _Context.load())


# --- Who may edit ---------------------------------------------------------------------------------


def can_edit_for_event(user: AnyUser, event: Event, organization: Organization | int) -> bool:
    """Editors of ``organization`` and editors of the event's organizers fill the checklist."""
    return policy.can_edit_for(user, organization) or policy.can_edit_event(user, event)


def require_editor(by: AnyUser | None, event: Event, organization: Organization | int) -> None:
    """Refuse (``PermissionDenied``) a change to ``organization``'s part in ``event`` by someone who may not."""
    if by is not None and not can_edit_for_event(by, event, organization):
        raise PermissionDenied(
            _("Only editors of %(organization)s or of the event's organizers can change this.")
            % {
                "organization": organization
                if isinstance(organization, Organization)
                else Organization.objects.get(pk=organization)
            }
        )


class ChecklistConflict(writes.EditConflict):
    """Someone else changed or removed the checklist item since this edit started; nothing was written."""

    def __init__(self, obj: Any, expected_version: int, *, removed: bool = False) -> None:
        super().__init__(obj, expected_version, subject=_("This item"), removed=removed, show_versions=False)


def _delete_with_history(obj: Participation | CommunicationItem, by: AbstractBaseUser | None) -> None:
    obj._history_user = by  # type: ignore[union-attr]
    obj._change_reason = _("Removed from the checklist")  # type: ignore[union-attr]
    obj.delete()


# --- Participation (the calendar's model, written here) ------------------------------------------


@dataclass
class ParticipationData:
    organization: Organization
    role: str = Participation.Role.ATTEND
    status: str = Participation.Status.PROPOSED
    person: str = ""
    notes: str = ""


def participation_token(participation: Participation) -> int:
    """The participation's edit token: the id of its latest history record (Participation has no version)."""
    token = getattr(participation, "token", None)
    if token is not None:
        return int(token)
    latest = participation.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return int(latest or 0)


def _validate_participation(data: ParticipationData) -> None:
    errors: dict[str, str] = {}
    if data.role not in Participation.Role.values:
        errors["role"] = _("Choose one of the roles offered.")
    if data.status not in Participation.Status.values:
        errors["status"] = _("Choose one of the statuses offered.")
    if len(data.person) > 200:
        errors["person"] = _("Write at most 200 characters.")
    if errors:
        raise ValidationError(errors)


def _apply_participation(participation: Participation, data: ParticipationData) -> None:
    participation.organization = data.organization
    participation.role = data.role
    participation.status = data.status
    participation.person = clean_text(data.person).strip()
    participation.notes = data.notes.strip()


@transaction.atomic
def add_participation(event: Event, data: ParticipationData, *, by: AbstractBaseUser | None = None) -> Participation:
    require_editor(by, event, data.organization)
    _validate_participation(data)
    participation = Participation(event=event)
    _apply_participation(participation, data)
    writes.save_with_history(participation, by, _("Added to the checklist"))
    return participation


def _lock_participation(participation: Participation, expected_token: int) -> Participation:
    locked = Participation.objects.select_for_update().filter(pk=participation.pk).first()
    if locked is None:
        raise ChecklistConflict(participation, expected_token, removed=True)
    if participation_token(locked) != expected_token:
        raise ChecklistConflict(locked, expected_token)
    return locked


@transaction.atomic
def update_participation(
    participation: Participation, data: ParticipationData, *, expected_token: int, by: AbstractBaseUser | None = None
) -> Participation:
    event = participation.event
    require_editor(by, event, participation.organization_id)
    require_editor(by, event, data.organization)
    _validate_participation(data)
    locked = _lock_participation(participation, expected_token)
    _apply_participation(locked, data)
    writes.save_with_history(locked, by, _("Edited in the checklist"))
    return locked


@transaction.atomic
def remove_participation(
    participation: Participation, *, expected_token: int, by: AbstractBaseUser | None = None
) -> None:
    require_editor(by, participation.event, participation.organization_id)
    _delete_with_history(_lock_participation(participation, expected_token), by)


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
        raise ChecklistConflict(item, expected_version, removed=True)
    writes.claim_version(item, expected_version, conflict=ChecklistConflict)


@transaction.atomic
def add_communication(
    event: Event, data: CommunicationData, *, by: AbstractBaseUser | None = None
) -> CommunicationItem:
    require_editor(by, event, data.organization)
    _validate_communication(data)
    item = CommunicationItem(event=event)
    _apply_communication(item, data)
    writes.save_with_history(item, by, _("Added to the checklist"))
    return item


@transaction.atomic
def update_communication(
    item: CommunicationItem, data: CommunicationData, *, expected_version: int, by: AbstractBaseUser | None = None
) -> CommunicationItem:
    require_editor(by, item.event, item.organization_id)
    require_editor(by, item.event, data.organization)
    _validate_communication(data)
    _claim_communication(item, expected_version)
    _apply_communication(item, data)
    writes.save_with_history(item, by, _("Edited in the checklist"))
    return item


@transaction.atomic
def remove_communication(item: CommunicationItem, *, expected_version: int, by: AbstractBaseUser | None = None) -> None:
    require_editor(by, item.event, item.organization_id)
    _claim_communication(item, expected_version)
    _delete_with_history(item, by)


# --- "Not needed" marks and notes -----------------------------------------------------------------


def requirement_keys(event: Event) -> dict[str, Requirement]:
    """The requirements the checklist of ``event`` has now, by key."""
    return {r.key: r for r in event_checklist(event).checklist.requirements}


def can_mark(user: AnyUser, event: Event, key: str) -> bool:
    """Who may mark a checklist item "not needed" (or edit the notes): editors of the event's organizers,
    and for "No one confirmed from X" also editors of X."""
    if policy.can_edit_event(user, event):
        return True
    number = key[len(ATTEND_PREFIX) :] if key.startswith(ATTEND_PREFIX) else ""
    return number.isdigit() and policy.can_edit_for(user, int(number))


def _require_checklist_editor(by: AnyUser | None, event: Event, key: str) -> None:
    if by is not None and not can_mark(by, event, key):
        raise PermissionDenied(_("Only editors of the event's organizers can change this."))


def _claim_checklist(event: Event, expected_version: int) -> EventChecklist:
    """The event's stored checklist with its next version claimed (a new one when there is none yet)."""
    stored = EventChecklist.objects.filter(event=event).first()
    if stored is None:
        if expected_version != 0:
            raise ChecklistConflict(EventChecklist(event=event, version=0), expected_version, removed=True)
        return EventChecklist(event=event, version=1)
    writes.claim_version(stored, expected_version, conflict=ChecklistConflict)
    return stored


def _save_checklist(stored: EventChecklist, by: AbstractBaseUser | None, reason: str, expected_version: int) -> None:
    try:
        with transaction.atomic():
            writes.save_with_history(stored, by, reason)
    except IntegrityError:  # someone else created the event's checklist at the same moment
        raise ChecklistConflict(stored, expected_version) from None


@transaction.atomic
def mark_not_needed(
    event: Event, key: str, *, not_needed: bool = True, expected_version: int, by: AbstractBaseUser | None = None
) -> EventChecklist:
    """Mark a checklist item "not needed" (it stops being flagged as missing), or needed again."""
    _require_checklist_editor(by, event, key)
    if key not in requirement_keys(event):
        raise ValidationError({"key": _("This event's checklist has no such item.")})
    stored = _claim_checklist(event, expected_version)
    keys = [k for k in stored.not_needed if k != key]
    if not_needed:
        keys.append(key)
    stored.not_needed = sorted(keys)
    _save_checklist(stored, by, _("Marked not needed") if not_needed else _("Marked needed again"), expected_version)
    return stored


@transaction.atomic
def set_checklist_notes(
    event: Event, notes: str, *, expected_version: int, by: AbstractBaseUser | None = None
) -> EventChecklist:
    _require_checklist_editor(by, event, "")
    if len(notes) > 5000:
        raise ValidationError({"notes": _("Write at most 5,000 characters.")})
    stored = _claim_checklist(event, expected_version)
    stored.notes = clean_text(notes).strip()
    _save_checklist(stored, by, _("Notes edited"), expected_version)
    return stored
