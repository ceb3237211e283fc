"""Importing and harvesting partners' events: all-or-nothing, recorded, idempotent.

Policy (see docs/federation.md):
- the same feed read twice writes nothing the second time (a fingerprint of what we map);
- a newer SEQUENCE, or the same SEQUENCE with a later LAST-MODIFIED, wins; an older one is ignored;
- an event edited here since the last harvest keeps the local edit: the partner's change is not
  applied, the event is flagged "edited here" and the run counts it under ``kept_local``;
- an event that disappears from its feed is cancelled with a note, never deleted (subscribers'
  calendars drop it) — unless another source still publishes it; it comes back if the feed brings it back;
- the same meeting from another source is linked to the existing event, not added twice (``dedup.py``);
  the first source that still publishes it is the one whose changes apply;
- the new events of a run are created in bulk (``bulk.py``), the same rows ``create_event`` writes.

Who may do this (``permissions.py``): every write here takes the acting user ``by`` (required; the
commands and scheduled harvests pass ``SYSTEM``) and refuses (``PermissionDenied``) anyone but an
administrator before it writes anything; the events a harvest writes are written as ``by`` too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import fields, replace
from functools import partial
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.calendar.services import EventData, update_event, validate_event_data
from synergies.core.actors import Actor
from synergies.core.text import clean_text
from synergies.directory.models import Organization, Topic
from synergies.federation import bulk, permissions
from synergies.federation.dedup import SameMeetingFinder, days_of
from synergies.federation.formats.base import FeedError, RemoteEvent
from synergies.federation.mapping import Vocabulary, to_event_data, web_address
from synergies.federation.models import FeedSource, HarvestedEvent, HarvestRun


def fingerprint(data: EventData) -> str:
    """A hash of everything we take from the partner, to tell "unchanged" without comparing fields."""

    def plain(value: Any) -> Any:
        if hasattr(value, "pk"):
            return value.pk
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value if isinstance(value, str | int | bool | type(None)) else str(value)

    content = {
        item.name: plain(getattr(data, item.name))
        for item in fields(data)
        if item.name not in ("lead_organizers", "uid")
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


def _newer(remote: RemoteEvent, link: HarvestedEvent) -> bool:
    if remote.sequence != link.remote_sequence:
        return remote.sequence > link.remote_sequence
    if remote.last_modified and link.remote_last_modified:
        return remote.last_modified >= link.remote_last_modified
    return True


def _write(event: Event, data: EventData, reason: str, *, by: Actor) -> None:
    """Save a harvest's change as ``by``; the other sources' links of this event that were up to date
    stay so (otherwise our own write would look like a local edit to them)."""
    before = event.version
    update_event(event, data, expected_version=before, by=by, reason=reason)
    HarvestedEvent.objects.filter(event=event, local_version=before).update(local_version=event.version)


def _merged(event: Event, data: EventData, remote: RemoteEvent) -> EventData:
    """The partner's data over ours: what the feed does not carry (co-organizers, bodies, target
    regions and countries, internal notes, contacts, the parent; kind, instruments and languages when
    the feed names none) stays as it is here."""
    keep = EventData.from_event(event)
    return replace(
        data,
        uid=event.uid,
        co_organizers=keep.co_organizers,
        bodies=keep.bodies,
        target_regions=keep.target_regions,
        target_countries=keep.target_countries,
        internal_notes=keep.internal_notes,
        contact_name=keep.contact_name,
        contact_email=keep.contact_email,
        parent=keep.parent,
        visibility=keep.visibility,
        kind=data.kind if remote.kind else keep.kind,
        instruments=data.instruments if remote.instruments else keep.instruments,
        languages=data.languages if remote.languages else keep.languages,
        links=data.links if remote.links else keep.links,
    )


def _credit(event: Event, organization: Organization, *, by: Actor) -> None:
    """A second source's organization becomes a co-organizer of the meeting it also publishes."""
    data = EventData.from_event(event)
    if organization in data.lead_organizers or organization in data.co_organizers:
        return
    _write(
        event, replace(data, co_organizers=[*data.co_organizers, organization]), _("Also published by a partner"), by=by
    )


def _owner(event: Event) -> HarvestedEvent | None:
    """The source whose data the event shows: the first that brought it and still publishes it."""
    return HarvestedEvent.objects.filter(event=event, withdrawn=False).order_by("pk").first()


class _Run:
    """One feed applied to the calendar; counts go to ``run``."""

    def __init__(
        self,
        *,
        organization: Organization,
        source: FeedSource | None,
        run: HarvestRun,
        remote_events: list[RemoteEvent],
        by: Actor,
    ) -> None:
        self.organization, self.source, self.run, self.by = organization, source, run, by
        self.source_name = source.name if source else ""
        self.words = Vocabulary()
        self.default_topics: list[Topic] = list(source.default_topics.all()) if source else []
        self.links = {
            link.remote_uid: link
            for link in HarvestedEvent.objects.select_related("event").filter(
                organization=organization, source_name=self.source_name
            )
        }
        self._finder: SameMeetingFinder | None = None
        self.pending: list[tuple[RemoteEvent, EventData, str]] = []
        self.remote_events = remote_events

    def finder(self) -> SameMeetingFinder:
        if self._finder is None:
            days = [days_of(data) for data in self._new_data]
            self._finder = SameMeetingFinder(
                organization=self.organization,
                source_name=self.source_name,
                first=min(day[0] for day in days),
                last=max(day[1] for day in days),
            )
        return self._finder

    def apply(self, *, withdraw_missing: bool) -> None:
        mapped = [
            (
                remote,
                to_event_data(
                    remote, organization=self.organization, words=self.words, default_topics=self.default_topics
                ),
            )
            for remote in self.remote_events
        ]
        self._new_data = [data for remote, data in mapped if remote.uid not in self.links]
        problems: list[str] = []
        for remote, data in mapped:
            link = self.links.pop(remote.uid, None)
            try:
                if link is None:
                    self.add(remote, data)
                else:
                    self.refresh(remote, data, link)
            except ValidationError as error:
                details = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
                problems.append(f"event UID {remote.uid}: {details}")
        if problems:
            raise FeedError(problems)
        self.create_pending()
        if withdraw_missing:
            for link in self.links.values():
                if not link.withdrawn:
                    self.withdraw(link)

    def add(self, remote: RemoteEvent, data: EventData) -> None:
        same = self.finder().find(data) if self._new_data else None
        if same is None:
            validate_event_data(data)
            self.pending.append((remote, data, fingerprint(data)))
            return
        event = Event.objects.get(pk=same)
        _credit(event, self.organization, by=self.by)
        self.run.merged += 1
        self._link(event, remote, fingerprint(data)).save()

    def _link(self, event: Event, remote: RemoteEvent, digest: str) -> HarvestedEvent:
        return HarvestedEvent(
            event=event,
            organization=self.organization,
            source_name=self.source_name,
            remote_uid=remote.uid,
            remote_sequence=remote.sequence,
            remote_last_modified=remote.last_modified,
            fingerprint=digest,
            local_version=event.version,
            remote_url=_page(remote),
        )

    def create_pending(self) -> None:
        """The new events of the run, all at once (see ``bulk.py``); the partner's UIDs kept where free."""
        taken: set[str] = set()
        uids = [remote.uid for remote, _data, _digest in self.pending if len(remote.uid) <= 255]
        for start in range(0, len(uids), 500):
            taken.update(Event.objects.filter(uid__in=uids[start : start + 500]).values_list("uid", flat=True))
        datas = [
            replace(data, uid=None if remote.uid in taken or len(remote.uid) > 255 else remote.uid)
            for remote, data, _digest in self.pending
        ]
        events = bulk.create_events(datas, by=self.by)
        HarvestedEvent.objects.bulk_create(
            [
                self._link(event, remote, digest)
                for event, (remote, _data, digest) in zip(events, self.pending, strict=True)
            ],
            batch_size=bulk.BATCH,
        )
        self.run.new += len(events)

    def refresh(self, remote: RemoteEvent, data: EventData, link: HarvestedEvent) -> None:
        digest, event = fingerprint(data), link.event
        if (link.fingerprint == digest and not link.withdrawn) or not _newer(remote, link):
            self.run.unchanged += 1
            return
        if event.version != link.local_version:
            link.locally_edited = True
            link.save(update_fields=["locally_edited"])
            self.run.kept_local += 1
            return
        owner = _owner(event)
        if owner is None or owner.pk == link.pk or (event.status == Event.Status.CANCELLED and link.withdrawn):
            _write(event, _merged(event, data, remote), _("Harvested"), by=self.by)
            self.run.updated += 1
        else:
            self.run.unchanged += 1  # another source's data shows; this one stays credited
        link.remote_sequence, link.remote_last_modified = remote.sequence, remote.last_modified
        link.fingerprint, link.local_version, link.withdrawn = digest, event.version, False
        link.remote_url = _page(remote)
        link.save()

    def withdraw(self, link: HarvestedEvent) -> None:
        """Gone from the feed: cancelled with a note, unless another source still publishes it."""
        event = link.event
        others = HarvestedEvent.objects.filter(event=event, withdrawn=False).exclude(pk=link.pk).exists()
        if not others and event.status != Event.Status.CANCELLED:
            note = _("Withdrawn from %(source)s on %(day)s.") % {
                "source": self.source_name or self.organization.acronym,
                "day": timezone.now().date().isoformat(),
            }
            data = replace(EventData.from_event(event), status=Event.Status.CANCELLED)
            data.internal_notes = "\n\n".join(p for p in (data.internal_notes, note) if p)
            _write(event, data, _("Withdrawn from its feed"), by=self.by)
        link.withdrawn, link.local_version = True, event.version
        link.save(update_fields=["withdrawn", "local_version"])
        self.run.withdrawn += 1


def _page(remote: RemoteEvent) -> str:
    """The event's page at the source, when it is a valid http(s) address."""
    return web_address(remote.url, 500)


def _apply(
    remote_events: list[RemoteEvent],
    *,
    organization: Organization,
    source: FeedSource | None,
    run: HarvestRun,
    withdraw_missing: bool,
    by: Actor,
) -> None:
    _Run(organization=organization, source=source, run=run, remote_events=remote_events, by=by).apply(
        withdraw_missing=withdraw_missing
    )


Reader = Callable[..., list[RemoteEvent]]


def import_feed(
    content: bytes,
    *,
    reader: Reader,
    organization: Organization,
    location: str,
    source: FeedSource | None = None,
    default_timezone: str = "UTC",
    withdraw_missing: bool = False,
    by: Actor,
) -> HarvestRun:
    """Read a feed and apply it in one transaction as ``by``; the run is recorded whatever happens.

    Raises ``PermissionDenied`` (recording nothing) unless ``by`` may import a feed for
    ``organization`` (``permissions.may_import_feed``: administrators and ``SYSTEM``). Raises
    ``FeedError`` (after recording the refused run) when the feed or any of its events cannot be read or
    stored; then nothing of this feed was written.
    """
    permissions.require_may_import_feed(by, organization)
    run = HarvestRun.objects.create(source=source, location=location[:500], organization=organization)
    try:
        remote_events = reader(content, default_timezone=default_timezone)
        with transaction.atomic():
            _apply(
                remote_events,
                organization=organization,
                source=source,
                run=run,
                withdraw_missing=withdraw_missing,
                by=by,
            )
    except FeedError as error:
        refuse_run(run, error)
        raise
    run.status, run.finished_at = HarvestRun.Status.SUCCEEDED, timezone.now()
    run.save()
    if source is not None:
        FeedSource.objects.filter(pk=source.pk).update(last_harvested_at=run.finished_at)
    return run


def refuse_run(run: HarvestRun, error: FeedError) -> HarvestRun:
    """Record a refused run: nothing written, the reasons kept, counts of new/updated back to zero.

    Part of ``import_feed`` and ``harvest``, which have checked their ``by`` before creating ``run``."""
    run.new = run.updated = run.unchanged = run.withdrawn = run.kept_local = run.merged = 0
    run.refused = len(error.problems)
    run.status, run.finished_at = HarvestRun.Status.REFUSED, timezone.now()
    run.error = clean_text("\n".join(error.problems))  # a partner's bytes quoted back, without NUL
    run.save()
    return run


# --- Feed sources and scheduled harvests -------------------------------------------------------------


def readers() -> dict[str, Reader]:
    """The formats we can read, by FeedSource.Format value."""
    from synergies.federation.formats.atom import parse_atom
    from synergies.federation.formats.csv_table import parse_csv
    from synergies.federation.formats.ics import parse_ics
    from synergies.federation.formats.informea import parse_informea
    from synergies.federation.formats.synergies_json import parse_synergies_json

    return {
        FeedSource.Format.ICS: parse_ics,
        FeedSource.Format.ATOM: parse_atom,
        FeedSource.Format.CSV: parse_csv,
        FeedSource.Format.JSON: parse_synergies_json,
        FeedSource.Format.INFORMEA: parse_informea,
    }


#: Formats whose answers come in pages, the reader following the links to the next ones.
PAGED_FORMATS = frozenset({FeedSource.Format.JSON, FeedSource.Format.INFORMEA})


def reader_for(format: str, *, allow_private: bool = False) -> Reader:
    """The reader of a format; for paged formats bound to the safe fetcher (same address rules)."""
    from synergies.federation.fetching import fetch

    reader = readers()[format]
    if format not in PAGED_FORMATS:
        return reader

    def follow(url: str) -> bytes:
        return fetch(url, allow_private=allow_private).content or b""

    return partial(reader, follow=follow)


def detect_format(content: bytes, *, name: str = "", content_type: str = "") -> str:
    """The format of a file or answer: its content first (the unambiguous signatures), then the content
    type, then the file name's extension. Raises ``FeedError`` when none tells."""
    head = content[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"begin:vcalendar"):
        return FeedSource.Format.ICS
    if head.startswith(b"<") and (b"<feed" in head or b"<rss" in head or b"<rdf" in head):
        return FeedSource.Format.ATOM
    if head.startswith(b"{"):
        try:
            document = json.loads(content.decode("utf-8-sig"))
        except ValueError:
            document = None
        if isinstance(document, dict) and "items" in document:
            return FeedSource.Format.JSON
        if isinstance(document, dict) and ("value" in document or "d" in document):
            return FeedSource.Format.INFORMEA
    media = content_type.split(";")[0].strip().lower()
    by_type = {
        "text/calendar": FeedSource.Format.ICS,
        "application/atom+xml": FeedSource.Format.ATOM,
        "application/rss+xml": FeedSource.Format.ATOM,
        "text/csv": FeedSource.Format.CSV,
    }
    if media in by_type:
        return by_type[media]
    extension = name.rsplit("?", 1)[0].rsplit(".", 1)[-1].lower() if "." in name else ""
    by_extension = {
        "ics": FeedSource.Format.ICS,
        "ical": FeedSource.Format.ICS,
        "ifb": FeedSource.Format.ICS,
        "atom": FeedSource.Format.ATOM,
        "rss": FeedSource.Format.ATOM,
        "xml": FeedSource.Format.ATOM,
        "csv": FeedSource.Format.CSV,
        "tsv": FeedSource.Format.CSV,
    }
    if extension in by_extension:
        return by_extension[extension]
    raise FeedError(
        [
            f"{name or 'the input'}: the format cannot be told from its content, type or name; "
            "give it with --format (ics, atom, csv, json or informea)"
        ]
    )


def add_feed_source(
    *,
    by: Actor,
    name: str,
    url: str,
    organization: Organization,
    format: str = FeedSource.Format.ICS,
    default_timezone: str = "UTC",
    allow_private_addresses: bool = False,
) -> FeedSource:
    """Add a partner's feed (``by``: an administrator or ``SYSTEM``, ``permissions.may_manage_feed_sources``)."""
    permissions.require_may_manage_feed_sources(by)
    source = FeedSource(
        name=name,
        url=url,
        organization=organization,
        format=format,
        default_timezone=default_timezone,
        allow_private_addresses=allow_private_addresses,
    )
    source.full_clean()
    source.save()
    return source


def save_feed_source(source: FeedSource, *, by: Actor) -> FeedSource:
    """Save a new or changed feed source (the admin's form) after checking it; administrators only."""
    permissions.require_may_manage_feed_sources(by)
    source.full_clean()
    source.save()
    return source


def delete_feed_source(source: FeedSource, *, by: Actor) -> None:
    """Delete a feed source and its runs; the events it brought and their provenance stay.
    Administrators only."""
    permissions.require_may_manage_feed_sources(by)
    source.delete()


def due_sources(now: Any = None) -> list[FeedSource]:
    """Active sources never harvested, or not for their interval."""
    now = now or timezone.now()
    return [
        source
        for source in FeedSource.objects.filter(active=True).select_related("organization")
        if source.last_harvested_at is None
        or (now - source.last_harvested_at).total_seconds() >= source.every_hours * 3600
    ]


def harvest(source: FeedSource, *, by: Actor, full: bool = False) -> HarvestRun:
    """Fetch a source (conditionally) and apply it as ``by``; events gone from the feed are withdrawn.

    ``by`` must be an administrator or ``SYSTEM`` (``permissions.may_harvest``); anyone else is refused
    (``PermissionDenied``) before anything is fetched or recorded.

    An unchanged feed costs one request and no reading: the server answers 304 to the conditional
    request, or sends the very bytes applied last time. ``full`` reads and applies it anyway (after a
    change of our vocabulary or of the source's default topics).
    """
    from synergies.federation.fetching import fetch

    permissions.require_may_harvest(by, source)
    # A paged answer's first page says nothing of the others: paged formats are always read whole.
    whole = full or source.format in PAGED_FORMATS
    try:
        fetched = fetch(
            source.url,
            allow_private=source.allow_private_addresses,
            etag="" if whole else source.etag,
            last_modified="" if whole else source.last_modified_header,
        )
    except FeedError as error:
        run = HarvestRun.objects.create(source=source, location=source.url, organization=source.organization)
        refuse_run(run, error)
        run.status = HarvestRun.Status.FAILED
        run.save(update_fields=["status"])
        raise
    digest = hashlib.sha256(fetched.content).hexdigest() if fetched.content is not None else ""
    if fetched.content is None or (digest == source.content_sha256 and not whole):
        run = HarvestRun.objects.create(
            source=source,
            location=source.url,
            organization=source.organization,
            status=HarvestRun.Status.NOT_MODIFIED,
            finished_at=timezone.now(),
        )
        FeedSource.objects.filter(pk=source.pk).update(last_harvested_at=run.finished_at)
        return run
    run = import_feed(
        fetched.content,
        reader=reader_for(source.format, allow_private=source.allow_private_addresses),
        organization=source.organization,
        location=source.url,
        source=source,
        default_timezone=source.default_timezone,
        withdraw_missing=True,
        by=by,
    )
    FeedSource.objects.filter(pk=source.pk).update(
        etag=fetched.etag, last_modified_header=fetched.last_modified, content_sha256=digest
    )
    return run
