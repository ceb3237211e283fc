"""Where our events came from, as the public may see it: the feeds that publish each event."""

from __future__ import annotations

from collections.abc import Iterable

from synergies.calendar.models import Event
from synergies.federation.models import HarvestedEvent


def public_sources(events: Iterable[Event]) -> dict[int, list[dict[str, str]]]:
    """For each event id, the public credits of the sources that still publish it, in one query.

    Each credit is ``{"name": feed source name, "organization": acronym, "url": the event's page at the
    source or ""}``; an event not harvested (or only from withdrawn sources) has an empty list. The name of
    a one-off import, which has no feed source, is the organization's name. Nothing else of the
    provenance (remote UIDs, versions, local edits) is public. The caller decides which events the
    reader may see; this function reveals nothing about the others' existence beyond what it is given.
    """
    ids = [event.pk for event in events]
    credits: dict[int, list[dict[str, str]]] = {pk: [] for pk in ids}
    if not ids:
        return credits
    links = (
        HarvestedEvent.objects.filter(event_id__in=ids, withdrawn=False)
        .select_related("organization")
        .order_by("event_id", "pk")
        .only("event_id", "source_name", "remote_url", "organization__acronym", "organization__name")
    )
    for link in links:
        credits[link.event_id].append(
            {
                "name": link.source_name or link.organization.name,
                "organization": link.organization.acronym,
                "url": link.remote_url,
            }
        )
    return credits
