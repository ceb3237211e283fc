"""Nothing internal reaches an anonymous reader of the public pages.

An internal event is absent from the home page, the agenda, the month grid, the year overview and
search results, and its own page is 404; a public event's internal notes, contact and participation
never appear in any HTML. Staff, for contrast, do see them. All data here is synthetic.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.utils import timezone

from synergies.calendar.models import Event
from synergies.calendar.services import link_back_to_back
from synergies.core.actors import SYSTEM
from synergies.directory.models import Instrument
from synergies.testing import make_event, make_participation

pytestmark = pytest.mark.django_db

YEAR = timezone.localdate().year + 1
SECRETS = (
    "Synthetic secret note",
    "Synthetic Secret Contact",
    "secret-contact@example.org",
    "Synthetic secret participant",
    "Synthetic secret participation note",
)


@pytest.fixture
def events(db: None) -> dict[str, Event]:
    minamata = Instrument.objects.get(code="minamata")
    public = make_event(
        title="Synthetic public meeting",
        instruments=[minamata],
        start=date(YEAR, 6, 2),
        end=date(YEAR, 6, 4),
        internal_notes=SECRETS[0],
        contact_name=SECRETS[1],
        contact_email=SECRETS[2],
    )
    first_organizer = public.event_organizers.first()
    assert first_organizer is not None
    make_participation(public, first_organizer.organization, person=SECRETS[3], notes=SECRETS[4])
    internal = make_event(
        title="Synthetic hush meeting",
        visibility=Event.Visibility.INTERNAL,
        instruments=[minamata],
        start=date(YEAR, 6, 3),
        end=date(YEAR, 6, 3),
    )
    internal_side = make_event(
        title="Synthetic hush side event",
        visibility=Event.Visibility.INTERNAL,
        parent=public,
        start=date(YEAR, 6, 3),
        end=date(YEAR, 6, 3),
    )
    link_back_to_back(public, internal, by=SYSTEM)
    public_side_of_internal = make_event(
        title="Synthetic public side event",
        parent=internal,
        start=date(YEAR, 6, 3),
        end=date(YEAR, 6, 3),
    )
    return {
        "public": public,
        "internal": internal,
        "internal_side": internal_side,
        "public_side": public_side_of_internal,
    }


def public_pages(events: dict[str, Event]) -> list[str]:
    return [
        "/",
        "/events/",
        "/events/?instrument=minamata",
        "/events/?q=hush",
        "/events/?q=synthetic",
        f"/events/?from={YEAR}-06-01&to={YEAR}-06-30",
        f"/events/?view=month&month={YEAR}-06",
        f"/events/?view=year&year={YEAR}",
        f"/events/{events['public'].pk}/",
        f"/events/{events['public_side'].pk}/",
    ]


def test_anonymous_readers_never_see_internal_events(client: Client, events: dict[str, Event]) -> None:
    for url in public_pages(events):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "Synthetic hush" not in html, url
        assert f"/events/{events['internal'].pk}/" not in html, url
        assert "Internal" not in html, url
    assert client.get(f"/events/{events['internal'].pk}/").status_code == 404
    assert client.get(f"/events/{events['internal_side'].pk}/").status_code == 404


def test_anonymous_readers_never_see_internal_fields(client: Client, events: dict[str, Event]) -> None:
    for url in public_pages(events):
        html = client.get(url).content.decode()
        for secret in SECRETS:
            assert secret not in html, (url, secret)


def test_search_finds_nothing_internal(client: Client, events: dict[str, Event]) -> None:
    html = client.get("/events/?q=hush").content.decode()
    assert "0 events" in html


def test_staff_see_internal_events_and_fields(staff_client: Client, events: dict[str, Event]) -> None:
    html = staff_client.get(f"/events/?from={YEAR}-06-01&to={YEAR}-06-30").content.decode()
    assert "Synthetic hush meeting" in html
    assert '<span class="badge badge-internal">Internal</span>' in html
    page = staff_client.get(f"/events/{events['public'].pk}/").content.decode()
    for secret in SECRETS:
        assert secret in page
    assert "Synthetic hush side event" in page
    assert staff_client.get(f"/events/{events['internal'].pk}/").status_code == 200
