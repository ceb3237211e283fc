"""Creating many harvested events at once: the same rows ``create_event`` writes, in a few queries.

A partner's first harvest may bring ten thousand events. Through ``create_event`` each costs some
twenty queries (the row, organizers, five relations, links, the history record and its five relation
snapshots): minutes for a big feed. Here every table gets one bulk insert per batch. The rows are
exactly those of ``create_event``: the data validated by ``validate_event_data`` and applied by the
calendar's own ``_apply``; one history record per event ("Created", with the organizers and links
snapshot that ``calendar.signals`` would take, and its relations' snapshot rows), recorded as made by
the acting user ``by`` (``history_user``: no user for ``SYSTEM``). ``by`` is checked as ``create_event``
checks it (``calendar.permissions``: an editor naming only organizers they may; ``SYSTEM`` and
administrators may do everything), before anything is written.
See docs/decisions/0603-bulk-first-harvest.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from synergies.calendar import permissions
from synergies.calendar.models import Event, EventLink, EventOrganizer
from synergies.calendar.services import EventData
from synergies.calendar.services import _apply as apply_event_data
from synergies.core.actors import Actor, check_actor, history_user
from synergies.core.text import clean_text

BATCH = 1000
RELATIONS = ("instruments", "bodies", "topics", "target_regions", "target_countries")


def _relation_rows(events: list[Event], datas: Sequence[EventData], name: str) -> list[models.Model]:
    field = Event._meta.get_field(name)
    through = field.remote_field.through  # type: ignore[union-attr]
    own, other = field.m2m_field_name(), field.m2m_reverse_field_name()  # type: ignore[union-attr]
    rows = [
        through(**{f"{own}_id": event.pk, f"{other}_id": related.pk})
        for event, data in zip(events, datas, strict=True)
        for related in dict.fromkeys(getattr(data, name))
    ]
    return through.objects.bulk_create(rows, batch_size=BATCH)


def create_events(datas: Sequence[EventData], *, by: Actor, reason: str | None = None) -> list[Event]:
    """Store already validated event data (``validate_event_data``), in order, as ``by``; returns the events.

    Refuses (``PermissionDenied``, nothing written) unless ``by`` may add every one of these events.
    """
    permissions.require_may_create_event(check_actor(by))
    for data in datas:
        permissions.require_may_name_organizers(by, data.lead_organizers, data.co_organizers)
    events = []
    for data in datas:
        event = Event()
        if data.uid:
            event.uid = data.uid
        apply_event_data(event, data)
        events.append(event)
    Event.objects.bulk_create(events, batch_size=BATCH)
    organizers = [
        EventOrganizer(event=event, organization=org, role=role, position=position)
        for event, data in zip(events, datas, strict=True)
        for role, orgs in (
            (EventOrganizer.Role.LEAD, data.lead_organizers),
            (EventOrganizer.Role.CO_ORGANIZER, data.co_organizers),
        )
        for position, org in enumerate(dict.fromkeys(orgs))
    ]
    EventOrganizer.objects.bulk_create(organizers, batch_size=BATCH)
    links = [
        EventLink(event=event, kind=link.kind, title=clean_text(link.title), url=link.url)
        for event, data in zip(events, datas, strict=True)
        for link in data.links
    ]
    EventLink.objects.bulk_create(links, batch_size=BATCH)
    relation_rows = {name: _relation_rows(events, datas, name) for name in RELATIONS}
    _record_history(events, datas, organizers, links, relation_rows, reason or _("Created"), by)
    return events


def _record_history(
    events: list[Event],
    datas: Sequence[EventData],
    organizers: list[EventOrganizer],
    links: list[EventLink],
    relation_rows: dict[str, list[models.Model]],
    reason: str,
    by: Actor,
) -> None:
    history_model = Event.history.model
    now = timezone.now()
    snapshot_organizers: dict[int, list[str]] = {event.pk: [] for event in events}
    for link in sorted(organizers, key=lambda o: (o.role != EventOrganizer.Role.LEAD, o.position)):
        snapshot_organizers[link.event_id].append(f"{link.organization.acronym} ({link.get_role_display()})")
    snapshot_links: dict[int, list[str]] = {event.pk: [] for event in events}
    for item in links:
        snapshot_links[item.event_id].append(f"{item.title} <{item.url}>")
    records = history_model.objects.bulk_create(
        [
            history_model(
                history_date=now,
                history_user=history_user(by),
                history_change_reason=reason,
                history_type="~",  # as create_event's record: its row is saved first, then recorded as a change
                organizers_snapshot=snapshot_organizers[event.pk],
                links_snapshot=snapshot_links[event.pk],
                **{field.attname: getattr(event, field.attname) for field in history_model.tracked_fields},
            )
            for event in events
        ],
        batch_size=BATCH,
    )
    record_of = {record.id: record for record in records}
    for name, rows in relation_rows.items():
        snapshot = apps.get_model("calendar", f"HistoricalEvent_{name}")
        field = Event._meta.get_field(name)
        own, other = field.m2m_field_name(), field.m2m_reverse_field_name()  # type: ignore[union-attr]
        snapshot.objects.bulk_create(
            [
                snapshot(
                    **{
                        "id": row.pk,
                        "history": record_of[getattr(row, f"{own}_id")],
                        f"{own}_id": getattr(row, f"{own}_id"),
                        f"{other}_id": getattr(row, f"{other}_id"),
                    }
                )
                for row in rows
            ],
            batch_size=BATCH,
        )
