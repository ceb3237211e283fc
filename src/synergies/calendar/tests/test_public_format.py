"""How dates and times are written on the public pages (calendar_format), and the page in Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from django.test import Client
from django.utils import translation

from synergies.calendar.models import Event
from synergies.calendar.templatetags.calendar_format import event_dates, event_when
from synergies.calendar.wording import date_range as format_date_range
from synergies.calendar.wording import month_range as format_month_range
from synergies.calendar.wording import time_with_zone as format_times
from synergies.testing import aware, make_event


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2015, 5, 4), date(2015, 5, 4), "4 May 2015"),
        (date(2015, 5, 4), date(2015, 5, 15), "4–15 May 2015"),
        (date(2015, 4, 30), date(2015, 5, 2), "30 April – 2 May 2015"),
        (date(2014, 12, 28), date(2015, 1, 3), "28 December 2014 – 3 January 2015"),
    ],
)
def test_date_ranges(start: date, end: date, expected: str) -> None:
    assert format_date_range(start, end) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2015, 3, 1), date(2015, 3, 31), "March 2015"),
        (date(2015, 3, 1), date(2015, 4, 30), "March–April 2015"),
        (date(2014, 12, 1), date(2015, 1, 31), "December 2014 – January 2015"),
    ],
)
def test_month_ranges(start: date, end: date, expected: str) -> None:
    assert format_month_range(start, end) == expected


@pytest.mark.django_db
def test_month_precision_events_give_only_months() -> None:
    event = make_event(date_precision=Event.DatePrecision.MONTH, start=date(2030, 3, 1), end=date(2030, 4, 30))
    assert event_dates(event) == "March–April 2030"
    assert event_when(event) == "March–April 2030 (dates to be confirmed)"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("zone", "start", "end", "expected"),
    [
        ("Europe/Zurich", (2030, 7, 1, 9, 0), (2030, 7, 1, 17, 0), "1 July 2030, 09:00–17:00 Europe/Zurich (CEST)"),
        ("UTC", (2030, 7, 1, 9, 0), (2030, 7, 1, 10, 0), "1 July 2030, 09:00–10:00 UTC"),
        ("Asia/Dubai", (2030, 7, 1, 9, 0), (2030, 7, 1, 10, 0), "1 July 2030, 09:00–10:00 Asia/Dubai (+04)"),
        # Over the night the clocks change: both names of the zone are given.
        (
            "Europe/Zurich",
            (2030, 3, 30, 22, 0),
            (2030, 3, 31, 10, 0),
            "30 March 2030 22:00 – 31 March 2030 10:00 Europe/Zurich (CET/CEST)",
        ),
    ],
)
def test_times_are_written_in_the_venue_zone_with_its_name(
    zone: str, start: tuple[int, int, int, int, int], end: tuple[int, int, int, int, int], expected: str
) -> None:
    event = make_event(all_day=False, timezone=zone, start=aware(*start, zone=zone), end=aware(*end, zone=zone))
    assert event_when(event) == expected


@pytest.mark.django_db
def test_all_day_events_have_no_times() -> None:
    event = make_event(start=date(2030, 5, 4), end=date(2030, 5, 15))
    assert format_times(event) == ""
    assert event_when(event) == "4–15 May 2030 (all day, Europe/Zurich)"


@pytest.mark.django_db
def test_pages_read_right_to_left_in_arabic(client: Client) -> None:
    make_event(title="Synthetic meeting")
    response = client.get("/events/?from=2030-01-01", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "Synthetic meeting" in html
