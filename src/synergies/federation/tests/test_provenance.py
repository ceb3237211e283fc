"""Public credits of harvested events: which feed, which organization, the page at the source."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from synergies.calendar.models import Event
from synergies.core.actors import SYSTEM
from synergies.federation.formats.ics import parse_ics
from synergies.federation.provenance import public_sources
from synergies.federation.services import import_feed
from synergies.testing import make_feed_source, make_organization

pytestmark = pytest.mark.django_db

FEED = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Synthetic//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:p1\r\nSUMMARY:Synthetic one\r\nDTSTART;VALUE=DATE:20300101\r\n"
    b"LOCATION:Rome, Italy\r\nURL:https://partner.example/meetings/1\r\nEND:VEVENT\r\n"
    b"BEGIN:VEVENT\r\nUID:p2\r\nSUMMARY:Synthetic two\r\nDTSTART;VALUE=DATE:20300102\r\n"
    b"LOCATION:Online\r\nEND:VEVENT\r\n"
    b"END:VCALENDAR\r\n"
)


def test_credits_name_the_feed_its_organization_and_the_page_in_one_query() -> None:
    partner = make_organization("PARTNER", name="Synthetic Partner")
    source = make_feed_source("partner-meetings", "https://partner.example/a.ics", organization=partner)
    import_feed(FEED, reader=parse_ics, organization=partner, location="a.ics", source=source, by=SYSTEM)
    one, two = Event.objects.get(uid="p1"), Event.objects.get(uid="p2")
    with CaptureQueriesContext(connection) as queries:
        credits = public_sources([one, two])
    assert len(queries) == 1
    assert credits[one.pk] == [
        {"name": "partner-meetings", "organization": "PARTNER", "url": "https://partner.example/meetings/1"}
    ]
    assert credits[two.pk] == [{"name": "partner-meetings", "organization": "PARTNER", "url": ""}]


def test_one_off_imports_are_credited_to_the_organization_and_local_events_have_none() -> None:
    partner = make_organization("PARTNER", name="Synthetic Partner")
    import_feed(FEED, reader=parse_ics, organization=partner, location="a.ics", by=SYSTEM)
    event = Event.objects.get(uid="p1")
    local = Event.objects.exclude(harvested__isnull=False).first()
    credits = public_sources([event] + ([local] if local else []))
    assert credits[event.pk][0]["name"] == "Synthetic Partner"
    assert public_sources([]) == {}
