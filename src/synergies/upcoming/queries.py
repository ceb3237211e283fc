"""Which events make the periodic list of upcoming events (staff only; see docs/upcoming.md).

An event is on the list when it is of mutual interest (``interest_reasons``); pages, the exports,
the ``synergies digest`` command and the e-mail digests all call ``build_periodic_list``, so nothing
else decides what the list holds. Each event's checklist is built in ``checklist``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Prefetch, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from synergies.calendar.models import Event, EventOrganizer, Participation
from synergies.directory.models import Body, Country, Organization, Region, Topic
from synergies.upcoming import permissions
from synergies.upcoming.checklist import (
    ChecklistContext,
    OrganizationPart,
    Requirement,
    UpcomingItem,
    build_checklist,
    concerned_cluster,
    is_governing_session,
    organization_parts,
)
from synergies.upcoming.models import CommunicationItem

if TYPE_CHECKING:
    from synergies.core.actors import Actor

DEFAULT_DAYS = 90
MAX_DAYS = 366


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
    concerned = concerned_cluster(parts)
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


def _item(event: Event, context: ChecklistContext) -> UpcomingItem:
    parts = organization_parts(event, context)
    checklist = build_checklist(event, context, parts, interest_reasons(event, parts))
    return UpcomingItem(
        event=event, checklist=checklist, missing=[r.label for r in checklist.requirements if r.missing]
    )


def _candidates(
    start: date, end: date, viewer: Actor, topics: Sequence[Topic], regions: Sequence[Region]
) -> QuerySet[Event]:
    events = Event.objects.visible_to(permissions.roles_of(viewer))
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
    viewer: Actor,
    organizations: Sequence[Organization] = (),
    topics: Sequence[Topic] = (),
    regions: Sequence[Region] = (),
) -> PeriodicList:
    """The events of mutual interest in ``days`` days from ``start``, grouped by month, with their checklists.

    ``viewer`` is required: the signed-in user, the subscriber of a digest, or ``SYSTEM`` for the
    command line (internal events included). A viewer who is not staff gets ``PermissionDenied``, and
    ``None`` a ``TypeError``: the whole list is internal.
    ``organizations`` keeps the events that concern one of them (organizing, taking part, or
    holding a stake); ``topics`` and ``regions`` work as on the calendar.
    """
    permissions.require_staff(viewer)
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError({"days": _("Choose between 1 and %(max)s days.") % {"max": MAX_DAYS}})
    end = start + timedelta(days=days - 1)
    context = ChecklistContext.load()
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
    return _item(fresh, ChecklistContext.load())


def requirement_keys(event: Event) -> dict[str, Requirement]:
    """The requirements the checklist of ``event`` has now, by key."""
    return {r.key: r for r in event_checklist(event).checklist.requirements}
