"""The event page: every public field, related events, "add to my calendar", schema.org JSON-LD,
and what staff and editors see in addition. Every event here is synthetic test data."""

from __future__ import annotations

import json
import re
from datetime import date
from html import unescape
from typing import TYPE_CHECKING

import pytest
from django.test import Client

from synergies.calendar.models import Event, Participation
from synergies.calendar.services import LinkData, link_back_to_back
from synergies.core.actors import SYSTEM
from synergies.directory.models import Body, Country, Instrument, Region, Topic
from synergies.testing import aware, make_event, make_organization, make_participation, make_user

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse

pytestmark = pytest.mark.django_db


def json_ld(response: _MonkeyPatchedWSGIResponse) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture
def cop(db: None) -> Event:
    lead = make_organization("SYNBRS", name="Synthetic secretariat", website="https://secretariat.example.org")
    co = make_organization("SYNCHEM", name="Synthetic chemicals branch")
    return make_event(
        title="Synthetic conference of the parties",
        description="Synthetic description.\nSecond line.",
        kind=Event.Kind.COP,
        lead_organizers=[lead],
        co_organizers=[co],
        instruments=[Instrument.objects.get(code="basel"), Instrument.objects.get(code="stockholm")],
        bodies=[Body.objects.get(code="bc-cop")],
        topics=[Topic.objects.get(slug="pops")],
        target_regions=[Region.objects.get(code="africa")],
        target_countries=[Country.objects.get(code="SN")],
        languages=["en", "fr"],
        venue="Synthetic conference centre",
        city="Geneva",
        country=Country.objects.get(code="CH"),
        start=date(2030, 5, 4),
        end=date(2030, 5, 15),
        website="https://meeting.example.org",
        registration_url="https://register.example.org",
        links=[LinkData("documents", "Synthetic meeting documents", "https://documents.example.org")],
        internal_notes="Synthetic internal note",
        contact_name="Synthetic Contact Person",
        contact_email="contact@example.org",
    )


def test_event_page_shows_every_public_field(client: Client, cop: Event) -> None:
    response = client.get(f"/events/{cop.pk}/")
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "<h1>Synthetic conference of the parties</h1>" in html
    assert '<time datetime="2030-05-04">4–15 May 2030 (all day, Europe/Zurich)</time>' in html
    assert "<p>Synthetic description.<br>Second line.</p>" in html
    assert "Conference of the Parties" in html
    assert "Synthetic conference centre<br>Geneva, " in html
    assert '<a href="/events/?country=CH">Switzerland</a>' in html
    assert '<a href="/events/?organizer=SYNBRS">Synthetic secretariat</a> (SYNBRS) — Lead organizer' in html
    assert '<a href="/events/?organizer=SYNCHEM">Synthetic chemicals branch</a> (SYNCHEM) — Co-organizer' in html
    assert '<a href="/events/?instrument=basel">Basel Convention</a>' in html
    assert '<a href="/events/?instrument=stockholm">Stockholm Convention</a>' in html
    assert "Conference of the Parties to the Basel Convention (BC COP)" in html
    assert '<a href="/events/?topic=pops">Persistent organic pollutants</a>' in html
    assert '<a href="/events/?region=africa">African States</a>' in html
    assert "<li>Senegal</li>" in html
    assert "<dd>English, French</dd>" in html
    assert '<a href="https://meeting.example.org">Meeting page</a>' in html
    assert '<a href="https://register.example.org">Registration</a>' in html
    assert (
        '<a href="https://documents.example.org">Synthetic meeting documents</a> '
        '<span class="link-kind">(Meeting documents)</span>' in html
    )
    assert f'<a class="button" href="/events/{cop.pk}.ics" download>Add to my calendar</a>' in html


def test_event_page_json_ld_is_a_schema_org_event(client: Client, cop: Event) -> None:
    data = json_ld(client.get(f"/events/{cop.pk}/"))
    assert data == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Synthetic conference of the parties",
        "description": "Synthetic description.\nSecond line.",
        "startDate": "2030-05-04",
        "endDate": "2030-05-15",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": "Synthetic conference centre",
            "address": {"@type": "PostalAddress", "addressLocality": "Geneva", "addressCountry": "CH"},
        },
        "organizer": [
            {"@type": "Organization", "name": "Synthetic secretariat", "url": "https://secretariat.example.org"},
            {"@type": "Organization", "name": "Synthetic chemicals branch"},
        ],
        "url": f"http://testserver/events/{cop.pk}/",
        "inLanguage": ["en", "fr"],
    }


def test_json_ld_of_a_timed_online_cancelled_event(client: Client, db: None) -> None:
    event = make_event(
        title="Synthetic webinar",
        all_day=False,
        timezone="Europe/Zurich",
        status=Event.Status.CANCELLED,
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://webinar.example.org",
        city="",
        country=None,
        start=aware(2030, 6, 10, 14, 0, "Europe/Zurich"),
        end=aware(2030, 6, 10, 15, 30, "Europe/Zurich"),
    )
    data = json_ld(client.get(f"/events/{event.pk}/"))
    assert data["startDate"] == "2030-06-10T14:00:00+02:00"
    assert data["endDate"] == "2030-06-10T15:30:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://webinar.example.org"}


def test_json_ld_of_a_hybrid_postponed_event_has_both_places(client: Client, db: None) -> None:
    event = make_event(
        title="Synthetic hybrid meeting",
        status=Event.Status.POSTPONED,
        attendance_mode=Event.AttendanceMode.HYBRID,
        online_url="https://stream.example.org",
        city="Nairobi",
        country=Country.objects.get(code="KE"),
    )
    data = json_ld(client.get(f"/events/{event.pk}/"))
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["location"] == [
        {
            "@type": "Place",
            "name": "Nairobi",
            "address": {"@type": "PostalAddress", "addressLocality": "Nairobi", "addressCountry": "KE"},
        },
        {"@type": "VirtualLocation", "url": "https://stream.example.org"},
    ]


def test_json_ld_keeps_month_precision(client: Client, db: None) -> None:
    event = make_event(
        title="Synthetic regional workshop",
        date_precision=Event.DatePrecision.MONTH,
        start=date(2030, 3, 1),
        end=date(2030, 4, 30),
    )
    data = json_ld(client.get(f"/events/{event.pk}/"))
    assert (data["startDate"], data["endDate"]) == ("2030-03", "2030-04")


def test_json_ld_cannot_be_broken_out_of(client: Client, db: None) -> None:
    title = 'Synthetic </script><script>alert("x")</script> & <!-- meeting'
    event = make_event(title=title, description="</SCRIPT>")
    response = client.get(f"/events/{event.pk}/")
    html = response.content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert found is not None
    block = found.group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["name"] == title
    assert json.loads(block)["description"] == "</SCRIPT>"
    assert "<script>alert" not in html


def test_related_events_side_events_and_back_to_back(client: Client, cop: Event) -> None:
    side = make_event(
        title="Synthetic science fair",
        kind=Event.Kind.SIDE_EVENT,
        parent=cop,
        start=date(2030, 5, 6),
        end=date(2030, 5, 6),
    )
    neighbour = make_event(title="Synthetic regional meeting", start=date(2030, 5, 18), end=date(2030, 5, 19))
    link_back_to_back(cop, neighbour, by=SYSTEM)

    html = client.get(f"/events/{cop.pk}/").content.decode()
    assert "<h3>Side events</h3>" in html
    assert f'<a href="/events/{side.pk}/">Synthetic science fair</a>' in html
    assert "<h3>Held back-to-back with</h3>" in html
    assert f'<a href="/events/{neighbour.pk}/">Synthetic regional meeting</a>' in html

    side_html = client.get(f"/events/{side.pk}/").content.decode()
    assert (
        f'Held during: <a href="/events/{cop.pk}/">Synthetic conference of the parties</a> (4–15 May 2030)' in side_html
    )
    assert (
        f'<a href="/events/{cop.pk}/">Synthetic conference of the parties</a>'
        in client.get(f"/events/{neighbour.pk}/").content.decode()
    )


def test_cancelled_and_postponed_pages_say_so(client: Client, db: None) -> None:
    cancelled = make_event(title="Synthetic cancelled meeting", status=Event.Status.CANCELLED)
    postponed = make_event(title="Synthetic postponed meeting", status=Event.Status.POSTPONED)
    assert "This event has been cancelled." in client.get(f"/events/{cancelled.pk}/").content.decode()
    assert "This event has been postponed." in client.get(f"/events/{postponed.pk}/").content.decode()


def test_timed_event_page_names_the_zone(client: Client, db: None) -> None:
    event = make_event(
        title="Synthetic timed meeting",
        all_day=False,
        timezone="Africa/Nairobi",
        city="Nairobi",
        start=aware(2030, 6, 10, 9, 0, "Africa/Nairobi"),
        end=aware(2030, 6, 10, 17, 0, "Africa/Nairobi"),
    )
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert "10 June 2030, 09:00–17:00 Africa/Nairobi (EAT)" in html
    assert "Times are in Africa/Nairobi, the time zone of the venue." in html


def test_staff_see_the_internal_section(client: Client, staff_client: Client, cop: Event) -> None:
    first_organizer = cop.event_organizers.first()
    assert first_organizer is not None
    organization = first_organizer.organization
    make_participation(
        cop,
        organization,
        person="Synthetic Person",
        role=Participation.Role.STATEMENT,
        notes="Synthetic participation note",
    )
    html = staff_client.get(f"/events/{cop.pk}/").content.decode()
    assert '<h2 id="internal-heading">Internal — staff only</h2>' in html
    assert "Synthetic internal note" in html
    assert 'Synthetic Contact Person <a href="mailto:contact@example.org">contact@example.org</a>' in html
    assert "<td>Synthetic Person</td><td>Deliver a statement</td>" in html
    assert "Synthetic participation note" in html


def test_editors_of_an_organizer_see_the_edit_link(client: Client, cop: Event) -> None:
    edit = f'href="/events/{cop.pk}/edit/"'
    co_organizer = cop.event_organizers.get(role="co").organization
    editor = make_user(editor_of=co_organizer)
    outsider = make_user(editor_of=make_organization())
    client.force_login(editor)
    assert edit in client.get(f"/events/{cop.pk}/").content.decode()
    client.force_login(outsider)
    assert edit not in client.get(f"/events/{cop.pk}/").content.decode()
    client.logout()
    assert edit not in client.get(f"/events/{cop.pk}/").content.decode()


def test_an_unknown_event_is_404(client: Client, db: None) -> None:
    assert client.get("/events/999999/").status_code == 404
