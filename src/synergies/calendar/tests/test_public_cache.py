"""``/events/`` kept in the cache is never stale and never crosses from staff to the public.

Each page is stored under the data generation (raised by every write, in its transaction), what the
viewer may see, the day and the query (docs/decisions/0411). Every test here first fills the cache,
then changes something and looks again. All data here is synthetic.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from synergies.calendar.models import Event
from synergies.calendar.services import EventData, cancel_event, update_event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Topic
from synergies.testing import make_event

pytestmark = pytest.mark.django_db

YEAR = timezone.localdate().year + 1
URLS = ["/events/", f"/events/?view=month&month={YEAR}-06", f"/events/?view=year&year={YEAR}", "/events/?q=synthetic"]


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


def june(day: int) -> date:
    return date(YEAR, 6, day)


@pytest.mark.parametrize("url", URLS)
def test_a_new_event_shows_on_the_next_request(client: Client, url: str) -> None:
    make_event(title="Synthetic first meeting", start=june(2), end=june(3))
    assert "Synthetic first meeting" in client.get(url).content.decode()
    make_event(title="Synthetic second meeting", start=june(9), end=june(10))
    assert "Synthetic second meeting" in client.get(url).content.decode()


@pytest.mark.parametrize("url", URLS)
def test_an_edit_and_a_cancellation_show_on_the_next_request(client: Client, url: str) -> None:
    event = make_event(title="Synthetic planning meeting", start=june(2), end=june(3))
    assert "Synthetic planning meeting" in client.get(url).content.decode()
    data = replace(EventData.from_event(event), title="Synthetic renamed meeting")
    event = update_event(event, data, expected_version=event.version, by=SYSTEM)
    renamed = client.get(url).content
    assert b"Synthetic renamed meeting" in renamed
    assert b"Synthetic planning meeting" not in renamed
    cancel_event(event, expected_version=event.version, by=SYSTEM)
    assert client.get(url).content != renamed  # marked as cancelled


def test_a_renamed_topic_shows_in_the_filter_on_the_next_request(client: Client) -> None:
    assert "Mercury" in client.get("/events/").content.decode()
    topic = Topic.objects.get(slug="mercury")
    topic.name = "Synthetic quicksilver"
    topic.save()
    assert "Synthetic quicksilver" in client.get("/events/").content.decode()


@pytest.mark.parametrize("url", URLS)
def test_an_internal_event_never_reaches_the_public_through_the_cache(
    client: Client, staff_client: Client, url: str
) -> None:
    make_event(title="Synthetic public meeting", start=june(2), end=june(3))
    make_event(title="Synthetic hush meeting", visibility=Event.Visibility.INTERNAL, start=june(4), end=june(5))
    # Staff fill the cache first, then the public asks for the very same address.
    assert "Synthetic hush meeting" in staff_client.get(url).content.decode()
    public = client.get(url).content.decode()
    assert "Synthetic public meeting" in public
    assert "Synthetic hush meeting" not in public
    # And the other way round: the public's page does not hide the event from staff.
    assert "Synthetic hush meeting" in staff_client.get(url).content.decode()


def test_a_new_day_is_a_new_page(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    """The agenda starts today by default: tomorrow's page is built again, without the ended event."""
    today = timezone.localdate()
    make_event(title="Synthetic ending meeting", start=today, end=today)
    assert "Synthetic ending meeting" in client.get("/events/").content.decode()
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today + timedelta(days=1))
    assert "Synthetic ending meeting" not in client.get("/events/").content.decode()


def test_a_refused_filter_is_never_stored(client: Client) -> None:
    assert client.get("/events/?from=not-a-date").status_code == 400
    assert client.get("/events/?from=not-a-date").status_code == 400
    assert client.get("/events/").status_code == 200
