"""Builders of federation data: feed sources and imports (through ``federation.services``), synthetic
iCalendar feeds, and provenance links. Every source, feed and link they make is synthetic and points at
``example`` addresses unless told otherwise."""

from __future__ import annotations

from typing import Any

from synergies.calendar.models import Event
from synergies.directory.models import Organization
from synergies.federation.formats.ics import parse_ics
from synergies.federation.models import FeedSource, HarvestedEvent, HarvestRun
from synergies.federation.services import add_feed_source, import_feed
from synergies.testing._common import acting, next_number
from synergies.testing.directory import make_organization


def make_feed_source(
    name: str | None = None,
    url: str | None = None,
    *,
    organization: Organization | None = None,
    by: Any = None,
    **fields: Any,
) -> FeedSource:
    """A synthetic iCalendar feed of ``organization`` (a new synthetic one unless given), as ``feeds add``
    makes it; added by ``by`` (``SYSTEM`` unless a user is named)."""
    number = next_number()
    return add_feed_source(
        by=acting(by),
        name=name or f"synthetic-feed-{number}",
        url=url or f"https://partner.example/feed-{number}.ics",
        organization=organization or make_organization(),
        **fields,
    )


def make_harvest_link(event: Event, organization: Organization, **fields: Any) -> HarvestedEvent:
    """Record that ``event`` came from ``organization``'s feed, as a harvest leaves it.

    Harvests make these rows themselves (``import_feed``); this builder plants one on an existing
    event without a harvest, so a test can look at provenance alone. ``fields`` name the source, the
    remote UID and URL.
    """
    number = next_number()
    fields.setdefault("source_name", f"synthetic-feed-{number}")
    fields.setdefault("remote_uid", f"synthetic-{number}@partner.example")
    fields.setdefault("fingerprint", "synthetic")
    fields.setdefault("local_version", event.version)
    return HarvestedEvent.objects.create(event=event, organization=organization, **fields)


def synthetic_feed(*uids: str, day: str = "20300601", location: str = "Nairobi, Kenya") -> bytes:
    """A synthetic partner's iCalendar feed: one all-day event per UID, titled "Synthetic <uid>"."""
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:Synthetic {uid}\r\nDTSTART;VALUE=DATE:{day}\r\n"
        f"LOCATION:{location}\r\nEND:VEVENT\r\n"
        for uid in uids
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Synthetic//EN\r\n{events}END:VCALENDAR\r\n".encode()


def import_synthetic_feed(organization: Organization, *uids: str, by: Any = None, **options: Any) -> HarvestRun:
    """Import :func:`synthetic_feed` of ``uids`` for ``organization`` as ``import-events`` does
    (``SYSTEM`` unless a user is named); ``options`` go to ``import_feed`` (``source``, ``withdraw_missing``)."""
    return import_feed(
        synthetic_feed(*uids),
        reader=parse_ics,
        organization=organization,
        location="synthetic.ics",
        by=acting(by),
        **options,
    )
