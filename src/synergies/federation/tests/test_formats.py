"""Every format in: Atom/RSS, CSV (our own export round-trips), Synergies JSON, InforMEA OData; their
refusals, each naming the record and the field; and telling the format of a file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from io import StringIO
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from synergies.calendar.models import Event
from synergies.calendar.services import EventData
from synergies.core.actors import SYSTEM
from synergies.directory.models import Country, Instrument, Topic
from synergies.federation.formats.atom import parse_atom
from synergies.federation.formats.base import FeedError
from synergies.federation.formats.csv_table import parse_csv
from synergies.federation.formats.informea import parse_informea
from synergies.federation.formats.synergies_json import parse_synergies_json
from synergies.federation.mapping import Vocabulary, to_event_data
from synergies.federation.models import HarvestRun
from synergies.federation.provenance import public_sources
from synergies.federation.services import detect_format, import_feed
from synergies.testing import make_event, make_organization

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"


def assert_refused(reader: Callable[[bytes], object], data: bytes, message: str) -> None:
    """The reader refuses ``data`` and one of its problems starts with ``message``."""
    with pytest.raises(FeedError) as refused:
        reader(data)
    assert any(problem.startswith(message) for problem in refused.value.problems), refused.value.problems


# --- Atom / RSS ------------------------------------------------------------------------------------

RSS_WITH_EVENTS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/">
<channel><title>Synthetic partner news</title><link>https://partner.example/</link>
<item><title>Synthetic workshop on mercury waste</title><guid>https://partner.example/events/1</guid>
  <link>https://partner.example/events/1</link><description>&lt;p&gt;Two days &amp;amp; a visit.&lt;/p&gt;</description>
  <category>Mercury</category>
  <ev:startdate>2030-03-10</ev:startdate><ev:enddate>2030-03-12</ev:enddate>
  <ev:location>Dakar, Senegal</ev:location><ev:type>workshop</ev:type></item>
<item><title>Synthetic webinar</title><guid>https://partner.example/events/2</guid>
  <ev:startdate>2030-04-02T14:00:00+02:00</ev:startdate><ev:enddate>2030-04-02T15:30:00+02:00</ev:enddate>
  <ev:location>Online</ev:location></item>
</channel></rss>"""

ATOM_WITH_XCAL = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:xCal="urn:ietf:params:xml:ns:xcal">
<title>Synthetic</title><id>urn:synthetic</id><updated>2030-01-01T00:00:00Z</updated>
<entry><title>Synthetic expert meeting</title><id>urn:synthetic:1</id><updated>2030-01-02T00:00:00Z</updated>
  <link href="https://partner.example/m/1"/>
  <xCal:dtstart>20300505</xCal:dtstart><xCal:dtend>20300508</xCal:dtend>
  <xCal:location>CICG, Geneva, Switzerland</xCal:location>
</entry></feed>"""


def test_rss_event_module_fields_become_events() -> None:
    events = parse_atom(RSS_WITH_EVENTS)
    workshop, webinar = events
    assert (workshop.uid, workshop.start, workshop.end, workshop.all_day) == (
        "https://partner.example/events/1",
        date(2030, 3, 10),
        date(2030, 3, 12),
        True,
    )
    assert (workshop.location, workshop.kind, workshop.categories) == ("Dakar, Senegal", "workshop", ["Mercury"])
    assert workshop.description == "Two days & a visit."
    assert webinar.start == datetime(2030, 4, 2, 12, 0, tzinfo=ZoneInfo("UTC"))
    assert webinar.online and not webinar.all_day


def test_atom_with_xcal_dates_reads_dtend_as_the_day_after() -> None:
    (meeting,) = parse_atom(ATOM_WITH_XCAL)
    assert (meeting.start, meeting.end) == (date(2030, 5, 5), date(2030, 5, 7))
    assert meeting.last_modified == datetime(2030, 1, 2, tzinfo=ZoneInfo("UTC"))
    partner = make_organization("PARTNER")
    import_feed(ATOM_WITH_XCAL, reader=parse_atom, organization=partner, location="synthetic.atom", by=SYSTEM)
    event = Event.objects.get(title="Synthetic expert meeting")
    assert event.country is not None
    assert (event.venue, event.city, event.country.code) == ("CICG", "Geneva", "CH")


def test_our_own_atom_feed_reads_back_with_the_meetings_dates_and_place() -> None:
    """Our /events.atom carries the RSS event module, so a partner's harvester (ours too) takes each
    entry's meeting dates and place, never its publication date."""
    geneva = Country.objects.get(code="CH")
    make_event(
        title="Synthetic published meeting",
        start=date(2030, 5, 5),
        end=date(2030, 5, 7),
        city="Geneva",
        country=geneva,
        timezone="Europe/Zurich",
    )
    (meeting,) = parse_atom(Client().get("/events.atom").content)
    assert meeting.title == "Synthetic published meeting"
    assert (meeting.start, meeting.end, meeting.all_day) == (date(2030, 5, 5), date(2030, 5, 7), True)
    assert "Geneva" in meeting.location


@pytest.mark.parametrize(
    ("feed", "message"),
    [
        (b"<html><body>Not a feed</body></html>", "this is not an Atom or RSS feed"),
        (b"<rss version='2.0'><channel><item><title>x</title>", "the feed is not well-formed XML"),
        (
            RSS_WITH_EVENTS.replace(b"<ev:startdate>2030-03-10", b"<ev:startdate>2030-13-10"),
            "entry https://partner.example/events/1: the start date is not an ISO 8601 date",
        ),
        (
            RSS_WITH_EVENTS.replace(b"<ev:enddate>2030-03-12", b"<ev:enddate>2030-03-01"),
            "entry https://partner.example/events/1: the end date (2030-03-01) is before the start date",
        ),
        (
            RSS_WITH_EVENTS.replace(b"<ev:startdate>2030-03-10</ev:startdate>", b""),
            "entry https://partner.example/events/1: has no event dates",
        ),
    ],
)
def test_atom_refusals_name_the_entry_and_field(feed: bytes, message: str) -> None:
    assert_refused(parse_atom, feed, message)


# --- CSV -----------------------------------------------------------------------------------------


def _comparable(data: EventData) -> dict[str, object]:
    return {
        "title": data.title,
        "start": data.start,
        "end": data.end,
        "all_day": data.all_day,
        "timezone": data.timezone,
        "kind": data.kind,
        "status": data.status,
        "mode": data.attendance_mode,
        "venue": data.venue,
        "city": data.city,
        "country": data.country,
        "online_url": data.online_url,
        "topics": sorted(t.slug for t in data.topics),
        "instruments": sorted(i.code for i in data.instruments),
        "languages": sorted(data.languages),
        "website": data.website,
        "registration": data.registration_url,
        "precision": data.date_precision,
    }


def _rich_events() -> list[Event]:
    owner = make_organization("OWNER")
    mercury = Topic.objects.get(slug="mercury")
    minamata, basel = Instrument.objects.get(code="minamata"), Instrument.objects.get(code="basel")
    return [
        make_event(
            lead_organizers=[owner],
            title="=Synthetic formula-looking title",
            kind="workshop",
            topics=[mercury],
            instruments=[minamata],
            languages=["en", "fr"],
            venue="CICG",
            website="https://partner.example/w",
            registration_url="https://partner.example/r",
        ),
        make_event(
            lead_organizers=[owner],
            title="Synthetic timed meeting",
            all_day=False,
            start=datetime(2030, 6, 1, 9, 30),
            end=datetime(2030, 6, 2, 17, 0),
            timezone="Africa/Nairobi",
            city="Nairobi",
            country=Country.objects.get(code="KE"),
            status="planned",
            instruments=[basel],
        ),
        make_event(
            lead_organizers=[owner],
            title="Synthetic online webinar",
            attendance_mode="online",
            city="",
            country=None,
            online_url="https://meet.example/x",
            kind="webinar",
        ),
        make_event(
            lead_organizers=[owner],
            title="Synthetic month-only meeting",
            date_precision="month",
            start=date(2030, 9, 1),
            end=date(2030, 9, 30),
            status="planned",
        ),
    ]


def test_our_csv_export_round_trips() -> None:
    originals = _rich_events()
    make_event(title="Synthetic internal meeting", visibility="internal")
    exported = Client().get("/events.csv").content
    remote = parse_csv(exported)
    assert len(remote) == len(originals)  # the internal one is not in a public export
    words = Vocabulary()
    partner = make_organization("PARTNER")
    by_uid = {r.uid: to_event_data(r, organization=partner, words=words) for r in remote}
    for event in originals:
        assert _comparable(by_uid[event.uid]) == _comparable(EventData.from_event(event)), event.title


def test_csv_headers_are_matched_case_insensitively_and_semicolons_separate() -> None:
    table = (
        b"UID;Title;Start Date;End-Date;City;Country;Categories\r\n"
        b'c1;Synthetic regional meeting;2030-02-01;2030-02-03;Dakar;Senegal;"Mercury; e-waste"\r\n'
    )
    (event,) = parse_csv(table)
    assert (event.uid, event.end, event.city, event.country_code) == ("c1", date(2030, 2, 3), "Dakar", "Senegal")
    assert event.categories == ["Mercury", "e-waste"]


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("title,start_date\nx,2030-01-01\n", "the header row has no column uid"),
        (
            "uid,title,start_date\nr1,Synthetic,2030-02-30\n",
            "row 2 (UID r1): column start_date is not an ISO 8601 date",
        ),
        (
            "uid,title,start_date,end_date\nr1,Synthetic,2030-02-03,2030-02-01\n",
            "row 2 (UID r1): end (2030-02-01) is before start (2030-02-03)",
        ),
        (
            "uid,title,start_date,start_time\nr1,Synthetic,2030-02-03,9h\n",
            "row 2 (UID r1): column start_time is not a time",
        ),
        (
            "uid,title,start_date,status\nr1,Synthetic,2030-02-03,maybe\n",
            "row 2 (UID r1): column status “maybe” is not",
        ),
        ("uid,title,start_date\nr1,,2030-02-03\n", "row 2 (UID r1): column title is empty"),
        ("uid,title,start_date\n,Synthetic,2030-02-03\n", "row 2: column uid is missing"),
        (
            "uid,title,start_date\nr1,A,2030-02-03\nr1,B,2030-02-04\n",
            "row 3 (UID r1): the same column uid appears twice",
        ),
        (
            "uid,title,start_date,timezone\nr1,A,2030-02-03,Mars/Olympus\n",
            "row 2 (UID r1): column timezone “Mars/Olympus”",
        ),
        ("uid,title,start_date\nr1,A,2030-02-03,extra\n", "row 2: has 4 cells but the header names 3 columns"),
    ],
)
def test_csv_refusals_name_the_row_and_column(table: str, message: str) -> None:
    assert_refused(parse_csv, table.encode(), message)


def test_csv_in_another_encoding_is_refused() -> None:
    with pytest.raises(FeedError, match="not UTF-8"):
        parse_csv("uid,title,start_date\nr1,Réunion,2030-01-01\n".encode("latin-1"))


# --- Synergies JSON ------------------------------------------------------------------------------


def test_synergies_json_maps_every_carried_field() -> None:
    page = json.loads((FIXTURES / "synergies_events.json").read_text())
    remote = parse_synergies_json(json.dumps(page).encode())
    assert [r.uid for r in remote] == ["fixture-cop@other.example", "fixture-webinar@other.example"]
    partner = make_organization("PARTNER")
    run = import_feed(
        json.dumps(page).encode(),
        reader=parse_synergies_json,
        organization=partner,
        location="fixture.json",
        by=SYSTEM,
    )
    assert run.new == 2
    cop = Event.objects.get(uid="fixture-cop@other.example")
    assert cop.country is not None
    assert (cop.kind, cop.status, cop.venue, cop.city, cop.country.code) == ("cop", "confirmed", "CICG", "Geneva", "CH")
    assert (cop.start_date, cop.end_date, cop.all_day) == (date(2030, 5, 4), date(2030, 5, 15), True)
    assert sorted(i.code for i in cop.instruments.all()) == ["basel", "rotterdam"]
    assert [t.slug for t in cop.topics.all()] == ["mercury"]
    assert (cop.languages, cop.website) == (["en", "fr"], "https://other.example/cop")
    assert [(link.kind, link.url) for link in cop.links.all()] == [("documents", "https://other.example/agenda.pdf")]
    webinar = Event.objects.get(uid="fixture-webinar@other.example")
    assert (webinar.start_at, webinar.timezone, webinar.attendance_mode) == (
        datetime(2030, 6, 1, 12, 0, tzinfo=ZoneInfo("UTC")),
        "Europe/Zurich",
        "online",
    )
    assert public_sources([cop])[cop.pk] == [
        {
            "name": "Test organization PARTNER (synthetic)",
            "organization": "PARTNER",
            "url": "https://other.example/events/12/",
        }
    ]


def test_synergies_json_follows_next_pages() -> None:
    page = json.loads((FIXTURES / "synergies_events.json").read_text())
    first = {**page, "items": page["items"][:1], "next": "https://other.example/api/v1/events?page=2"}
    second = {**page, "items": page["items"][1:], "next": None}
    asked: list[str] = []

    def follow(url: str) -> bytes:
        asked.append(url)
        return json.dumps(second).encode()

    remote = parse_synergies_json(json.dumps(first).encode(), follow=follow)
    assert asked == ["https://other.example/api/v1/events?page=2"]
    assert len(remote) == 2
    looping = {**second, "next": "https://other.example/api/v1/events?page=2"}
    with pytest.raises(FeedError, match="the pages do not end"):
        parse_synergies_json(json.dumps(first).encode(), follow=lambda url: json.dumps(looping).encode())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start_date": "2030-02-31"}, "event UID fixture-cop@other.example: start_date is not an ISO 8601 date"),
        ({"end_date": "2030-01-01"}, "event UID fixture-cop@other.example: end_date (2030-01-01) is before start_date"),
        ({"title": ""}, "event UID fixture-cop@other.example: title is missing"),
        ({"status": "maybe"}, "event UID fixture-cop@other.example: status “maybe” is not one of"),
        ({"timezone": "Nowhere/Land"}, "event UID fixture-cop@other.example: timezone “Nowhere/Land”"),
        ({"all_day": "yes"}, "event UID fixture-cop@other.example: all_day is not true or false"),
        ({"topics": "mercury"}, "event UID fixture-cop@other.example: topics is not a list of texts"),
        ({"uid": ""}, "event #1 of page 1 (id 12): uid is missing"),
    ],
)
def test_synergies_json_refusals_name_the_event_and_field(change: Any, message: str) -> None:
    page = json.loads((FIXTURES / "synergies_events.json").read_text())
    page["items"][0].update(change)
    assert_refused(parse_synergies_json, json.dumps(page).encode(), message)


def test_json_that_is_not_an_event_list_is_refused() -> None:
    with pytest.raises(FeedError, match="not a Synergies event list"):
        parse_synergies_json(b'{"value": []}')
    with pytest.raises(FeedError, match="the file is not JSON"):
        parse_synergies_json(b"{nope")


# --- InforMEA ------------------------------------------------------------------------------------

INFORMEA_V4: dict[str, Any] = {
    "@odata.context": "https://treaty.example/odata/$metadata#Meetings",
    "value": [
        {
            "id": "m-1",
            "treaty": "stockholm",
            "url": "https://treaty.example/m-1",
            "title": {"fr": "Réunion synthétique", "en": "Synthetic meeting"},
            "description": {"en": "Synthetic."},
            "start": "2030-05-01T00:00:00",
            "end": "2030-05-03T00:00:00",
            "kind": "official",
            "type": "cop",
            "access": "public",
            "status": "tentative",
            "location": "CICG",
            "city": "Geneva",
            "country": "CHE",
            "latitude": 46.2,
            "longitude": 6.1,
            "updated": "2030-01-01T10:00:00Z",
        },
        {
            "id": 7,
            "treaty": None,
            "url": None,
            "title": "Synthetic online call",
            "description": None,
            "start": "2030-05-04T09:00:00+02:00",
            "end": "2030-05-04T10:00:00+02:00",
            "kind": "interest",
            "type": "webinar",
            "access": "public",
            "status": "confirmed",
            "location": "Online",
            "city": None,
            "country": None,
            "latitude": None,
            "longitude": None,
            "updated": None,
        },
    ],
}


def test_informea_v4_and_v2_are_read_alike() -> None:
    v4 = parse_informea(json.dumps(INFORMEA_V4).encode())
    v2_records = [dict(record) for record in INFORMEA_V4["value"]]
    v2_records[1]["start"], v2_records[1]["end"] = "/Date(1904108400000)/", "/Date(1904112000000)/"
    v2 = parse_informea(json.dumps({"d": {"results": v2_records}}).encode())
    for remote in (v4, v2):
        meeting, call = remote
        assert (meeting.uid, meeting.title, meeting.all_day, meeting.start, meeting.end) == (
            "m-1",
            "Synthetic meeting",
            True,
            date(2030, 5, 1),
            date(2030, 5, 3),
        )
        assert (meeting.status, meeting.kind, meeting.instruments, meeting.country_code) == (
            "planned",
            "cop",
            ["stockholm"],
            "CHE",
        )
        assert (call.uid, call.online, call.start) == ("7", True, datetime(2030, 5, 4, 7, 0, tzinfo=ZoneInfo("UTC")))
    partner = make_organization("PARTNER")
    import_feed(
        json.dumps(INFORMEA_V4).encode(), reader=parse_informea, organization=partner, location="odata", by=SYSTEM
    )
    event = Event.objects.get(title="Synthetic meeting")
    assert event.country is not None
    assert (event.country.code, event.venue, [i.code for i in event.instruments.all()]) == ("CH", "CICG", ["stockholm"])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start": "01/05/2030"}, "meeting id m-1: start is not an ISO 8601 date"),
        ({"start": None}, "meeting id m-1: start is empty"),
        ({"end": "2030-04-01T00:00:00"}, "meeting id m-1: end (2030-04-01) is before start"),
        ({"status": "soon"}, "meeting id m-1: status “soon” is not one of"),
        ({"title": {"en": ""}}, "meeting id m-1: title is missing"),
        ({"title": ["x"]}, "meeting id m-1: title is neither a text nor texts per language"),
        ({"id": None}, "meeting #1 of page 1: id is missing"),
    ],
)
def test_informea_refusals_name_the_meeting_and_field(change: Any, message: str) -> None:
    answer = json.loads(json.dumps(INFORMEA_V4))
    answer["value"][0].update(change)
    assert_refused(parse_informea, json.dumps(answer).encode(), message)


def test_informea_reader_refuses_what_is_not_odata() -> None:
    with pytest.raises(FeedError, match="not an OData answer"):
        parse_informea(b'{"items": []}')


# --- Telling the format --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "name", "content_type", "expected"),
    [
        (b"BEGIN:VCALENDAR\r\n", "feed", "", "ics"),
        (b"\xef\xbb\xbfBEGIN:VCALENDAR\r\n", "x.csv", "", "ics"),
        (RSS_WITH_EVENTS, "feed", "", "atom"),
        (ATOM_WITH_XCAL, "feed", "", "atom"),
        (b'{"count": 0, "items": []}', "events", "", "json"),
        (b'{"value": []}', "meetings", "", "informea"),
        (b'{"d": {"results": []}}', "meetings", "", "informea"),
        (b"uid,title,start_date\n", "events.csv", "", "csv"),
        (b"uid,title,start_date\n", "https://x.example/export", "text/csv; charset=utf-8", "csv"),
    ],
)
def test_format_is_told_from_content_then_type_then_name(
    content: bytes, name: str, content_type: str, expected: str
) -> None:
    assert detect_format(content, name=name, content_type=content_type) == expected


def test_unknown_format_is_refused_with_advice() -> None:
    with pytest.raises(FeedError, match="give it with --format"):
        detect_format(b"uid,title\n", name="events.txt")


def test_import_events_detects_each_format_and_refuses_all_or_nothing(tmp_path: Path) -> None:
    make_organization("PARTNER")
    for name, content in (
        ("a.xml", RSS_WITH_EVENTS),
        ("b.json", json.dumps(INFORMEA_V4).encode()),
        ("c.csv", b"uid,title,start_date,city\nc1,Synthetic CSV meeting,2030-02-01,Rome\n"),
    ):
        (tmp_path / name).write_bytes(content)
        out = StringIO()
        call_command("import-events", str(tmp_path / name), "--organizer", "PARTNER", stdout=out)
        assert "new" in out.getvalue()
    assert Event.objects.count() == 5
    (tmp_path / "bad.csv").write_bytes(b"uid,title,start_date\nok,Synthetic,2030-01-01\nbad,Synthetic,soon\n")
    with pytest.raises(CommandError, match=r"(?s)Nothing was imported.*row 3 \(UID bad\): column start_date"):
        call_command("import-events", str(tmp_path / "bad.csv"), "--organizer", "PARTNER")
    assert Event.objects.count() == 5
    assert HarvestRun.objects.filter(status="refused").count() == 1
