"""Importing partners' iCalendar feeds: mapping, sloppy input, refusals, idempotence and the policies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from io import StringIO
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from synergies.calendar.models import Event
from synergies.calendar.services import EventData, update_event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Organization
from synergies.federation.formats.base import FeedError
from synergies.federation.formats.ics import parse_ics
from synergies.federation.models import HarvestedEvent, HarvestRun
from synergies.federation.services import import_feed
from synergies.testing import make_organization

pytestmark = pytest.mark.django_db

# Synthetic feeds, written the way real servers write them: LF line endings, long unfolded lines.
SLOPPY_FEED = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Synthetic partner//EN
BEGIN:VEVENT
UID:workshop-1@partner.example
SUMMARY:Synthetic regional workshop on mercury waste with a deliberately long title that is never folded by the server
DTSTART;TZID=Africa/Dakar:20300310T090000
DTEND;TZID=Africa/Dakar:20300312T170000
LOCATION:Dakar, Senegal
CATEGORIES:MERCURY,e-waste,Something we do not know
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:meeting-2@partner.example
SUMMARY:Synthetic expert meeting
DTSTART;VALUE=DATE:20300401
DTEND;VALUE=DATE:20300404
LOCATION:CICG, Geneva, Switzerland
STATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""


def ics(*events: str, header: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Synthetic//EN\n{header}{body}END:VCALENDAR\n".encode()


def run_import(content: bytes, organization: Organization, **options: Any) -> HarvestRun:
    return import_feed(
        content, reader=parse_ics, organization=organization, location="synthetic.ics", **options, by=SYSTEM
    )


def test_sloppy_feed_is_mapped_onto_full_calendar_events() -> None:
    partner = make_organization("PARTNER")
    run = run_import(SLOPPY_FEED.encode(), partner)
    assert (run.status, run.new) == ("succeeded", 2)
    workshop = Event.objects.get(uid="workshop-1@partner.example")
    assert workshop.start_at == datetime(2030, 3, 10, 9, 0, tzinfo=ZoneInfo("Africa/Dakar"))
    assert workshop.country is not None
    assert (workshop.timezone, workshop.city, workshop.country.code) == ("Africa/Dakar", "Dakar", "SN")
    assert sorted(t.slug for t in workshop.topics.all()) == ["e-waste", "mercury"]
    assert [o.acronym for o in workshop.organizers.all()] == ["PARTNER"]
    meeting = Event.objects.get(uid="meeting-2@partner.example")
    assert (meeting.all_day, meeting.start_date, meeting.end_date) == (True, date(2030, 4, 1), date(2030, 4, 3))
    assert meeting.country is not None
    assert (meeting.venue, meeting.city, meeting.country.code, meeting.status) == ("CICG", "Geneva", "CH", "planned")


def test_floating_times_take_the_calendars_x_wr_timezone() -> None:
    feed = ics(
        "UID:f1\nSUMMARY:Synthetic call\nDTSTART:20300505T140000\nDTEND:20300505T150000\nLOCATION:Online",
        header="X-WR-TIMEZONE:Asia/Bangkok\n",
    )
    run_import(feed, make_organization())
    event = Event.objects.get(uid="f1")
    assert event.start_at == datetime(2030, 5, 5, 7, 0, tzinfo=ZoneInfo("UTC"))
    assert event.attendance_mode == "online"


def test_recurring_series_is_expanded_over_the_window_without_excluded_dates() -> None:
    feed = ics(
        "UID:series\nSUMMARY:Synthetic monthly webinar\nDTSTART:20300107T120000Z\nDTEND:20300107T130000Z\n"
        "RRULE:FREQ=MONTHLY;COUNT=4\nEXDATE:20300207T120000Z\nLOCATION:Online"
    )
    events = parse_ics(feed, window=(date(2030, 1, 1), date(2030, 12, 31)))
    assert [cast(datetime, e.start).date() for e in events] == [date(2030, 1, 7), date(2030, 3, 7), date(2030, 4, 7)]
    assert len({e.uid for e in events}) == 3


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ("UID:no-start\nSUMMARY:Synthetic\nDTEND:20300101T100000Z", "event UID no-start: DTSTART is missing"),
        (
            "UID:backwards\nSUMMARY:Synthetic\nDTSTART:20300102T100000Z\nDTEND:20300101T100000Z",
            "event UID backwards: DTEND (2030-01-01T10:00:00+00:00) is before DTSTART",
        ),
        (
            "UID:bad-date\nSUMMARY:Synthetic\nDTSTART:2030-13-45\nDTEND:20300101T100000Z",
            "event UID bad-date: DTSTART cannot be read",
        ),
        ("SUMMARY:Synthetic without uid\nDTSTART:20300101T100000Z", "event #2 (Synthetic without uid): UID is missing"),
        (
            "UID:bad-duration\nSUMMARY:Synthetic\nDTSTART:20300101T100000Z\nDURATION:P1X",
            "event UID bad-duration: DURATION cannot be read",
        ),
    ],
)
def test_unreadable_event_refuses_the_whole_feed_naming_uid_and_field(event: str, message: str) -> None:
    good = "UID:good\nSUMMARY:Synthetic good event\nDTSTART:20300101T100000Z\nDTEND:20300101T110000Z\nLOCATION:Rome"
    partner = make_organization()
    with pytest.raises(FeedError) as refused:
        run_import(ics(good, event), partner)
    assert any(problem.startswith(message) for problem in refused.value.problems), refused.value.problems
    assert not Event.objects.exists()
    run = HarvestRun.objects.get()
    assert (run.status, run.new, run.refused) == ("refused", 0, 1)
    assert message.split(":")[0] in run.error


def test_not_an_icalendar_file_is_refused_in_plain_words() -> None:
    with pytest.raises(FeedError, match="not an iCalendar file"):
        run_import(b"<html>Not found</html>", make_organization())


def test_the_same_feed_twice_writes_nothing_the_second_time() -> None:
    partner = make_organization()
    run_import(SLOPPY_FEED.encode(), partner)
    history_before = Event.history.count()
    second = run_import(SLOPPY_FEED.encode(), partner)
    assert (second.new, second.updated, second.unchanged) == (0, 0, 2)
    assert Event.history.count() == history_before


def test_higher_sequence_wins_and_lower_is_ignored() -> None:
    partner = make_organization()
    base = "UID:s1\nDTSTART;VALUE=DATE:20300601\nLOCATION:Rome, Italy\n"
    run_import(ics(base + "SUMMARY:Synthetic v1\nSEQUENCE:1"), partner)
    assert run_import(ics(base + "SUMMARY:Synthetic v0\nSEQUENCE:0"), partner).unchanged == 1
    assert run_import(ics(base + "SUMMARY:Synthetic v2\nSEQUENCE:2"), partner).updated == 1
    assert Event.objects.get(uid="s1").title == "Synthetic v2"


def test_local_edit_is_kept_and_flagged_rather_than_overwritten() -> None:
    partner = make_organization()
    base = "UID:e1\nDTSTART;VALUE=DATE:20300601\nLOCATION:Rome, Italy\n"
    run_import(ics(base + "SUMMARY:Synthetic original\nSEQUENCE:1"), partner)
    event = Event.objects.get(uid="e1")
    update_event(
        event, replace(EventData.from_event(event), title="Corrected here"), expected_version=event.version, by=SYSTEM
    )
    run = run_import(ics(base + "SUMMARY:Synthetic partner change\nSEQUENCE:2"), partner)
    assert run.kept_local == 1
    assert Event.objects.get(uid="e1").title == "Corrected here"
    assert HarvestedEvent.objects.get(remote_uid="e1").locally_edited is True


def test_event_missing_from_the_feed_is_withdrawn_not_deleted_and_can_return() -> None:
    partner = make_organization()
    first = "UID:w1\nSUMMARY:Synthetic stays\nDTSTART;VALUE=DATE:20300601\nLOCATION:Rome, Italy"
    second = "UID:w2\nSUMMARY:Synthetic goes\nDTSTART;VALUE=DATE:20300602\nLOCATION:Rome, Italy"
    run_import(ics(first, second), partner, withdraw_missing=True)
    run = run_import(ics(first), partner, withdraw_missing=True)
    assert run.withdrawn == 1
    gone = Event.objects.get(uid="w2")
    assert gone.status == "cancelled" and "Withdrawn from" in gone.internal_notes
    back = run_import(ics(first, second), partner, withdraw_missing=True)
    assert back.updated == 1
    assert Event.objects.get(uid="w2").status == "confirmed"


def test_import_events_command_prints_counts_and_refuses_with_exit_error(tmp_path: Path) -> None:
    make_organization("PARTNER")
    good = tmp_path / "partner.ics"
    good.write_bytes(SLOPPY_FEED.encode())
    out = StringIO()
    call_command("import-events", str(good), "--organizer", "PARTNER", stdout=out)
    assert out.getvalue().startswith("2 new, 0 updated, 0 unchanged")
    bad = tmp_path / "bad.ics"
    bad.write_bytes(ics("UID:x\nSUMMARY:Synthetic\nDTEND:20300101T100000Z"))
    with pytest.raises(CommandError, match=r"(?s)Nothing was imported.*event UID x: DTSTART is missing"):
        call_command("import-events", str(bad), "--organizer", "PARTNER")
    with pytest.raises(CommandError, match="no organization with the acronym 'NOPE'"):
        call_command("import-events", str(good), "--organizer", "NOPE")
    assert Event.objects.count() == 2
