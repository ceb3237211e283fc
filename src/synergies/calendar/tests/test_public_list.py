"""/events/ as a party delegate uses it: agenda, month grid and year overview, filters, pages.

Dates are placed a few years after today, so the tests keep their meaning as time passes.
Every event here is synthetic test data.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from typing import TYPE_CHECKING

import pytest
from django.test import Client
from django.utils import timezone
from pytest_django import Settings

from synergies.calendar.models import Event
from synergies.directory.models import Country, Instrument, Region, Topic
from synergies.testing import aware, make_event, make_organization

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
YEAR = TODAY.year + 2  # a future year: the default agenda shows it


def titles(response: _MonkeyPatchedWSGIResponse) -> list[str]:
    """Event titles listed in the agenda, in page order."""
    html = response.content.decode()
    return [unescape(t) for t in re.findall(r'<p class="event-title"><a href="/events/\d+/">([^<]+)</a>', html)]


def month_headings(response: _MonkeyPatchedWSGIResponse) -> list[str]:
    return re.findall(r'<h3 class="month-heading">([^<]+)</h3>', response.content.decode())


@pytest.fixture
def catalogue(db: None) -> dict[str, Event]:
    """Two events that differ in every filterable way, and a third that shares a little with each."""
    syna = make_organization("SYNA", name="Synthetic organization A")
    synb = make_organization("SYNB", name="Synthetic organization B")
    mercury_workshop = make_event(
        title="Synthetic mercury workshop",
        lead_organizers=[syna],
        kind=Event.Kind.WORKSHOP,
        instruments=[Instrument.objects.get(code="minamata")],
        topics=[Topic.objects.get(slug="mercury")],
        target_regions=[Region.objects.get(code="africa")],
        country=Country.objects.get(code="KE"),
        city="Nairobi",
        timezone="Africa/Nairobi",
        start=date(YEAR, 3, 2),
        end=date(YEAR, 3, 4),
    )
    basel_cop = make_event(
        title="Synthetic conference of the parties",
        lead_organizers=[synb],
        kind=Event.Kind.COP,
        status=Event.Status.CANCELLED,
        instruments=[Instrument.objects.get(code="basel")],
        topics=[Topic.objects.get(slug="e-waste")],
        target_regions=[Region.objects.get(code="grulac")],
        country=Country.objects.get(code="CH"),
        city="Geneva",
        start=date(YEAR, 5, 4),
        end=date(YEAR, 5, 15),
    )
    webinar = make_event(
        title="Synthetic webinar on reporting",
        lead_organizers=[synb],
        co_organizers=[syna],
        kind=Event.Kind.WEBINAR,
        attendance_mode=Event.AttendanceMode.ONLINE,
        country=None,
        city="",
        instruments=[Instrument.objects.get(code="basel"), Instrument.objects.get(code="minamata")],
        start=date(YEAR, 7, 1),
        end=date(YEAR, 7, 1),
    )
    return {"mercury": mercury_workshop, "cop": basel_cop, "webinar": webinar}


def test_agenda_lists_upcoming_events_grouped_by_month(client: Client, catalogue: dict[str, Event]) -> None:
    response = client.get("/events/")
    assert response.status_code == 200
    assert titles(response) == [
        "Synthetic mercury workshop",
        "Synthetic conference of the parties",
        "Synthetic webinar on reporting",
    ]
    assert month_headings(response) == [f"March {YEAR}", f"May {YEAR}", f"July {YEAR}"]
    assert "3 events" in response.content.decode()


def test_agenda_writes_dates_the_un_way(client: Client, catalogue: dict[str, Event]) -> None:
    html = client.get("/events/").content.decode()
    assert f"2–4 March {YEAR}" in html
    assert f"4–15 May {YEAR}" in html
    assert f"1 July {YEAR}" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("organizer=SYNA", ["mercury", "webinar"]),  # lead or co-organizer
        ("instrument=minamata", ["mercury", "webinar"]),
        ("topic=mercury", ["mercury"]),
        ("region=africa", ["mercury"]),
        ("country=KE", ["mercury"]),
        ("kind=cop", ["cop"]),
        ("status=cancelled", ["cop"]),
        ("q=nairobi", ["mercury"]),
        ("q=REPORTING", ["webinar"]),
        (f"from={YEAR}-05-10", ["cop", "webinar"]),  # the COP is still running on 10 May
        (f"to={YEAR}-05-04", ["mercury", "cop"]),
    ],
)
def test_each_filter_alone(client: Client, catalogue: dict[str, Event], query: str, expected: list[str]) -> None:
    response = client.get(f"/events/?{query}")
    assert response.status_code == 200
    assert titles(response) == [catalogue[key].title for key in expected]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("instrument=minamata&country=KE", ["mercury"]),
        ("instrument=minamata&country=CH", []),
        ("organizer=SYNB&kind=webinar", ["webinar"]),
        ("organizer=SYNB&status=cancelled&q=parties", ["cop"]),
        ("topic=mercury&topic=e-waste", ["mercury", "cop"]),  # repeated: any of them
        (f"instrument=basel&from={YEAR}-06-01&to={YEAR}-12-31", ["webinar"]),
    ],
)
def test_filters_combine(client: Client, catalogue: dict[str, Event], query: str, expected: list[str]) -> None:
    response = client.get(f"/events/?{query}")
    assert response.status_code == 200
    assert titles(response) == [catalogue[key].title for key in expected]


def test_the_form_shows_the_active_filters_and_keeps_them(client: Client, catalogue: dict[str, Event]) -> None:
    html = client.get("/events/?instrument=minamata&topic=mercury&topic=e-waste&q=workshop").content.decode()
    assert '<label for="id_organizer">Organizer</label>' in html
    assert '<select id="id_organizer" name="organizer">' in html
    assert '<option value="minamata" selected>Minamata Convention</option>' in html
    # Two topics at once: the select becomes a multiple select showing both.
    assert '<select id="id_topic" name="topic" multiple>' in html
    assert '<option value="mercury" selected>Mercury</option>' in html
    assert '<option value="e-waste" selected>E-waste</option>' in html
    assert 'name="q" value="workshop"' in html
    assert "Filtered by Instrument: Minamata Convention · Topic: E-waste, Mercury · Search: workshop" in html


def test_every_filter_has_a_labelled_control(client: Client, catalogue: dict[str, Event]) -> None:
    html = client.get("/events/").content.decode()
    for name in ("q", "organizer", "instrument", "topic", "region", "country", "kind", "status", "from", "to"):
        assert f'<label for="id_{name}">' in html
        assert f'id="id_{name}"' in html


def test_an_empty_form_field_is_dropped_from_the_address(client: Client, catalogue: dict[str, Event]) -> None:
    response = client.get("/events/?q=mercury&organizer=&instrument=&from=")
    assert response.status_code == 302
    assert response["Location"] == "/events/?q=mercury"


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("organizer=NOPE", "organizer", "Select a valid choice. NOPE is not one of the available choices."),
        ("kind=party", "kind", "Select a valid choice. party is not one of the available choices."),
        ("from=2015-13-01", "from", "Enter a valid date."),
        ("to=yesterday", "to", "Enter a valid date."),
        ("view=month&month=2015-13", "month", "“2015-13” is not a month: give the year and the month, e.g. 2015-05."),
        ("view=year&year=twenty", "year", "Enter a whole number."),
    ],
)
def test_an_invalid_filter_is_refused_at_its_field(
    client: Client, catalogue: dict[str, Event], query: str, field: str, message: str
) -> None:
    response = client.get(f"/events/?{query}")
    assert response.status_code == 400
    html = unescape(response.content.decode())
    assert f'<ul class="errorlist" id="id_{field}_error"><li>{message}</li></ul>' in html
    assert f'aria-describedby="id_{field}_error" aria-invalid="true"' in html or 'aria-invalid="true"' in html
    assert "These filters could not be applied" in html
    assert f'<a href="#id_{field}">' in html
    assert titles(response) == []


def test_feeds_and_exports_of_the_same_filter_are_offered(client: Client, catalogue: dict[str, Event]) -> None:
    html = client.get("/events/?instrument=minamata&topic=mercury&page=1").content.decode()
    query = "instrument=minamata&amp;topic=mercury"
    for fmt in ("ics", "atom", "csv", "xlsx"):
        assert f'href="http://testserver/events.{fmt}?{query}"' in html
    assert f'href="webcal://testserver/events.ics?{query}"' in html
    assert "How to subscribe" in html
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="News feed of these events" '
        f'href="http://testserver/events.atom?{query}">' in html
    )


def test_without_filters_the_links_are_the_whole_calendar(client: Client, catalogue: dict[str, Event]) -> None:
    html = client.get("/events/?view=month").content.decode()
    assert 'href="http://testserver/events.ics"' in html
    assert 'href="webcal://testserver/events.ics"' in html


def test_pagination_keeps_the_filters(client: Client, settings: Settings, db: None) -> None:
    settings.SYNERGIES_EVENTS_PER_PAGE = 2
    basel = Instrument.objects.get(code="basel")
    for day in range(1, 6):
        make_event(
            title=f"Synthetic Basel meeting {day}",
            instruments=[basel],
            start=date(YEAR, 2, day),
            end=date(YEAR, 2, day),
        )
    make_event(title="Synthetic other meeting", start=date(YEAR, 2, 1), end=date(YEAR, 2, 1))

    first = client.get("/events/?instrument=basel")
    assert titles(first) == ["Synthetic Basel meeting 1", "Synthetic Basel meeting 2"]
    html = first.content.decode()
    assert "Events 1 to 2" in html
    assert '<li aria-current="page">Page 1</li>' in html
    assert '<a href="/events/?instrument=basel&amp;page=2" rel="next">Next page</a>' in html
    assert 'rel="prev"' not in html

    second = client.get("/events/?instrument=basel&page=2")
    assert titles(second) == ["Synthetic Basel meeting 3", "Synthetic Basel meeting 4"]
    html = second.content.decode()
    assert "Events 3 to 4" in html
    assert '<a href="/events/?instrument=basel" rel="prev">Previous page</a>' in html
    assert '<a href="/events/?instrument=basel&amp;page=3" rel="next">Next page</a>' in html

    last = client.get("/events/?instrument=basel&page=3")
    assert titles(last) == ["Synthetic Basel meeting 5"]
    assert 'rel="next"' not in last.content.decode()
    # Past the end, or not a number: no error, a way back.
    beyond = client.get("/events/?instrument=basel&page=99")
    assert beyond.status_code == 200
    assert titles(beyond) == []
    assert '<a href="/events/?instrument=basel">Back to the first page</a>' in beyond.content.decode()
    assert titles(client.get("/events/?instrument=basel&page=first")) == [
        "Synthetic Basel meeting 1",
        "Synthetic Basel meeting 2",
    ]


def test_past_events_are_one_link_away_newest_first(client: Client, db: None) -> None:
    make_event(
        title="Synthetic past meeting, older", start=TODAY - timedelta(days=400), end=TODAY - timedelta(days=399)
    )
    make_event(title="Synthetic past meeting, recent", start=TODAY - timedelta(days=40), end=TODAY - timedelta(days=38))
    make_event(title="Synthetic coming meeting", start=TODAY + timedelta(days=30), end=TODAY + timedelta(days=31))
    make_event(title="Synthetic running meeting", start=TODAY - timedelta(days=1), end=TODAY + timedelta(days=1))

    upcoming = client.get("/events/?topic=")  # the empty field is dropped first
    assert upcoming.status_code == 302
    upcoming = client.get("/events/")
    assert titles(upcoming) == ["Synthetic running meeting", "Synthetic coming meeting"]
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    assert f'<a href="/events/?to={yesterday}">Show past events</a>' in upcoming.content.decode()

    past = client.get(f"/events/?to={yesterday}")
    assert titles(past) == [
        "Synthetic running meeting",
        "Synthetic past meeting, recent",
        "Synthetic past meeting, older",
    ]
    assert "Past events" in past.content.decode()
    assert "newest first" in past.content.decode()

    everything = client.get(f"/events/?from={(TODAY - timedelta(days=500)).isoformat()}")
    assert titles(everything) == [
        "Synthetic past meeting, older",
        "Synthetic past meeting, recent",
        "Synthetic running meeting",
        "Synthetic coming meeting",
    ]


def test_timed_event_shows_its_time_with_the_venue_zone(client: Client, db: None) -> None:
    make_event(
        title="Synthetic timed meeting",
        all_day=False,
        timezone="Europe/Zurich",
        start=aware(YEAR, 6, 10, 9, 0, "Europe/Zurich"),
        end=aware(YEAR, 6, 10, 17, 30, "Europe/Zurich"),
    )
    html = client.get("/events/").content.decode()
    assert f"10 June {YEAR}, 09:00–17:30 Europe/Zurich (CEST)" in html
    assert f'<time datetime="{YEAR}-06-10T09:00:00+02:00">' in html


def test_month_precision_event_says_dates_are_to_be_confirmed(client: Client, db: None) -> None:
    make_event(
        title="Synthetic regional workshops",
        date_precision=Event.DatePrecision.MONTH,
        start=date(YEAR, 3, 1),
        end=date(YEAR, 4, 30),
    )
    html = client.get("/events/").content.decode()
    assert f"March–April {YEAR}" in html
    assert "(dates to be confirmed)" in html


def test_cancelled_and_postponed_are_said_in_words(client: Client, db: None) -> None:
    make_event(title="Synthetic cancelled meeting", status=Event.Status.CANCELLED)
    make_event(title="Synthetic postponed meeting", status=Event.Status.POSTPONED)
    html = client.get("/events/?from=2030-01-01&to=2030-12-31").content.decode()
    assert re.search(r'Synthetic cancelled meeting</a> <span class="badge badge-cancelled">Cancelled</span>', html)
    assert re.search(r'Synthetic postponed meeting</a> <span class="badge badge-postponed">Postponed</span>', html)


def test_side_event_names_the_meeting_it_is_held_during(client: Client, db: None) -> None:
    cop = make_event(title="Synthetic COP", start=date(YEAR, 5, 4), end=date(YEAR, 5, 15))
    make_event(
        title="Synthetic science fair",
        parent=cop,
        kind=Event.Kind.SIDE_EVENT,
        start=date(YEAR, 5, 6),
        end=date(YEAR, 5, 6),
    )
    html = client.get("/events/").content.decode()
    assert f'Held during: <a href="/events/{cop.pk}/">Synthetic COP</a>' in html


# --- Month grid -----------------------------------------------------------------------------------------


def test_month_grid_spans_multi_day_events_over_their_days(client: Client, catalogue: dict[str, Event]) -> None:
    response = client.get(f"/events/?view=month&month={YEAR}-05")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<h2 id="results-heading">May {YEAR}</h2>' in html
    cop = catalogue["cop"]
    # 4 to 15 May: one bar per week it touches, each spanning its days in that week.
    spans = re.findall(rf'<td colspan="(\d)"><a href="/events/{cop.pk}/" class="bar([^"]*)"', html)
    assert sum(int(span) for span, _classes in spans) == 12
    assert all("status-cancelled" in classes for _span, classes in spans)
    assert "continues-after" in spans[0][1]
    assert "continues-before" in spans[-1][1]
    assert "Synthetic conference of the parties (Cancelled)" in html
    assert "Synthetic mercury workshop" not in html  # held in March
    # Neighbouring months are one link away, with the filters kept.
    filtered = client.get(f"/events/?view=month&month={YEAR}-05&kind=cop").content.decode()
    assert f'href="/events/?kind=cop&amp;view=month&amp;month={YEAR}-04" rel="prev"' in filtered
    assert f'href="/events/?kind=cop&amp;view=month&amp;month={YEAR}-06" rel="next"' in filtered


def test_month_grid_has_a_list_for_phones(client: Client, catalogue: dict[str, Event]) -> None:
    html = client.get(f"/events/?view=month&month={YEAR}-05").content.decode()
    assert '<ul class="event-list month-list">' in html
    assert titles(client.get(f"/events/?view=month&month={YEAR}-05")) == ["Synthetic conference of the parties"]


def test_month_grid_sends_overflow_to_the_day_agenda(client: Client, db: None) -> None:
    day = date(YEAR, 9, 15)
    for number in range(8):
        make_event(title=f"Synthetic parallel meeting {number}", start=day, end=day)
    html = client.get(f"/events/?view=month&month={YEAR}-09").content.decode()
    assert html.count('class="bar status-confirmed"') == 6
    assert f'<a href="/events/?from={day.isoformat()}&amp;to={day.isoformat()}">2 more' in html


def test_month_grid_lists_month_only_events_apart(client: Client, db: None) -> None:
    make_event(
        title="Synthetic workshop, month known",
        date_precision=Event.DatePrecision.MONTH,
        start=date(YEAR, 3, 1),
        end=date(YEAR, 4, 30),
    )
    html = client.get(f"/events/?view=month&month={YEAR}-03").content.decode()
    assert "Dates to be confirmed" in html
    assert 'class="bar' not in html


def test_month_defaults_to_this_month(client: Client, db: None) -> None:
    html = client.get("/events/?view=month").content.decode()
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    assert f'<h2 id="results-heading">{months[TODAY.month - 1]} {TODAY.year}</h2>' in html


# --- Year overview ----------------------------------------------------------------------------------------


def test_year_overview_counts_and_lists_each_month(client: Client, catalogue: dict[str, Event]) -> None:
    response = client.get(f"/events/?view=year&year={YEAR}")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<h2 id="results-heading">{YEAR}</h2>' in html
    assert "3 events this year" in html
    assert f'<a href="/events/?view=month&amp;month={YEAR}-05">May {YEAR}</a>' in html
    may = html[html.index(f">May {YEAR}</a>") : html.index(f">June {YEAR}</a>")]
    assert "1 event" in may
    assert "Synthetic conference of the parties" in may
    filtered = client.get(f"/events/?view=year&year={YEAR}&instrument=minamata").content.decode()
    assert "2 events this year" in filtered
    assert f'href="/events/?instrument=minamata&amp;view=year&amp;year={YEAR + 1}" rel="next"' in filtered


def test_year_overview_shows_the_first_events_of_a_busy_month(client: Client, db: None) -> None:
    for day in range(1, 11):
        make_event(title=f"Synthetic October meeting {day:02d}", start=date(YEAR, 10, day), end=date(YEAR, 10, day))
    html = client.get(f"/events/?view=year&year={YEAR}").content.decode()
    assert "10 events this year" in html
    assert "Synthetic October meeting 08" in html
    assert "Synthetic October meeting 09" not in html
    assert f"All events of October {YEAR}" in html


def test_views_switch_keeping_the_filters(client: Client, catalogue: dict[str, Event]) -> None:
    html = client.get("/events/?topic=mercury").content.decode()
    assert '<a href="/events/?topic=mercury" aria-current="page">Agenda</a>' in html
    assert '<a href="/events/?topic=mercury&amp;view=month">Month</a>' in html
    assert '<a href="/events/?topic=mercury&amp;view=year">Year</a>' in html


def test_a_long_running_event_is_in_every_window_it_overlaps(client: Client, db: None) -> None:
    make_event(title="Synthetic short meeting", start=TODAY + timedelta(days=3), end=TODAY + timedelta(days=3))
    assert titles(client.get("/events/")) == ["Synthetic short meeting"]  # the longest span is now one day
    # Added afterwards: the pages notice the longer span at once.
    make_event(title="Synthetic long programme", start=TODAY - timedelta(days=800), end=TODAY + timedelta(days=30))
    assert titles(client.get("/events/")) == ["Synthetic long programme", "Synthetic short meeting"]
    middle = TODAY - timedelta(days=400)
    month = client.get(f"/events/?view=month&month={middle:%Y-%m}").content.decode()
    assert "Synthetic long programme" in month
    assert "Synthetic long programme" in client.get(f"/events/?view=year&year={middle.year}").content.decode()
    assert titles(client.get(f"/events/?from={middle.isoformat()}&to={middle.isoformat()}")) == [
        "Synthetic long programme",
    ]


def test_home_shows_what_is_coming_or_else_what_was_recently_held(client: Client, db: None) -> None:
    today = timezone.localdate()
    past = make_event(
        title="Synthetic meeting held last month", start=today - timedelta(days=40), end=today - timedelta(days=38)
    )
    make_event(
        title="Synthetic internal meeting held",
        start=today - timedelta(days=20),
        end=today - timedelta(days=20),
        visibility=Event.Visibility.INTERNAL,
    )
    page = client.get("/").content.decode()
    assert "No upcoming events are in the calendar yet." in page
    assert "Recently held" in page and past.title in page
    assert "Synthetic internal meeting held" not in page
    make_event(title="Synthetic meeting next month", start=today + timedelta(days=30), end=today + timedelta(days=31))
    page = client.get("/").content.decode()
    assert "Synthetic meeting next month" in page
    assert "Recently held" not in page
