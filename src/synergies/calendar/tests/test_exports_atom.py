"""The Atom feed, read back with feedparser. All events here are synthetic test data."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import datetime
from typing import Any

import feedparser
import pytest
from django.test import Client

from synergies.calendar.models import Event
from synergies.calendar.services import EventData, update_event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Country, Topic
from synergies.testing import make_event, make_organization

pytestmark = pytest.mark.django_db


def read(client: Client, url: str = "/events.atom") -> Any:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def test_feed_names_the_filter_and_links_the_page(client: Client) -> None:
    make_event(topics=[Topic.objects.get(slug="mercury")])
    feed = read(client, "/events.atom?topic=mercury")
    assert feed.version == "atom10"
    assert feed.feed.title == "Synergies: chemicals and waste joint calendar · Topic: Mercury"
    assert feed.feed.link == "http://testserver/events/?topic=mercury"
    assert feed.feed.id == "http://testserver/events.atom?topic=mercury"


def test_entry_links_the_event_page_and_tells_when_where_and_who(client: Client) -> None:
    organizer = make_organization("ATOMORG", name="Synthetic secretariat")
    event = make_event(
        title="Synthetic expert group",
        all_day=False,
        timezone="Africa/Nairobi",
        start=datetime(2030, 6, 2, 9),
        end=datetime(2030, 6, 2, 17),
        venue="Synthetic venue",
        city="Nairobi",
        country=Country.objects.get(code="KE"),
        lead_organizers=[organizer],
        topics=[Topic.objects.get(slug="mercury")],
    )
    (entry,) = read(client).entries
    assert entry.title == "Synthetic expert group"
    assert entry.link == f"http://testserver/events/{event.pk}/"
    assert entry.id == f"http://testserver/events/{event.pk}/"
    assert calendar.timegm(entry.updated_parsed) == int(event.updated_at.timestamp())
    assert entry.summary == (
        "2 June 2030, 09:00–17:00 Africa/Nairobi (EAT)<br />"
        "Synthetic venue, Nairobi, Kenya<br />"
        "Organizers: Synthetic secretariat (ATOMORG)<br />"
        "Status: Confirmed."
    )
    assert [tag.term for tag in entry.tags] == ["Mercury", "Other"]
    assert entry.author == "ATOMORG"


def test_all_day_and_month_only_dates_are_told_with_their_zone(client: Client) -> None:
    make_event(title="Synthetic all-day meeting")
    make_event(
        title="Synthetic month-only meeting",
        date_precision=Event.DatePrecision.MONTH,
        start=datetime(2015, 3, 1).date(),
        end=datetime(2015, 4, 30).date(),
    )
    summaries = {entry.title: entry.summary.split("<br />")[0] for entry in read(client).entries}
    assert summaries == {
        "Synthetic all-day meeting": "4–6 March 2030 (all day, Europe/Zurich)",
        "Synthetic month-only meeting": "March–April 2015 (dates to be confirmed)",
    }


def test_latest_change_comes_first_and_cancellation_is_in_the_title(client: Client) -> None:
    older = make_event(title="Synthetic older meeting")
    make_event(title="Synthetic newer meeting")
    update_event(
        older, replace(EventData.from_event(older), status=Event.Status.CANCELLED), expected_version=1, by=SYSTEM
    )
    assert [entry.title for entry in read(client).entries] == [
        "Cancelled: Synthetic older meeting",
        "Synthetic newer meeting",
    ]


def test_markup_in_titles_and_places_stays_text(client: Client) -> None:
    make_event(title="Synthetic <b>bold</b> & meeting", venue="<script>alert(1)</script>")
    response = client.get("/events.atom")
    assert b"<script>" not in response.content
    (entry,) = feedparser.parse(response.content).entries
    assert entry.title == "Synthetic <b>bold</b> & meeting"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in entry.summary


def test_control_characters_do_not_break_the_xml(client: Client) -> None:
    make_event(title="Synthetic\x0b meeting\x1f")
    (entry,) = read(client).entries
    assert entry.title == "Synthetic meeting"
