"""The planning assistant: what an event being planned would clash with, what it could be held
back-to-back with, and whom to invite — before it is saved.

The candidate is an unsaved ``EventData`` (from the event form), optionally the stored event it
changes, so that the event is never compared with itself (and its side events and back-to-back links
still count as related). It is turned into an engine ``Item`` and put among the stored events of the
weeks around it; only the engine's public finders decide, and only the findings about the candidate
are kept, each with its reasons in words (``explain``).

Everything here reads; nothing writes. The findings are for editors (staff): they include internal
events the user may see and the focal points' contact details, and never reach a public page.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from synergies.alignment import engine
from synergies.alignment.engine import Item
from synergies.alignment.explain import Vocabulary, back_to_back_reasons, clash_reasons
from synergies.alignment.services import DEFAULT_MAX_GAP_DAYS, collect_stakes, missing_partner_as_dict
from synergies.alignment.sources import alignable, city_key, instants, items_from_events
from synergies.calendar.models import Event, Participation
from synergies.calendar.services import EventData, is_known_timezone
from synergies.directory.models import Organization
from synergies.register.models import FocalPoint

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser

#: The engine id of a candidate that is not stored yet (stored events have positive ids).
NEW_EVENT_ID = 0


@dataclass
class PairAdvice:
    """Another event the candidate would clash with, or could be held back-to-back with."""

    event: Event
    reasons: list[str]
    gap_days: int | None = None  # back-to-back only
    candidate_first: bool = True  # back-to-back only: the candidate ends before the other starts


@dataclass
class Contact:
    name: str
    role: str
    position: str = ""
    email: str = ""


@dataclass
class Invitee:
    """An organization with a stake in the candidate's subjects that does not organize it."""

    organization: Organization
    reasons: list[str]
    stakes: list[str]
    focal_points: list[Contact]
    suggested_action: str


@dataclass
class PlanningAdvice:
    clashes: list[PairAdvice] = field(default_factory=list)
    back_to_back: list[PairAdvice] = field(default_factory=list)
    invitees: list[Invitee] = field(default_factory=list)
    #: Why some findings cannot be looked for (dates known only by month, a cancelled event, ...).
    notes: list[str] = field(default_factory=list)

    @property
    def has_findings(self) -> bool:
        return bool(self.clashes or self.back_to_back or self.invitees)

    @property
    def fingerprint(self) -> str:
        """A short name for exactly these findings: the form carries it to tell "seen" from "new"."""
        if not self.has_findings:
            return ""
        parts = [f"c{advice.event.pk}" for advice in self.clashes]
        parts += [f"b{advice.event.pk}" for advice in self.back_to_back]
        parts += [f"i{invitee.organization.pk}" for invitee in self.invitees]
        return hashlib.sha256(",".join(sorted(parts)).encode()).hexdigest()[:16]


# --- The candidate as the engine sees it -------------------------------------------------------


def candidate_item(data: EventData, editing: Event | None = None) -> Item:
    """The unsaved event as an engine item; ``editing`` lends it its id and its back-to-back links."""
    zone = ZoneInfo(data.timezone)
    probe = Event(all_day=data.all_day, timezone=data.timezone)
    if data.all_day:
        probe.start_date, probe.end_date = data.start, data.end
    else:
        assert isinstance(data.start, datetime) and isinstance(data.end, datetime)
        probe.start_at, probe.end_at = _instant(data.start, data.timezone), _instant(data.end, data.timezone)
    start, end = instants(probe)
    online = data.attendance_mode == Event.AttendanceMode.ONLINE
    country = data.country if not online else None
    city = city_key(data.city, country.code if country else "", online=online)
    return Item(
        id=editing.pk if editing is not None else NEW_EVENT_ID,
        title=data.title,
        start=start,
        end=end,
        organizers=frozenset(org.pk for org in [*data.lead_organizers, *data.co_organizers]),
        city=city,
        city_name=data.city.strip(),
        online=online,
        regions=frozenset(region.code for region in data.target_regions),
        countries=frozenset(c.code for c in data.target_countries),
        venue_regions=frozenset(country.regions.values_list("code", flat=True)) if country else frozenset(),
        instruments=frozenset(i.code for i in data.instruments),
        bodies=frozenset(b.code for b in data.bodies),
        topics=frozenset(t.slug for t in data.topics),
        parent_id=data.parent.pk if data.parent is not None else None,
        back_to_back_ids=frozenset(editing.back_to_back_with.values_list("pk", flat=True)) if editing else frozenset(),
        local_start_day=start.astimezone(zone).date(),
    )


def _notes(data: EventData) -> list[str]:
    """Why the candidate cannot be aligned at all; empty when it can."""
    if not is_known_timezone(data.timezone):
        return [_("Choose the time zone of the venue to see what else happens at the same time.")]
    if data.status == Event.Status.CANCELLED:
        return [_("A cancelled event clashes with nothing and needs no partners.")]
    if data.date_precision != Event.DatePrecision.DAY:
        return [
            _(
                "The dates are known only by month, so clashes and back-to-back meetings cannot be looked for "
                "yet. Give the days when they are known."
            )
        ]
    start, end = data.start, data.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        start, end = _instant(start, data.timezone), _instant(end, data.timezone)
    if end < start:
        return [_("The event ends before it starts; correct the dates to see what else happens then.")]
    return []


def _instant(value: datetime, zone_name: str) -> datetime:
    """A wall-clock time at the venue (or an aware one) as an instant."""
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(zone_name))


# --- Advice ------------------------------------------------------------------------------------


def advise(
    data: EventData, *, user: AnyUser, editing: Event | None = None, max_gap_days: int = DEFAULT_MAX_GAP_DAYS
) -> PlanningAdvice:
    """Clashes, back-to-back opportunities and whom to invite for ``data``, among the events ``user``
    may see; ``editing`` is the stored event that ``data`` would change (left out of the comparison)."""
    notes = _notes(data)
    if notes:
        return PlanningAdvice(notes=notes)
    candidate = candidate_item(data, editing)
    zone = ZoneInfo(data.timezone)
    margin = timedelta(days=max_gap_days + 2)  # days are local to each venue: a day either side spare
    others = alignable(
        Event.objects.visible_to(user),
        (candidate.start.astimezone(zone) - margin).date(),
        (candidate.end.astimezone(zone) + margin).date(),
    )
    if editing is not None:
        others = others.exclude(pk=editing.pk)
    items = [candidate, *items_from_events(others)]
    words = Vocabulary.load()

    clashes = [clash for clash in engine.find_clashes(items) if candidate.id in clash.key]
    pairs = [pair for pair in engine.find_back_to_back(items, max_gap_days) if candidate.id in pair.key]
    events = _events_by_id(
        [_other(clash.key, candidate.id) for clash in clashes] + [_other(pair.key, candidate.id) for pair in pairs],
        user,
    )
    advice = PlanningAdvice(
        clashes=[PairAdvice(events[_other(clash.key, candidate.id)], clash_reasons(clash, words)) for clash in clashes],
        back_to_back=[
            PairAdvice(
                events[_other(pair.key, candidate.id)],
                back_to_back_reasons(pair, words),
                gap_days=pair.gap_days,
                candidate_first=pair.before.id == candidate.id,
            )
            for pair in pairs
        ],
    )
    advice.invitees = _invitees(candidate, editing)
    return advice


def advise_or_explain(data: EventData | str, *, user: AnyUser, editing: Event | None = None) -> PlanningAdvice:
    """``advise`` for a usable candidate; for a form that cannot give one yet, what to give instead."""
    if isinstance(data, str):
        return PlanningAdvice(notes=[data])
    return advise(data, user=user, editing=editing)


def _other(key: tuple[int, int], candidate_id: int) -> int:
    return key[1] if key[0] == candidate_id else key[0]


def _events_by_id(ids: list[int], user: AnyUser) -> dict[int, Event]:
    return {event.pk: event for event in Event.objects.visible_to(user).for_lists().filter(pk__in=ids)}


def _invitees(candidate: Item, editing: Event | None) -> list[Invitee]:
    """Organizations with a mandate, an activity or a focal point on the candidate's subjects that
    neither organize it nor (for a stored event) are recorded as taking part."""
    taking_part: frozenset[int] = frozenset()
    if editing is not None:
        taking_part = frozenset(
            Participation.objects.filter(event=editing)
            .exclude(status=Participation.Status.DROPPED)
            .values_list("organization_id", flat=True)
        )
    missing = engine.find_missing_partners([candidate], collect_stakes(), {candidate.id: taking_part})
    if not missing:
        return []
    organizations = Organization.objects.in_bulk([finding.organization for finding in missing])
    contacts = _focal_point_contacts(set(organizations))
    names = {pk: organization.acronym for pk, organization in organizations.items()}
    invitees = []
    for finding in missing:
        described = missing_partner_as_dict(finding, names)
        labels = [s.label for s in finding.stakes if s.via == "focal_point"] or [finding.focal_point]
        people = [contacts[label] for label in dict.fromkeys(labels) if label in contacts]
        invitees.append(
            Invitee(
                organization=organizations[finding.organization],
                reasons=described["reasons"],
                stakes=[_stake_words(s.via, s.label) for s in finding.stakes if s.via != "focal_point"],
                focal_points=people,
                suggested_action=described["suggested_action"],
            )
        )
    return invitees


def _stake_words(via: str, label: str) -> str:
    if via == "mandate":
        return _("mandate %(reference)s") % {"reference": label}
    return _("activity “%(title)s”") % {"title": label}


def _focal_point_contacts(organization_ids: set[int]) -> dict[str, Contact]:
    """The focal points of these organizations by the label the stakes name them with."""
    contacts: dict[str, Contact] = {}
    points = FocalPoint.objects.filter(person__organization_id__in=organization_ids).select_related("person")
    for point in points.order_by("person__name", "role"):
        person = point.person
        label = f"{person.name} ({point.role})" if person.name else point.role
        contacts.setdefault(
            label, Contact(name=person.name, role=point.role, position=person.position, email=person.email)
        )
    return contacts
