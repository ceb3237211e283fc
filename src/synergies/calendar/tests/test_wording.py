"""The one wording of dates, times, places and organizers (``calendar/wording.py``, decision 0420), and
the outputs that must all say the same: the event page, the iCalendar and Atom feeds, the CSV, the
periodic list's Word document and the API's ``display``. All events and organizations are synthetic."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from html import unescape
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.utils import translation
from docx import Document
from icalendar import Calendar

from synergies.calendar import wording
from synergies.calendar.models import Event, EventOrganizer
from synergies.calendar.wording import Organizer
from synergies.directory.models import Organization
from synergies.testing import aware, country, make_event, make_organization, make_user

IN_PERSON, ONLINE, HYBRID = (mode.value for mode in Event.AttendanceMode)
DAY, MONTH = Event.DatePrecision.DAY.value, Event.DatePrecision.MONTH.value
LEAD, CO = EventOrganizer.Role.LEAD.value, EventOrganizer.Role.CO_ORGANIZER.value


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with translation.override("en"):
        yield


@dataclass
class Plain:
    """A synthetic event as plain values: the wording reads no database (``Dated`` and ``Placed``)."""

    start_date: date
    end_date: date
    all_day: bool = True
    date_precision: str = DAY
    start_at: datetime | None = None
    end_at: datetime | None = None
    timezone: str = "Europe/Zurich"
    attendance_mode: str = IN_PERSON
    place: str = "Synthetic centre, Geneva, Switzerland"


def timed(start: tuple[int, int, int, int], end: tuple[int, int, int, int], zone: str = "Europe/Zurich") -> Plain:
    tz = ZoneInfo(zone)
    start_at, end_at = datetime(*start, tzinfo=tz), datetime(*end, tzinfo=tz)
    return Plain(start_at.date(), end_at.date(), all_day=False, start_at=start_at, end_at=end_at, timezone=zone)


# --- Days and months -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2030, 5, 4), date(2030, 5, 4), "4 May 2030"),  # single day
        (date(2030, 5, 4), date(2030, 5, 15), "4–15 May 2030"),  # several days
        (date(2030, 4, 30), date(2030, 5, 2), "30 April – 2 May 2030"),  # across a month
        (date(2030, 12, 28), date(2031, 1, 3), "28 December 2030 – 3 January 2031"),  # across a year
    ],
)
def test_date_range(start: date, end: date, expected: str) -> None:
    assert wording.date_range(start, end) == expected
    assert wording.dates(Plain(start, end)) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2030, 3, 1), date(2030, 3, 31), "March 2030"),
        (date(2030, 3, 1), date(2030, 4, 30), "March–April 2030"),
        (date(2030, 12, 1), date(2031, 1, 31), "December 2030 – January 2031"),
    ],
)
def test_month_range_and_month_only_events(start: date, end: date, expected: str) -> None:
    assert wording.month_range(start, end) == expected
    event = Plain(start, end, date_precision=MONTH)
    assert wording.dates(event) == expected
    assert wording.when(event) == f"{expected} (dates to be confirmed)"
    assert wording.time_with_zone(event) == "" and wording.clock(event) == ""


def test_single_days_and_months() -> None:
    assert wording.day(date(2030, 5, 4)) == "4 May 2030"
    assert wording.day_month(date(2030, 5, 4)) == "4 May"
    assert wording.month(date(2030, 5, 4)) == "May 2030"


def test_a_month_follows_the_language_after_a_day_number() -> None:
    with translation.override("ru"):
        assert wording.day(date(2030, 5, 4)) == "4 мая 2030"
        assert wording.month(date(2030, 5, 4)) == "Май 2030"


# --- Times with their zone -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # all day: single day, several days, across a month, across a year — always with the zone
        (Plain(date(2030, 5, 4), date(2030, 5, 4)), "4 May 2030 (all day, Europe/Zurich)"),
        (Plain(date(2030, 5, 4), date(2030, 5, 15)), "4–15 May 2030 (all day, Europe/Zurich)"),
        (Plain(date(2030, 4, 30), date(2030, 5, 2)), "30 April – 2 May 2030 (all day, Europe/Zurich)"),
        (
            Plain(date(2030, 12, 28), date(2031, 1, 3), timezone="Africa/Nairobi"),
            "28 December 2030 – 3 January 2031 (all day, Africa/Nairobi)",
        ),
        # timed: single day, several days, across a month, across a year
        (timed((2030, 7, 1, 9), (2030, 7, 1, 17)), "1 July 2030, 09:00–17:00 Europe/Zurich (CEST)"),
        (timed((2030, 7, 1, 9), (2030, 7, 3, 13)), "1 July 2030 09:00 – 3 July 2030 13:00 Europe/Zurich (CEST)"),
        (
            timed((2030, 6, 30, 9), (2030, 7, 1, 13), "Africa/Nairobi"),
            "30 June 2030 09:00 – 1 July 2030 13:00 Africa/Nairobi (EAT)",
        ),
        (
            timed((2030, 12, 31, 20), (2031, 1, 1, 2), "UTC"),
            "31 December 2030 20:00 – 1 January 2031 02:00 UTC",
        ),
        # the clocks change during the event: both names of the zone
        (
            timed((2030, 3, 30, 22), (2030, 3, 31, 10)),
            "30 March 2030 22:00 – 31 March 2030 10:00 Europe/Zurich (CET/CEST)",
        ),
        # a zone with no name of its own but its offset
        (timed((2030, 7, 1, 9), (2030, 7, 1, 10), "Asia/Dubai"), "1 July 2030, 09:00–10:00 Asia/Dubai (+04)"),
    ],
)
def test_when(event: Plain, expected: str) -> None:
    assert wording.when(event) == expected


def test_time_with_zone_and_clock() -> None:
    meeting = timed((2030, 7, 1, 9), (2030, 7, 1, 17))
    assert wording.time_with_zone(meeting) == "09:00–17:00 Europe/Zurich (CEST)"
    assert wording.clock(meeting) == "09:00 CEST"
    assert wording.local_times(meeting) == (meeting.start_at, meeting.end_at)
    all_day = Plain(date(2030, 7, 1), date(2030, 7, 2))
    assert wording.time_with_zone(all_day) == "" and wording.clock(all_day) == ""
    assert wording.local_times(all_day) is None


def test_times_are_given_in_the_venue_zone_whatever_zone_they_were_stored_in() -> None:
    meeting = timed((2030, 7, 1, 9), (2030, 7, 1, 17))
    meeting.start_at = meeting.start_at.astimezone(ZoneInfo("UTC"))  # type: ignore[union-attr]
    meeting.end_at = meeting.end_at.astimezone(ZoneInfo("UTC"))  # type: ignore[union-attr]
    assert wording.when(meeting) == "1 July 2030, 09:00–17:00 Europe/Zurich (CEST)"


# --- Place -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "where", "expected"),
    [
        (IN_PERSON, "Synthetic centre, Geneva, Switzerland", "Synthetic centre, Geneva, Switzerland"),
        (IN_PERSON, "", ""),
        (ONLINE, "", "Online"),
        (ONLINE, "Geneva, Switzerland", "Online"),  # the reader goes nowhere
        (HYBRID, "Synthetic centre, Geneva, Switzerland", "Synthetic centre, Geneva, Switzerland, and online"),
        (HYBRID, "Geneva", "Geneva, and online"),
        (HYBRID, "", "In person and online"),
    ],
)
def test_place(mode: str, where: str, expected: str) -> None:
    assert wording.place(Plain(date(2030, 5, 4), date(2030, 5, 4), attendance_mode=mode, place=where)) == expected


# --- Organizers --------------------------------------------------------------------------------------------

UNEP = Organizer("SYN-UNEP", "Synthetic environment programme", LEAD)
BRS = Organizer("SYN-BRS", "Synthetic secretariat of the Basel, Rotterdam and Stockholm conventions", CO)
MC = Organizer("SYN-MC", "Synthetic mercury secretariat", LEAD)


@pytest.mark.parametrize(
    ("organizers", "full", "short"),
    [
        ([], "", ""),
        ([UNEP], "Synthetic environment programme (SYN-UNEP)", "SYN-UNEP"),
        (
            [BRS, UNEP],  # leads first, whatever the order given
            "Synthetic environment programme (SYN-UNEP); "
            "Synthetic secretariat of the Basel, Rotterdam and Stockholm conventions (SYN-BRS), co-organizer",
            "SYN-UNEP, SYN-BRS",
        ),
        (
            [UNEP, BRS, MC],
            "Synthetic environment programme (SYN-UNEP); Synthetic mercury secretariat (SYN-MC); "
            "Synthetic secretariat of the Basel, Rotterdam and Stockholm conventions (SYN-BRS), co-organizer",
            "SYN-UNEP, SYN-MC, SYN-BRS",
        ),
    ],
)
def test_organizer_list(organizers: list[Organizer], full: str, short: str) -> None:
    assert wording.organizer_list(organizers) == full
    assert wording.organizer_list(organizers, short=True) == short
    rows = [(o.acronym, o.name, o.role) for o in organizers]
    assert wording.organizer_list(rows) == full  # plain rows (the API's) too


def test_an_organizer_without_a_name_or_named_by_its_acronym_is_written_once() -> None:
    assert wording.organizer_list([Organizer("SYN-X", "", LEAD), Organizer("SYN-Y", "SYN-Y", CO)]) == (
        "SYN-X; SYN-Y, co-organizer"
    )


@pytest.mark.django_db
def test_organizers_of_an_event_in_their_order() -> None:
    first, second, third = (make_organization(f"SYN-ORDER-{n}") for n in (1, 2, 3))
    event = make_event(lead_organizers=[second, first], co_organizers=[third])
    event = Event.objects.prefetch_related("event_organizers__organization").get(pk=event.pk)
    assert [o.acronym for o in wording.organizers_of(wording.links_in_order(event))] == [
        "SYN-ORDER-2",
        "SYN-ORDER-1",
        "SYN-ORDER-3",
    ]


# --- Every output says the same ------------------------------------------------------------------------


def _outputs(event: Event) -> dict[str, Any]:
    """What the event page and the list of events, the iCalendar feed, the Atom feed, the CSV, the periodic list's Word document
    and the API say of ``event``, read back as their readers read them."""
    staff = Client()
    staff.force_login(make_user("wording-staff", is_staff=True))
    page = unescape(Client().get(event.get_absolute_url()).content.decode())
    listing = unescape(Client().get(f"/events/?from={event.start_date.replace(day=1).isoformat()}").content.decode())
    ics = Calendar.from_ical(Client().get("/events.ics").content)
    (vevent,) = [component for component in ics.walk("VEVENT") if str(component["UID"]) == event.uid]
    (row,) = csv.DictReader(io.StringIO(Client().get("/events.csv").content.decode("utf-8-sig"), newline=""))
    atom = Client().get("/events.atom").content.decode()
    start = event.start_date.replace(day=1)
    docx = staff.get(f"/coordination/upcoming.docx?from={start.isoformat()}&days=90")
    assert docx.status_code == 200
    (table,) = [table for table in Document(io.BytesIO(docx.content)).tables if table.rows[0].cells[0].text == "Dates"]
    word = {r.cells[0].text: r.cells[1].text for r in table.rows}
    api = staff.get(f"/api/v1/events/{event.pk}").json()["display"]
    return {
        "page": page,
        "list": listing,
        "ics_location": str(vevent["LOCATION"]),
        "ics_description": str(vevent["DESCRIPTION"]),
        "atom": unescape(unescape(atom)),
        "csv": row,
        "word": word,
        "api": api,
    }


@pytest.fixture
def cluster_organizers() -> tuple[Organization, Organization, Organization]:
    """Three synthetic organizations of the cluster (their kinds put the event on the periodic list)."""
    return (
        make_organization("SYN-LEAD", name="Synthetic lead secretariat", kind="secretariat"),
        make_organization("SYN-LEAD2", name="Synthetic second secretariat", kind="secretariat"),
        make_organization("SYN-CO", name="Synthetic branch, chemicals and waste", kind="unep"),
    )


@pytest.mark.django_db
def test_the_page_feeds_csv_word_and_api_say_the_same_of_a_month_only_hybrid_event(
    cluster_organizers: tuple[Organization, Organization, Organization],
) -> None:
    lead, lead2, co = cluster_organizers
    event = make_event(
        title="Synthetic hybrid consultation",
        date_precision=Event.DatePrecision.MONTH,
        start=date(2030, 3, 1),
        end=date(2030, 4, 30),
        attendance_mode=Event.AttendanceMode.HYBRID,
        online_url="https://example.org/synthetic-meeting",
        venue="Synthetic centre",
        city="Geneva",
        country=country("CH"),
        lead_organizers=[lead, lead2],
        co_organizers=[co],
    )
    when = "March–April 2030 (dates to be confirmed)"
    where = "Synthetic centre, Geneva, Switzerland, and online"
    who = (
        "Synthetic lead secretariat (SYN-LEAD); Synthetic second secretariat (SYN-LEAD2); "
        "Synthetic branch, chemicals and waste (SYN-CO), co-organizer"
    )
    event = Event.objects.prefetch_related("event_organizers__organization").get(pk=event.pk)
    assert (
        wording.when(event),
        wording.place(event),
        wording.organizer_list(wording.organizers_of(wording.links_in_order(event))),
    ) == (
        when,
        where,
        who,
    )
    out = _outputs(event)
    assert when in out["page"]
    assert when in out["list"] and where in out["list"] and "SYN-LEAD, SYN-LEAD2, SYN-CO" in out["list"]
    assert out["ics_location"] == where
    assert when in out["ics_description"] and f"Organizers: {who}" in out["ics_description"]
    assert when in out["atom"] and where in out["atom"] and f"Organizers: {who}" in out["atom"]
    assert (out["csv"]["when"], out["csv"]["where"]) == (when, where)
    assert (out["word"]["Dates"], out["word"]["Place"], out["word"]["Organizers"]) == (when, where, who)
    assert out["api"] == {"dates": "March–April 2030", "when": when, "place": where, "organizers": who}


@pytest.mark.django_db
def test_the_page_feeds_csv_word_and_api_say_the_same_of_a_timed_online_event(
    cluster_organizers: tuple[Organization, Organization, Organization],
) -> None:
    lead, lead2, co = cluster_organizers
    event = make_event(
        title="Synthetic online briefing",
        all_day=False,
        timezone="Africa/Nairobi",
        start=aware(2030, 6, 30, 14, 0, "Africa/Nairobi"),
        end=aware(2030, 7, 1, 11, 30, "Africa/Nairobi"),
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://example.org/synthetic-briefing",
        country=None,
        city="",
        lead_organizers=[lead],
        co_organizers=[co, lead2],
    )
    when = "30 June 2030 14:00 – 1 July 2030 11:30 Africa/Nairobi (EAT)"
    who = (
        "Synthetic lead secretariat (SYN-LEAD); Synthetic branch, chemicals and waste (SYN-CO), co-organizer; "
        "Synthetic second secretariat (SYN-LEAD2), co-organizer"
    )
    out = _outputs(event)
    assert when in out["page"]
    assert when in out["list"] and "Online" in out["list"] and "SYN-LEAD, SYN-CO, SYN-LEAD2" in out["list"]
    assert out["ics_location"] == "Online"
    assert f"Organizers: {who}" in out["ics_description"]
    assert when in out["atom"] and f"Organizers: {who}" in out["atom"]
    assert (out["csv"]["when"], out["csv"]["where"]) == (when, "Online")
    assert (out["word"]["Dates"], out["word"]["Place"], out["word"]["Organizers"]) == (when, "Online", who)
    assert out["api"] == {"dates": "30 June – 1 July 2030", "when": when, "place": "Online", "organizers": who}
