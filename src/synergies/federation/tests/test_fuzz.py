"""Fuzzing every importer with Hypothesis: whatever the input, a reader returns events or refuses with
``FeedError`` (never another exception), and a refused run changes nothing in the database.

Inputs are random bytes, random text, and valid synthetic samples with bytes changed, cut or
repeated, so that most examples get past the first checks. Example counts are modest to keep the
suite fast; raise ``EXAMPLES`` locally to search longer.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from synergies.calendar.models import Event
from synergies.core.actors import SYSTEM
from synergies.federation.formats.atom import parse_atom
from synergies.federation.formats.base import FeedError
from synergies.federation.formats.csv_table import parse_csv
from synergies.federation.formats.ics import parse_ics
from synergies.federation.formats.informea import parse_informea
from synergies.federation.formats.synergies_json import parse_synergies_json
from synergies.federation.models import HarvestedEvent, HarvestRun
from synergies.federation.services import Reader, import_feed
from synergies.testing import make_organization

EXAMPLES = 40
FIXTURES = Path(__file__).parent / "fixtures"

ICS_SAMPLE = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Synthetic//EN\r\nX-WR-TIMEZONE:Europe/Zurich\r\n"
    b"BEGIN:VEVENT\r\nUID:f1\r\nSUMMARY:Synthetic meeting\r\nDTSTART;TZID=Africa/Dakar:20300310T090000\r\n"
    b"DTEND;TZID=Africa/Dakar:20300312T170000\r\nLOCATION:Dakar, Senegal\r\nCATEGORIES:Mercury\r\nSEQUENCE:1\r\n"
    b"END:VEVENT\r\nBEGIN:VEVENT\r\nUID:f2\r\nSUMMARY:Synthetic series\r\nDTSTART:20300107T120000Z\r\n"
    b"DURATION:PT1H\r\nRRULE:FREQ=MONTHLY;COUNT=3\r\nLOCATION:Online\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
ICS_ZONED_SAMPLE = (  # as our own feed: calendar properties, a VTIMEZONE, no recurrence (read fast)
    b"BEGIN:VCALENDAR\r\nPRODID:-//Synthetic//EN\r\nVERSION:2.0\r\nNAME:Synthetic\r\n"
    b"REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\nX-PUBLISHED-TTL:PT6H\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\n"
    b"BEGIN:STANDARD\r\nDTSTART:20291028T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
    b"END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:20300331T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
    b"TZNAME:CEST\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:a@partner.example\r\n"
    b"DTSTAMP:20300101T000000Z\r\nSEQUENCE:1\r\nSUMMARY:Synthetic\\, zoned\r\n"
    b"DTSTART;TZID=Europe/Zurich:20300510T090000\r\nDTEND;TZID=Europe/Zurich:20300510T170000\r\nSTATUS:CONFIRMED\r\n"
    b"CLASS:PUBLIC\r\nTRANSP:TRANSPARENT\r\nLOCATION:Geneva\\, Switzerland\r\nURL:https://partner.example/1\r\n"
    b"CATEGORIES:Mercury,PCBs\r\nDESCRIPTION:Synthetic\r\nCREATED:20300101T000000Z\r\n"
    b"LAST-MODIFIED:20300101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
ATOM_SAMPLE = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/">'
    b"<channel><title>Synthetic</title><item><title>Synthetic meeting</title><guid>g1</guid>"
    b"<link>https://partner.example/1</link><ev:startdate>2030-03-10</ev:startdate>"
    b"<ev:enddate>2030-03-12</ev:enddate><ev:location>Rome, Italy</ev:location></item></channel></rss>"
)
CSV_SAMPLE = (
    b"uid,title,start_date,end_date,start_time,end_time,timezone,all_day,city,country_code,status,topics\r\n"
    b"c1,Synthetic meeting,2030-02-01,2030-02-03,,,UTC,true,Rome,IT,confirmed,Mercury\r\n"
    b"c2,Synthetic call,2030-02-04,2030-02-04,09:00,10:00,Europe/Rome,false,Rome,IT,planned,\r\n"
)
JSON_SAMPLE = (FIXTURES / "synergies_events.json").read_bytes()
INFORMEA_SAMPLE = json.dumps(
    {
        "value": [
            {
                "id": "m1",
                "treaty": "basel",
                "url": "https://treaty.example/m1",
                "title": {"en": "Synthetic meeting"},
                "description": {"en": "Synthetic."},
                "start": "2030-05-01T00:00:00",
                "end": "2030-05-03T00:00:00",
                "kind": "official",
                "type": "cop",
                "access": "public",
                "status": "confirmed",
                "location": "CICG",
                "city": "Geneva",
                "country": "CH",
                "latitude": None,
                "longitude": None,
                "updated": "2030-01-01T00:00:00Z",
            },
        ]
    }
).encode()

READERS: dict[str, tuple[Reader, bytes]] = {
    "ics": (parse_ics, ICS_SAMPLE),
    "ics-plain": (parse_ics, ICS_ZONED_SAMPLE),
    "atom": (parse_atom, ATOM_SAMPLE),
    "csv": (parse_csv, CSV_SAMPLE),
    "json": (partial(parse_synergies_json, follow=None), JSON_SAMPLE),
    "informea": (partial(parse_informea, follow=None), INFORMEA_SAMPLE),
}


@st.composite
def mutated(draw: st.DrawFn, sample: bytes) -> bytes:
    """The sample with a few bytes replaced, a slice cut out or repeated, or a text field replaced."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["replace", "cut", "repeat", "insert"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if action == "replace":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 80))]
        else:
            data[at:at] = draw(
                st.sampled_from(
                    [
                        b"\x00",
                        b"\r\n",
                        b",",
                        b";",
                        b'"',
                        b"<",
                        b"{",
                        b"]",
                        b"T",
                        b"Z",
                        b"9999",
                        b"-0001",
                        b"\xff\xfe",
                        b"\xc3",
                        b"null",
                        b"[]",
                        b"{}",
                        "é".encode(),
                        b"9" * 30,
                    ]
                )
            )
    return bytes(data)


def inputs(sample: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(str.encode),
        mutated(sample),
    )


def _reader_never_fails_but_with_feed_error(name: str, data: bytes) -> None:
    reader, _ = READERS[name]
    try:
        reader(data, default_timezone="UTC")
    except FeedError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)


@pytest.mark.parametrize("name", sorted(READERS))
def test_reader_refuses_bad_input_only_with_feed_error(name: str) -> None:
    reader, sample = READERS[name]
    assert reader(sample, default_timezone="UTC")  # the unmutated sample is read

    @settings(max_examples=EXAMPLES, deadline=None, database=None)
    @given(inputs(sample))
    def check(data: bytes) -> None:
        _reader_never_fails_but_with_feed_error(name, data)

    check()


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(READERS))
def test_a_refused_import_changes_nothing(name: str) -> None:
    reader, sample = READERS[name]
    partner = make_organization("PARTNER")

    @settings(
        max_examples=EXAMPLES // 2,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(mutated(sample))
    def check(data: bytes) -> None:
        before = (Event.objects.count(), Event.history.count(), HarvestedEvent.objects.count())
        try:
            import_feed(data, reader=reader, organization=partner, location=f"fuzz.{name}", by=SYSTEM)
        except FeedError:
            assert (Event.objects.count(), Event.history.count(), HarvestedEvent.objects.count()) == before
            assert HarvestRun.objects.latest("pk").status == "refused"

    check()
