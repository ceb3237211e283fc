"""The iCalendar feed and the one-event file, read back by two real clients: icalendar and vobject.

All events here are synthetic test data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from django.conf import settings
from django.test import Client

from synergies.calendar.exporters import ics_text
from synergies.calendar.models import Event
from synergies.calendar.services import EventData, cancel_event, update_event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Country, Instrument, Topic
from synergies.testing import aware, make_event, make_organization
from synergies.testing.ics import integer_of, time_of, vevent_list

pytestmark = pytest.mark.django_db


def fetch(client: Client, url: str = "/events.ics", **headers: Any) -> bytes:
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content


def parse(body: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(body)


def vevents(body: bytes) -> dict[str, icalendar.Event]:
    return {str(component["UID"]): component for component in vevent_list(parse(body))}


def test_feed_is_a_subscribable_calendar_without_method(client: Client) -> None:
    make_event()
    body = fetch(client)
    calendar = parse(body)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//UN chemicals and waste cluster//Synergies joint calendar//EN"
    assert "METHOD" not in calendar
    assert b"\r\nMETHOD" not in body
    assert str(calendar["X-WR-CALNAME"]) == "Synergies: chemicals and waste joint calendar"
    assert str(calendar["NAME"]) == "Synergies: chemicals and waste joint calendar"
    hours = settings.SYNERGIES_FEED_REFRESH_HOURS
    assert f"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT{hours}H\r\n".encode() in body
    assert f"\r\nX-PUBLISHED-TTL:PT{hours}H\r\n".encode() in body
    assert time_of(calendar, "REFRESH-INTERVAL") == timedelta(hours=hours)
    assert str(calendar["URL"]) == "http://testserver/events/"
    # vobject reads it too
    assert vobject.readOne(body.decode()).prodid.value == str(calendar["PRODID"])


def test_calendar_name_says_which_filter_it_shows(client: Client) -> None:
    make_event(topics=[Topic.objects.get(slug="mercury")])
    calendar = parse(fetch(client, "/events.ics?topic=mercury&status=confirmed"))
    assert str(calendar["X-WR-CALNAME"]) == (
        "Synergies: chemicals and waste joint calendar · Topic: Mercury · Status: Confirmed"
    )
    assert str(calendar["URL"]) == "http://testserver/events/?topic=mercury&status=confirmed"


def test_all_day_event_has_dates_and_an_exclusive_end(client: Client) -> None:
    event = make_event(start=date(2030, 3, 4), end=date(2030, 3, 6))
    body = fetch(client)
    component = vevents(body)[event.uid]
    assert time_of(component, "DTSTART") == date(2030, 3, 4)
    assert time_of(component, "DTEND") == date(2030, 3, 7)  # the day after the last day
    assert b"DTSTART;VALUE=DATE:20300304\r\nDTEND;VALUE=DATE:20300307\r\n" in body
    parsed = vobject.readOne(body.decode()).vevent
    assert (parsed.dtstart.value, parsed.dtend.value) == (date(2030, 3, 4), date(2030, 3, 7))


def test_timed_events_carry_tzid_and_a_vtimezone_for_each_zone(client: Client) -> None:
    nairobi = make_event(
        all_day=False,
        timezone="Africa/Nairobi",
        start=datetime(2030, 6, 2, 18),
        end=datetime(2030, 6, 2, 23, 30),
        city="Nairobi",
        country=Country.objects.get(code="KE"),
    )
    geneva = make_event(all_day=False, start=datetime(2030, 7, 1, 10), end=datetime(2030, 7, 1, 13))
    body = fetch(client)
    calendar = parse(body)
    assert sorted(tz.tz_name for tz in calendar.timezones) == ["Africa/Nairobi", "Europe/Zurich"]
    assert calendar.get_missing_tzids() == set()
    components = vevents(body)
    assert b"DTSTART;TZID=Africa/Nairobi:20300602T180000\r\n" in body
    assert time_of(components[nairobi.uid], "DTSTART") == datetime(2030, 6, 2, 18, tzinfo=ZoneInfo("Africa/Nairobi"))
    assert time_of(components[nairobi.uid], "DTEND") == aware(2030, 6, 2, 20, 30)
    assert time_of(components[geneva.uid], "DTSTART") == aware(2030, 7, 1, 8, 0)  # 10:00 summer time in Zurich
    # vobject resolves the TZIDs against the VTIMEZONEs of the file
    by_uid = {item.uid.value: item for item in vobject.readOne(body.decode()).vevent_list}
    assert by_uid[geneva.uid].dtstart.value == aware(2030, 7, 1, 8, 0)
    assert by_uid[nairobi.uid].dtend.value == aware(2030, 6, 2, 20, 30)


def test_online_event_in_utc_needs_no_vtimezone(client: Client) -> None:
    event = make_event(
        all_day=False,
        timezone="UTC",
        start=datetime(2030, 5, 5, 13),
        end=datetime(2030, 5, 5, 15),
        attendance_mode=Event.AttendanceMode.ONLINE,
        city="",
        country=None,
        online_url="https://example.org/webinar",
    )
    body = fetch(client)
    assert b"DTSTART:20300505T130000Z\r\nDTEND:20300505T150000Z\r\n" in body
    assert b"BEGIN:VTIMEZONE" not in body
    component = vevents(body)[event.uid]
    assert str(component["LOCATION"]) == "Online"
    assert "Online: https://example.org/webinar" in str(component["DESCRIPTION"])


def test_month_precision_event_spans_its_months_and_says_dates_are_to_be_confirmed(client: Client) -> None:
    event = make_event(
        start=date(2015, 3, 1),
        end=date(2015, 4, 30),
        date_precision=Event.DatePrecision.MONTH,
        title="Synthetic regional workshop, dates not fixed",
    )
    component = vevents(fetch(client))[event.uid]
    assert time_of(component, "DTSTART") == date(2015, 3, 1)
    assert time_of(component, "DTEND") == date(2015, 5, 1)
    assert "March–April 2015 (dates to be confirmed)" in str(component["DESCRIPTION"])


def test_uid_is_stable_and_sequence_rises_with_each_edit_and_with_cancellation(client: Client) -> None:
    event = make_event(title="Synthetic expert meeting")
    first = vevents(fetch(client))[event.uid]
    assert integer_of(first, "SEQUENCE") == 1
    assert str(first["STATUS"]) == "CONFIRMED"

    update_event(
        event,
        replace(EventData.from_event(event), title="Synthetic expert meeting, renamed"),
        expected_version=1,
        by=SYSTEM,
    )
    edited = vevents(fetch(client))[event.uid]
    assert str(edited["SUMMARY"]) == "Synthetic expert meeting, renamed"
    assert integer_of(edited, "SEQUENCE") == 2

    cancel_event(event, expected_version=2, by=SYSTEM)
    cancelled = vevents(fetch(client))[event.uid]  # still in the feed, so calendars can drop it
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert integer_of(cancelled, "SEQUENCE") == 3
    event.refresh_from_db()
    assert time_of(cancelled, "DTSTAMP") == event.updated_at.replace(microsecond=0)
    assert time_of(cancelled, "LAST-MODIFIED") == event.updated_at.replace(microsecond=0)


@pytest.mark.parametrize(
    ("status", "ics_status"),
    [
        (Event.Status.PLANNED, "TENTATIVE"),
        (Event.Status.CONFIRMED, "CONFIRMED"),
        (Event.Status.POSTPONED, "TENTATIVE"),
        (Event.Status.CANCELLED, "CANCELLED"),
    ],
)
def test_status_maps_to_rfc5545(client: Client, status: Event.Status, ics_status: str) -> None:
    event = make_event(status=status)
    assert str(vevents(fetch(client))[event.uid]["STATUS"]) == ics_status


def test_location_url_categories_and_description(client: Client) -> None:
    lead = make_organization("LEADORG", name="Lead secretariat (synthetic)")
    partner = make_organization("COORG", name="Partner agency (synthetic)")
    event = make_event(
        title="Synthetic workshop on mercury",
        description="Synthetic description of the workshop.",
        lead_organizers=[lead],
        co_organizers=[partner],
        venue="Synthetic conference centre",
        city="Geneva",
        kind=Event.Kind.WORKSHOP,
        topics=[Topic.objects.get(slug="mercury")],
        instruments=[Instrument.objects.get(code="minamata")],
        website="https://example.org/meeting",
    )
    component = vevents(fetch(client))[event.uid]
    assert str(component["LOCATION"]) == "Synthetic conference centre, Geneva, Switzerland"
    assert str(component["URL"]) == f"http://testserver/events/{event.pk}/"
    assert component.categories == ["Mercury", "Minamata Convention", "Workshop"]
    assert str(component["DESCRIPTION"]) == (
        "Synthetic description of the workshop.\n\n"
        "Organizers: Lead secretariat (synthetic) (LEADORG); Partner agency (synthetic) (COORG), co-organizer\n\n"
        "Meeting page: https://example.org/meeting\n\n"
        f"Details: http://testserver/events/{event.pk}/"
    )
    assert str(component["TRANSP"]) == "TRANSPARENT"
    assert "ORGANIZER" not in component
    assert "ATTENDEE" not in component


def test_text_is_escaped_and_survives_both_readers(client: Client) -> None:
    title = 'Synthetic meeting: plans, budgets; and \\ back-slashes "quoted"'
    event = make_event(title=title, description="First line\nSecond line, with comma")
    body = fetch(client)
    assert str(vevents(body)[event.uid]["SUMMARY"]) == title
    parsed = vobject.readOne(body.decode()).vevent
    assert parsed.summary.value == title
    assert parsed.description.value.startswith("First line\nSecond line, with comma\n\n")


@pytest.mark.parametrize(
    "text",
    ["plain", "a,b;c", "back\\slash", "line\nbreak", "windows\r\nbreak", "mixed ,;\\\n end", "العربية، 中文；"],
)
def test_our_text_escaping_matches_the_icalendar_library(text: str) -> None:
    assert ics_text(text) == icalendar.vText(text).to_ical().decode()


def test_control_characters_are_stripped(client: Client) -> None:
    event = make_event(title="Synthetic\x07 meeting\x1b with\x01 controls", description="Bell\x07 and\x0c form feed")
    body = fetch(client)
    assert not any(byte < 0x20 and byte not in (0x0D, 0x0A) for byte in body)
    component = vevents(body)[event.uid]
    assert str(component["SUMMARY"]) == "Synthetic meeting with controls"
    assert str(component["DESCRIPTION"]).startswith("Bell and form feed")


def test_crlf_and_75_octet_folding_never_split_a_utf8_character(client: Client) -> None:
    arabic = "اجتماع تجريبي للخبراء بشأن الزئبق والنفايات الخطرة والمواد الكيميائية في المنطقة"
    chinese = "关于汞、危险废物和化学品的合成测试专家会议，讨论区域合作与能力建设"
    title = f"{arabic} — {chinese} — {arabic}"
    event = make_event(title=title, description=(chinese + "\n") * 5, venue=arabic)
    body = fetch(client)
    assert b"\n" not in body.replace(b"\r\n", b"")  # only CRLF line ends
    assert body.endswith(b"END:VCALENDAR\r\n")
    physical_lines = body.split(b"\r\n")[:-1]
    assert max(len(line) for line in physical_lines) <= 75
    for line in physical_lines:
        line.decode("utf-8")  # each physical line on its own is valid UTF-8: no character was cut
    assert sum(1 for line in physical_lines if line.startswith(b" ")) > 5  # folding did happen
    component = vevents(body)[event.uid]
    assert str(component["SUMMARY"]) == title
    assert str(component["LOCATION"]).startswith(arabic)
    assert vobject.readOne(body.decode()).vevent.summary.value == title


def test_side_event_points_to_its_public_parent_only(client: Client, staff_client: Client) -> None:
    cop = make_event(title="Synthetic conference of the parties")
    side = make_event(title="Synthetic side event", parent=cop)
    internal_parent = make_event(title="Synthetic internal retreat", visibility=Event.Visibility.INTERNAL)
    hidden_side = make_event(title="Synthetic side event of an internal meeting", parent=internal_parent)
    public = vevents(fetch(client))
    assert str(public[side.uid]["RELATED-TO"]) == cop.uid
    assert "RELATED-TO" not in public[hidden_side.uid]
    assert internal_parent.uid not in public
    staff = vevents(fetch(staff_client))
    assert str(staff[hidden_side.uid]["RELATED-TO"]) == internal_parent.uid


def test_one_event_file_for_add_to_my_calendar(client: Client) -> None:
    event = make_event(title="Synthetic plenary")
    make_event(title="Synthetic other meeting")
    response = client.get(f"/events/{event.pk}.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="synergies-event-{event.pk}.ics"'
    assert list(vevents(response.content)) == [event.uid]
    assert str(parse(response.content)["X-WR-CALNAME"]) == "Synergies: Synthetic plenary"


def test_one_event_file_is_404_for_internal_or_unknown_events(client: Client, staff_client: Client) -> None:
    internal = make_event(visibility=Event.Visibility.INTERNAL)
    assert client.get(f"/events/{internal.pk}.ics").status_code == 404
    assert client.get("/events/987654.ics").status_code == 404
    assert list(vevents(staff_client.get(f"/events/{internal.pk}.ics").content)) == [internal.uid]


def test_format_comes_from_the_address_not_the_accept_header(client: Client) -> None:
    make_event()
    response = client.get("/events.ics", HTTP_ACCEPT="text/html,application/xhtml+xml")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    response = client.get("/events.ics")  # no Accept at all, as Google's importer does
    assert response["Content-Type"] == "text/calendar; charset=utf-8"


def test_calendar_is_never_compressed(client: Client) -> None:
    make_event()
    response = client.get("/events.ics", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert "Content-Encoding" not in response
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")
    assert "no-transform" in response["Cache-Control"]
    assert not any("GZip" in middleware for middleware in settings.MIDDLEWARE)


def test_remembered_event_text_follows_a_renamed_organizer(client: Client) -> None:
    organizer = make_organization("RENAMED", name="Synthetic old name")
    event = make_event(lead_organizers=[organizer])
    assert "Synthetic old name (RENAMED)" in str(vevents(fetch(client))[event.uid]["DESCRIPTION"])
    organizer.name = "Synthetic new name"
    organizer.save()  # as the admin does for reference data; the event itself is unchanged
    description = str(vevents(fetch(client))[event.uid]["DESCRIPTION"])
    assert "Synthetic new name (RENAMED)" in description
    assert "Synthetic old name" not in description
