"""The coordination checklist of one event on the periodic list (staff only; see docs/upcoming.md).

Who is concerned by an event (organizers, stakes, participation), whether it is a formal meeting or
a session of a governing body, and what its checklist expects and still misses: participation per
organization, statements, documents, side events and communication opportunities, with the
"not needed" marks. Which events make the list is decided in ``queries``; writes are in ``services``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from synergies.alignment.engine import Stake
from synergies.alignment.stakes import organization_stakes
from synergies.calendar.models import Event, EventOrganizer, Participation
from synergies.directory.models import Body, Organization
from synergies.upcoming.models import CommunicationItem, EventChecklist

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


# --- What a checklist holds -----------------------------------------------------------------------


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


# --- Who is concerned -----------------------------------------------------------------------------


@dataclass
class ChecklistContext:
    """What every checklist of one list needs, read once."""

    cluster: set[int]
    stakes: dict[int, dict[str, list[Stake]]] = field(default_factory=dict)  # organization → key → stakes
    organizations: dict[int, Organization] = field(default_factory=dict)

    @classmethod
    def load(cls) -> ChecklistContext:
        organizations = {o.pk: o for o in Organization.objects.all()}
        context = cls(
            cluster={pk for pk, o in organizations.items() if o.kind in CLUSTER_KINDS}, organizations=organizations
        )
        stakes: dict[int, dict[str, list[Stake]]] = defaultdict(lambda: defaultdict(list))
        for stake in organization_stakes():
            stakes[stake.organization][stake.key].append(stake)
        context.stakes = stakes
        return context


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


def organization_parts(event: Event, context: ChecklistContext) -> list[OrganizationPart]:
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


def concerned_cluster(parts: Sequence[OrganizationPart]) -> list[OrganizationPart]:
    """Organizations of the cluster that organize, hold a stake in or take part in the event."""
    return [p for p in parts if p.in_cluster and (p.organizer or p.stake or p.taking_part)]


def _requirements(
    event: Event, parts: Sequence[OrganizationPart], checklist: Checklist, not_needed: set[str]
) -> list[Requirement]:
    requirements: list[Requirement] = []
    for entry in concerned_cluster(parts):
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


def build_checklist(
    event: Event, context: ChecklistContext, parts: list[OrganizationPart], reasons: list[str]
) -> Checklist:
    """The checklist of ``event`` (with ``reasons``, why it is on the list), from its prefetched relations."""
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
        reasons=reasons,
        notes=stored.notes if stored else "",
        version=stored.version if stored else 0,
    )
    checklist.requirements = _requirements(event, parts, checklist, set(stored.not_needed if stored else ()))
    return checklist
