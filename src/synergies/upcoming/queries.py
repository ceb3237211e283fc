"""Which events make the periodic list of upcoming events (staff only; see docs/upcoming.md).

An event is on the list when it is of mutual interest (``interest_reasons``); pages, the exports,
the ``synergies digest`` command and the e-mail digests all call ``build_periodic_list``, so nothing
else decides what the list holds. Each event's checklist is built in ``checklist``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Prefetch, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from synergies.calendar.models import Event, EventOrganizer, Participation
from synergies.core import editing
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
from synergies.upcoming.models import CommunicationItem, EventChecklist

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


# --- History ----------------------------------------------------------------------------------

#: Fields left out of "what changed" in the checklist's history: bookkeeping, and the event itself.
_NOT_SHOWN_IN_CHANGES = editing.BOOKKEEPING_FIELDS | {"event"}


def checklist_history(event: Event, *, viewer: Actor, labels: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """Who changed what in the checklist of ``event`` and when, newest first (``core.editing.history_entries``).

    The changes of its communication opportunities, its participation (the calendar's model, edited
    from the checklist) and its "not needed" marks and notes, removed items included, merged into one
    list; each entry names the item it is about. ``labels`` put "not needed" keys in words (the
    checklist's requirements by key; the key itself otherwise). Staff only (``PermissionDenied``
    otherwise), who see the authors.
    """
    permissions.require_staff(viewer)
    words = dict(labels or {})

    def display(name: str, value: Any, record: Any) -> str:
        if name == "not_needed":
            return "; ".join(words.get(key, key) for key in value or ()) or editing.empty()
        field = record.instance._meta.get_field(name)
        return editing.display_value(value, choices=getattr(field, "choices", None))

    entries: list[dict[str, Any]] = []
    for model in (CommunicationItem, Participation, EventChecklist):
        records: dict[int, list[Any]] = {}
        history = model.history.filter(event_id=event.pk)
        for record in history.select_related("history_user").order_by("-history_date", "-history_id"):
            records.setdefault(record.id, []).append(record)

        def changes(record: Any, previous: Any, model: Any = model) -> list[editing.Change]:
            return editing.field_changes(record, previous, model=model, hidden=_NOT_SHOWN_IN_CHANGES, display=display)

        for of_one in records.values():
            entries += editing.history_entries(
                of_one, changes=changes, show_authors=True, subject=_subject, show_versions=False
            )
    entries.sort(key=lambda entry: entry["date"], reverse=True)
    return entries


def _subject(record: Any) -> str:
    """The item a history record is about, as the checklist names it (the checklist itself by its name)."""
    if isinstance(record.instance, EventChecklist):
        return str(EventChecklist._meta.verbose_name).capitalize()
    return str(record.instance)
