"""Importing and harvesting partners' events: all-or-nothing, recorded, idempotent.

Policy (see docs/federation.md):
- the same feed read twice writes nothing the second time (a fingerprint of what we map);
- a newer SEQUENCE, or the same SEQUENCE with a later LAST-MODIFIED, wins; an older one is ignored;
- an event edited here since the last harvest keeps the local edit: the partner's change is not
  applied, the event is flagged "edited here" and the run counts it under ``kept_local``;
- an event that disappears from its feed is cancelled with a note, never deleted (subscribers'
  calendars drop it); it comes back if the feed brings it back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, replace
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.calendar.services import EventData, create_event, update_event
from synergies.directory.models import Organization, Topic
from synergies.federation.formats.base import FeedError, RemoteEvent
from synergies.federation.mapping import Vocabulary, to_event_data
from synergies.federation.models import FeedSource, HarvestedEvent, HarvestRun


def fingerprint(data: EventData) -> str:
    """A hash of everything we take from the partner, to tell "unchanged" without comparing fields."""

    def plain(value: Any) -> Any:
        if hasattr(value, "pk"):
            return value.pk
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value if isinstance(value, str | int | bool | type(None)) else str(value)

    content = {key: plain(value) for key, value in asdict(data).items() if key not in ("lead_organizers", "uid")}
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


def _newer(remote: RemoteEvent, link: HarvestedEvent) -> bool:
    if remote.sequence != link.remote_sequence:
        return remote.sequence > link.remote_sequence
    if remote.last_modified and link.remote_last_modified:
        return remote.last_modified >= link.remote_last_modified
    return True


def _free_uid(remote_uid: str) -> str | None:
    """Keep the partner's UID (calendars then see one event, not two) unless we already use it."""
    if remote_uid and len(remote_uid) <= 255 and not Event.objects.filter(uid=remote_uid).exists():
        return remote_uid
    return None


def _apply(
    remote_events: list[RemoteEvent], *, organization: Organization, source: FeedSource | None, run: HarvestRun,
    withdraw_missing: bool,
) -> None:
    words = Vocabulary()
    default_topics: list[Topic] = list(source.default_topics.all()) if source else []
    source_name = source.name if source else ""
    links = {
        link.remote_uid: link
        for link in HarvestedEvent.objects.select_related("event").filter(
            organization=organization, source_name=source_name
        )
    }
    problems: list[str] = []
    for remote in remote_events:
        data = to_event_data(remote, organization=organization, words=words, default_topics=default_topics)
        digest = fingerprint(data)
        link = links.pop(remote.uid, None)
        try:
            if link is None:
                event = create_event(replace(data, uid=_free_uid(remote.uid)))
                HarvestedEvent.objects.create(
                    event=event, organization=organization, source_name=source_name, remote_uid=remote.uid,
                    remote_sequence=remote.sequence, remote_last_modified=remote.last_modified, fingerprint=digest,
                    local_version=event.version,
                )
                run.new += 1
                continue
            event = link.event
            if link.fingerprint == digest and not link.withdrawn:
                run.unchanged += 1
                continue
            if not _newer(remote, link):
                run.unchanged += 1
                continue
            if event.version != link.local_version:
                link.locally_edited = True
                link.save(update_fields=["locally_edited"])
                run.kept_local += 1
                continue
            keep = EventData.from_event(event)
            merged = replace(data, uid=event.uid, co_organizers=keep.co_organizers, instruments=keep.instruments,
                             bodies=keep.bodies, target_regions=keep.target_regions,
                             target_countries=keep.target_countries, kind=keep.kind, internal_notes=keep.internal_notes)
            update_event(event, merged, expected_version=event.version, reason=_("Harvested"))
            link.remote_sequence, link.remote_last_modified = remote.sequence, remote.last_modified
            link.fingerprint, link.local_version, link.withdrawn = digest, event.version, False
            link.save()
            run.updated += 1
        except ValidationError as error:
            fields = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
            problems.append(f"event UID {remote.uid}: {fields}")
    if problems:
        raise FeedError(problems)
    if withdraw_missing:
        for link in links.values():
            if link.withdrawn:
                continue
            event = link.event
            if event.status != Event.Status.CANCELLED:
                note = _("Withdrawn from %(source)s on %(day)s.") % {
                    "source": source_name or organization.acronym, "day": timezone.now().date().isoformat()
                }
                data = replace(EventData.from_event(event), status=Event.Status.CANCELLED)
                data.internal_notes = "\n\n".join(p for p in (data.internal_notes, note) if p)
                update_event(event, data, expected_version=event.version, reason=_("Withdrawn from its feed"))
            link.withdrawn, link.local_version = True, event.version
            link.save(update_fields=["withdrawn", "local_version"])
            run.withdrawn += 1


Reader = Callable[..., list[RemoteEvent]]


def import_feed(
    content: bytes, *, reader: Reader, organization: Organization, location: str, source: FeedSource | None = None,
    default_timezone: str = "UTC", withdraw_missing: bool = False,
) -> HarvestRun:
    """Read a feed and apply it in one transaction; the run is recorded whatever happens.

    Raises ``FeedError`` (after recording the refused run) when the feed or any of its events cannot be
    read or stored; then nothing of this feed was written.
    """
    run = HarvestRun.objects.create(source=source, location=location[:500], organization=organization)
    try:
        remote_events = reader(content, default_timezone=default_timezone)
        with transaction.atomic():
            _apply(remote_events, organization=organization, source=source, run=run,
                   withdraw_missing=withdraw_missing)
    except FeedError as error:
        refuse_run(run, error)
        raise
    run.status, run.finished_at = HarvestRun.Status.SUCCEEDED, timezone.now()
    run.save()
    if source is not None:
        FeedSource.objects.filter(pk=source.pk).update(last_harvested_at=run.finished_at)
    return run


def refuse_run(run: HarvestRun, error: FeedError) -> HarvestRun:
    """Record a refused run: nothing written, the reasons kept, counts of new/updated back to zero."""
    run.new = run.updated = run.unchanged = run.withdrawn = run.kept_local = 0
    run.refused = len(error.problems)
    run.status, run.finished_at = HarvestRun.Status.REFUSED, timezone.now()
    run.error = "\n".join(error.problems)
    run.save()
    return run


# --- Feed sources and scheduled harvests -------------------------------------------------------------


def readers() -> dict[str, Reader]:
    """The formats we can read, by FeedSource.Format value."""
    from synergies.federation.formats.ics import parse_ics

    return {FeedSource.Format.ICS: parse_ics}


def add_feed_source(
    *, name: str, url: str, organization: Organization, format: str = FeedSource.Format.ICS,
    default_timezone: str = "UTC", allow_private_addresses: bool = False,
) -> FeedSource:
    source = FeedSource(
        name=name, url=url, organization=organization, format=format, default_timezone=default_timezone,
        allow_private_addresses=allow_private_addresses,
    )
    source.full_clean()
    if format not in readers():
        raise ValidationError({"format": _("Reading %(format)s feeds is not available yet.") % {"format": format}})
    source.save()
    return source


def due_sources(now: Any = None) -> list[FeedSource]:
    """Active sources never harvested, or not for their interval."""
    now = now or timezone.now()
    return [
        source for source in FeedSource.objects.filter(active=True).select_related("organization")
        if source.last_harvested_at is None
        or (now - source.last_harvested_at).total_seconds() >= source.every_hours * 3600
    ]


def harvest(source: FeedSource) -> HarvestRun:
    """Fetch a source (conditionally) and apply it; events gone from the feed are withdrawn."""
    from synergies.federation.fetching import fetch

    try:
        fetched = fetch(source.url, allow_private=source.allow_private_addresses, etag=source.etag,
                        last_modified=source.last_modified_header)
    except FeedError as error:
        run = HarvestRun.objects.create(source=source, location=source.url, organization=source.organization)
        refuse_run(run, error)
        run.status = HarvestRun.Status.FAILED
        run.save(update_fields=["status"])
        raise
    if fetched.content is None:
        run = HarvestRun.objects.create(
            source=source, location=source.url, organization=source.organization,
            status=HarvestRun.Status.NOT_MODIFIED, finished_at=timezone.now(),
        )
        FeedSource.objects.filter(pk=source.pk).update(last_harvested_at=run.finished_at)
        return run
    run = import_feed(
        fetched.content, reader=readers()[source.format], organization=source.organization, location=source.url,
        source=source, default_timezone=source.default_timezone, withdraw_missing=True,
    )
    FeedSource.objects.filter(pk=source.pk).update(etag=fetched.etag, last_modified_header=fetched.last_modified)
    return run
