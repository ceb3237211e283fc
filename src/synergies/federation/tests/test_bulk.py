"""The bulk creation of a first harvest writes exactly the rows ``create_event`` writes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from synergies.calendar.models import Event
from synergies.calendar.services import LinkData, create_event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Instrument, Topic
from synergies.federation import bulk
from synergies.testing import event_data, make_organization

pytestmark = pytest.mark.django_db

IGNORED = {"id", "uid", "created_at", "updated_at", "history_id", "history_date"}


def _state(event: Event) -> dict[str, object]:
    record = event.history.get()
    return {
        "event": {
            f.attname: getattr(event, f.attname) for f in Event._meta.concrete_fields if f.attname not in IGNORED
        },
        "organizers": [(o.organization_id, o.role, o.position) for o in event.event_organizers.order_by("pk")],
        "topics": sorted(event.topics.values_list("slug", flat=True)),
        "instruments": sorted(event.instruments.values_list("code", flat=True)),
        "links": list(event.links.values_list("kind", "title", "url")),
        "history": {
            f.attname: getattr(record, f.attname)
            for f in type(record)._meta.concrete_fields
            if f.attname not in IGNORED
        },
        "history_topics": sorted(t.topic.slug for t in record.topics.all()),
        "history_instruments": sorted(i.instrument.code for i in record.instruments.all()),
    }


def test_bulk_rows_and_history_equal_create_events() -> None:
    lead, co = make_organization("LEAD"), make_organization("CO")
    data = event_data(
        lead_organizers=[lead],
        co_organizers=[co],
        title="Synthetic bulk meeting",
        all_day=False,
        start=datetime(2030, 6, 1, 9, 0),
        end=datetime(2030, 6, 1, 17, 0),
        timezone="Europe/Zurich",
        topics=list(Topic.objects.filter(slug__in=["mercury", "e-waste"])),
        instruments=list(Instrument.objects.filter(code="minamata")),
        languages=["en", "fr"],
        links=[LinkData("documents", "Synthetic agenda", "https://partner.example/agenda")],
    )
    one = create_event(data, by=SYSTEM)
    (other,) = bulk.create_events([replace(data, uid="bulk-1")], by=SYSTEM)
    assert other.uid == "bulk-1"
    assert _state(Event.objects.get(pk=other.pk)) == _state(Event.objects.get(pk=one.pk))
