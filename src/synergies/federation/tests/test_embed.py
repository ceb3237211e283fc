"""``/embed/events/``: the coming public events for a partner's iframe, framable by anyone, with a
subscribe link of the same filters; and the "Sources" section of an event page."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from synergies.calendar.models import Event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Instrument
from synergies.federation.formats.ics import parse_ics
from synergies.federation.services import import_feed
from synergies.testing import make_event, make_feed_source, make_organization

pytestmark = pytest.mark.django_db


def _soon(days: int) -> date:
    return timezone.localdate() + timedelta(days=days)


def test_widget_lists_coming_public_events_with_filters_and_subscribe_links(staff_client: Client) -> None:
    minamata = Instrument.objects.get(code="minamata")
    make_event(title="Synthetic coming Minamata meeting", start=_soon(5), end=_soon(6), instruments=[minamata])
    make_event(title="Synthetic coming other meeting", start=_soon(5), end=_soon(6))
    make_event(title="Synthetic past Minamata meeting", start=_soon(-30), end=_soon(-29), instruments=[minamata])
    make_event(
        title="Synthetic internal Minamata meeting",
        start=_soon(5),
        end=_soon(6),
        instruments=[minamata],
        visibility="internal",
        internal_notes="Synthetic secret",
    )
    for client in (Client(), staff_client):  # staff see internal events elsewhere, never in the widget
        page = client.get("/embed/events/", {"instrument": "minamata"})
        text = page.content.decode()
        assert page.status_code == 200
        assert "Synthetic coming Minamata meeting" in text
        for absent in (
            "Synthetic coming other meeting",
            "Synthetic past Minamata meeting",
            "Synthetic internal Minamata meeting",
            "Synthetic secret",
        ):
            assert absent not in text
        assert 'href="webcal://testserver/events.ics?instrument=minamata"' in text
        assert 'href="http://testserver/events.ics?instrument=minamata"' in text
        assert 'href="http://testserver/events/?instrument=minamata"' in text


def test_widget_may_be_framed_by_any_site_and_other_pages_may_not() -> None:
    page = Client().get("/embed/events/")
    assert "X-Frame-Options" not in page
    assert "frame-ancestors *" in page["Content-Security-Policy"]
    assert "script-src 'self'" in page["Content-Security-Policy"]  # still no inline script
    other = Client().get("/events/")
    assert other["X-Frame-Options"] == "DENY" or other["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in other["Content-Security-Policy"]


def test_widget_limit_theme_and_accent_and_their_refusals() -> None:
    for day in range(1, 5):
        make_event(title=f"Synthetic meeting {day}", start=_soon(day), end=_soon(day))
    page = Client().get("/embed/events/", {"limit": "2", "theme": "dark", "accent": "teal"})
    text = page.content.decode()
    assert text.count('class="title"') == 2
    assert "More events in the joint calendar" in text
    assert 'class="synergies-embed theme-dark accent-teal"' in text
    refused = Client().get("/embed/events/", {"limit": "500", "theme": "pink", "instrument": "nope"})
    assert refused.status_code == 400
    text = refused.content.decode()
    assert "limit must be a whole number from 1 to 50" in text
    assert "theme must be one of auto, light, dark" in text
    assert "instrument:" in text


def test_widget_shows_times_with_their_zone() -> None:
    make_event(
        title="Synthetic timed meeting",
        all_day=False,
        timezone="Africa/Nairobi",
        start=datetime.combine(_soon(3), time(9, 30)),
        end=datetime.combine(_soon(3), time(17, 0)),
    )
    text = Client().get("/embed/events/").content.decode()
    assert "09:30–17:00 Africa/Nairobi" in text


def test_widget_embedding_script_and_frame_script_are_static_files() -> None:
    page = Client().get("/embed/events/").content.decode()
    assert '<script src="/static/federation/embed-frame.js" defer></script>' in page
    assert "<style" not in page and " style=" not in page


FEED = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Synthetic//EN\r\nBEGIN:VEVENT\r\nUID:s1\r\n"
    b"SUMMARY:Synthetic sourced meeting\r\nDTSTART;VALUE=DATE:20300101\r\nLOCATION:Rome, Italy\r\n"
    b"URL:https://partner.example/m/1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_event_page_shows_its_sources_with_links() -> None:
    partner = make_organization("PARTNER")
    source = make_feed_source("partner-meetings", "https://partner.example/a.ics", organization=partner)
    import_feed(FEED, reader=parse_ics, organization=partner, location="a.ics", source=source, by=SYSTEM)

    event = Event.objects.get(uid="s1")
    text = Client().get(event.get_absolute_url()).content.decode()
    assert '<h2 id="sources-heading">Sources</h2>' in text
    assert '<a href="https://partner.example/m/1">partner-meetings</a>' in text
    local = make_event(title="Synthetic local meeting")
    assert "sources-heading" not in Client().get(local.get_absolute_url()).content.decode()


def test_internal_harvested_event_and_its_sources_stay_hidden() -> None:
    partner = make_organization("PARTNER")
    import_feed(FEED, reader=parse_ics, organization=partner, location="a.ics", by=SYSTEM)

    event = Event.objects.get(uid="s1")
    Event.objects.filter(pk=event.pk).update(visibility="internal")
    assert Client().get(event.get_absolute_url()).status_code == 404
    assert "Synthetic sourced meeting" not in Client().get("/embed/events/", {"from": "2029-01-01"}).content.decode()
