"""GET /api/v1/events and /api/v1/events/{id}: the event contract, every filter, pagination, and
what each caller may see. All data here is synthetic."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from synergies.calendar.models import Event, EventLink
from synergies.calendar.services import LinkData, link_back_to_back
from synergies.core.actors import SYSTEM
from synergies.directory.models import Body, Country, Instrument, Region, Topic
from synergies.testing import aware, bearer, make_event, make_harvest_link, make_organization, make_user

pytestmark = pytest.mark.django_db

CONTRACT_KEYS = {
    "id",
    "uid",
    "version",
    "url",
    "title",
    "description",
    "kind",
    "status",
    "attendance_mode",
    "all_day",
    "date_precision",
    "start_date",
    "end_date",
    "start_at",
    "end_at",
    "timezone",
    "venue",
    "city",
    "country",
    "online_url",
    "organizers",
    "instruments",
    "bodies",
    "topics",
    "target_regions",
    "target_countries",
    "languages",
    "parent_id",
    "back_to_back_ids",
    "website",
    "registration_url",
    "links",
    "sources",
    "updated",
    "display",  # the event in words (calendar/wording.py), decision 0420
}
STAFF_KEYS = {"visibility", "internal_notes", "contact_name", "contact_email"}


def titles(answer: Any) -> list[str]:
    return [item["title"] for item in answer.json()["items"]]


def test_an_event_object_has_exactly_the_contract_keys(api: Any) -> None:
    lead, co = make_organization("LEADX"), make_organization("COX")
    event = make_event(
        title="Synthetic contract meeting",
        lead_organizers=[lead],
        co_organizers=[co],
        instruments=[Instrument.objects.get(code="minamata")],
        bodies=[Body.objects.first()],
        topics=[Topic.objects.get(slug="mercury")],
        target_regions=[Region.objects.get(code="africa")],
        target_countries=[Country.objects.get(code="SN")],
        languages=["en", "fr"],
        website="https://example.org/meeting",
        links=[LinkData(EventLink.Kind.DOCUMENTS, "Documents", "https://example.org/docs")],
    )
    answer = api.get(f"/api/v1/events/{event.pk}")
    assert answer.status_code == 200
    item = answer.json()
    assert set(item) == CONTRACT_KEYS
    assert item["uid"] == event.uid and item["version"] == 1
    assert item["url"] == f"http://testserver/events/{event.pk}/"
    assert (item["start_date"], item["end_date"], item["start_at"]) == ("2030-03-04", "2030-03-06", None)
    assert item["timezone"] == "Europe/Zurich" and item["country"] == "CH" and item["city"] == "Geneva"
    assert item["organizers"] == [
        {"acronym": "LEADX", "name": lead.name, "role": "lead"},
        {"acronym": "COX", "name": co.name, "role": "co"},
    ]
    assert item["instruments"] == ["minamata"] and item["topics"] == ["mercury"]
    assert item["target_regions"] == ["africa"] and item["target_countries"] == ["SN"]
    assert item["bodies"] == [Body.objects.first().code]  # type: ignore[union-attr]
    assert item["languages"] == ["en", "fr"]
    assert item["links"] == [{"kind": "documents", "title": "Documents", "url": "https://example.org/docs"}]
    assert item["updated"].endswith("Z")


def test_timed_events_give_instants_with_the_venue_offset(api: Any) -> None:
    event = make_event(
        all_day=False,
        start=aware(2030, 7, 1, 9, 0, "Africa/Nairobi"),
        end=aware(2030, 7, 1, 18, 0, "Africa/Nairobi"),
        timezone="Africa/Nairobi",
        city="Nairobi",
        country=Country.objects.get(code="KE"),
    )
    item = api.get(f"/api/v1/events/{event.pk}").json()
    assert item["start_at"] == "2030-07-01T09:00:00+03:00" and item["end_at"] == "2030-07-01T18:00:00+03:00"
    assert item["all_day"] is False and item["start_date"] == "2030-07-01"


def test_list_envelope_pages_with_absolute_links_and_totals(api: Any) -> None:
    for day in range(1, 6):
        make_event(title=f"Synthetic paged meeting {day}", start=date(2030, 1, day), end=date(2030, 1, day))
    first = api.get("/api/v1/events?page_size=2&topic=&kind=").json()
    assert (first["count"], first["page"], first["page_size"], first["previous"]) == (5, 1, 2, None)
    assert first["next"].startswith("http://testserver/api/v1/events?") and "page=2" in first["next"]
    assert "page_size=2" in first["next"]
    seen = [item["title"] for item in first["items"]]
    url = first["next"]
    while url:
        page = api.get(url).json()
        assert page["previous"] is not None
        seen += [item["title"] for item in page["items"]]
        url = page["next"]
    assert seen == [f"Synthetic paged meeting {day}" for day in range(1, 6)]
    beyond = api.get("/api/v1/events?page=9&page_size=2").json()
    assert beyond["items"] == [] and beyond["count"] == 5 and beyond["next"] is None


def test_page_size_defaults_to_50_and_is_at_most_500(api: Any) -> None:
    assert api.get("/api/v1/events").json()["page_size"] == 50
    refused = api.get("/api/v1/events?page_size=501")
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["query", "page_size"]


def test_every_filter_of_the_calendar_works(api: Any) -> None:
    brs, other = make_organization("BRSX"), make_organization("OTHERX")
    senegal, kenya = Country.objects.get(code="SN"), Country.objects.get(code="KE")
    mercury = make_event(
        title="Synthetic mercury workshop",
        lead_organizers=[brs],
        kind=Event.Kind.WORKSHOP,
        topics=[Topic.objects.get(slug="mercury")],
        instruments=[Instrument.objects.get(code="minamata")],
        country=senegal,
        city="Dakar",
        timezone="Africa/Dakar",
        start=date(2030, 5, 1),
        end=date(2030, 5, 2),
    )
    make_event(
        title="Synthetic webinar on waste",
        lead_organizers=[other],
        kind=Event.Kind.WEBINAR,
        country=kenya,
        city="Nairobi",
        status=Event.Status.POSTPONED,
        start=date(2030, 9, 1),
        end=date(2030, 9, 1),
    )
    cases = {
        "organizer=BRSX": ["Synthetic mercury workshop"],
        "organizer=BRSX&organizer=OTHERX": ["Synthetic mercury workshop", "Synthetic webinar on waste"],
        "instrument=minamata": ["Synthetic mercury workshop"],
        "topic=mercury": ["Synthetic mercury workshop"],
        "region=africa": ["Synthetic mercury workshop", "Synthetic webinar on waste"],
        "country=KE": ["Synthetic webinar on waste"],
        "kind=webinar": ["Synthetic webinar on waste"],
        "status=postponed": ["Synthetic webinar on waste"],
        "from=2030-06-01": ["Synthetic webinar on waste"],
        "to=2030-06-01": ["Synthetic mercury workshop"],
        "q=mercury dakar": ["Synthetic mercury workshop"],
        "q=nothing-like-this": [],
    }
    for query, expected in cases.items():
        assert titles(api.get(f"/api/v1/events?{query}")) == expected, query
    assert mercury.pk  # the first event of the list


def test_updated_since_reads_only_what_changed(api: Any) -> None:
    old = make_event(title="Synthetic old meeting")
    Event.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=3))
    make_event(title="Synthetic new meeting")
    since = (timezone.now() - timedelta(days=1)).isoformat()
    answer = api.get("/api/v1/events", {"updated_since": since})
    assert titles(answer) == ["Synthetic new meeting"]
    assert api.get("/api/v1/events?updated_since=yesterday").status_code == 422


def test_a_bad_filter_is_refused_with_its_name(api: Any) -> None:
    answer = api.get("/api/v1/events?organizer=NO-SUCH-ORG&from=2030-13-01")
    assert answer.status_code == 422
    errors = {tuple(error["loc"]): error["msg"] for error in answer.json()["detail"]}
    assert set(errors) == {("query", "organizer"), ("query", "from")}
    assert "NO-SUCH-ORG" in errors[("query", "organizer")]
    nul = api.get("/api/v1/events?q=a%00b")
    assert nul.status_code == 422 and nul.json()["detail"][0]["loc"] == ["query", "q"]


def test_internal_events_and_fields_need_a_staff_token(api: Any, staff_auth: dict[str, Any]) -> None:
    public = make_event(
        title="Synthetic public meeting",
        internal_notes="SECRET-NOTE",
        contact_name="SECRET-NAME",
        contact_email="secret@example.org",
    )
    internal = make_event(title="Synthetic internal meeting", visibility=Event.Visibility.INTERNAL)
    side = make_event(title="Synthetic side event", parent=internal, kind=Event.Kind.SIDE_EVENT)
    link_back_to_back(public, internal, by=SYSTEM)
    outsider = bearer(make_user("outsider"))  # a signed-up user of no organization: not staff

    for headers in ({}, outsider):
        listed = api.get("/api/v1/events", **headers)
        assert titles(listed) == ["Synthetic public meeting", "Synthetic side event"]
        body = listed.content.decode()
        for secret in ("SECRET-NOTE", "SECRET-NAME", "secret@example.org", "internal_notes", "visibility"):
            assert secret not in body
        items = {item["title"]: item for item in listed.json()["items"]}
        assert items["Synthetic public meeting"]["back_to_back_ids"] == []
        assert items["Synthetic side event"]["parent_id"] is None
        assert api.get(f"/api/v1/events/{internal.pk}", **headers).status_code == 404

    staff = api.get("/api/v1/events", **staff_auth).json()
    assert staff["count"] == 3
    items = {item["title"]: item for item in staff["items"]}
    assert set(items["Synthetic public meeting"]) >= STAFF_KEYS
    assert items["Synthetic public meeting"]["internal_notes"] == "SECRET-NOTE"
    assert items["Synthetic public meeting"]["contact_email"] == "secret@example.org"
    assert items["Synthetic public meeting"]["back_to_back_ids"] == [internal.pk]
    assert items["Synthetic side event"]["parent_id"] == internal.pk
    assert items["Synthetic internal meeting"]["visibility"] == "internal"
    assert api.get(f"/api/v1/events/{internal.pk}", **staff_auth).status_code == 200
    assert side.pk


def test_sources_credit_the_partners_feeds(api: Any) -> None:
    partner = make_organization("PARTNERX")
    event = make_event(title="Synthetic harvested meeting")
    make_harvest_link(
        event,
        partner,
        source_name="partner-ics",
        remote_uid="remote-1@partner",
        remote_url="https://partner.example.org/meetings/1",
    )
    make_harvest_link(event, partner, source_name="old-feed", remote_uid="remote-2@partner", withdrawn=True)
    item = api.get(f"/api/v1/events/{event.pk}").json()
    assert item["sources"] == [
        {"name": "partner-ics", "organization": "PARTNERX", "url": "https://partner.example.org/meetings/1"}
    ]
    assert "remote-1@partner" not in api.get("/api/v1/events").content.decode()


def test_a_page_costs_the_same_queries_whatever_its_size(api: Any, staff_auth: dict[str, Any]) -> None:
    def queries(page_size: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert api.get(f"/api/v1/events?page_size={page_size}", **staff_auth).status_code == 200
        return len(captured)

    topic = Topic.objects.get(slug="mercury")
    for _number in range(3):
        make_event(topics=[topic], co_organizers=[make_organization()], links=[LinkData("other", "x", "https://e.org")])
    queries(1)  # the token's first use is recorded once
    few = queries(1)
    for _number in range(12):
        make_event(topics=[topic], co_organizers=[make_organization()], links=[LinkData("other", "x", "https://e.org")])
    assert queries(100) == few
    assert few <= 16


def test_public_reads_carry_cors_headers_for_any_origin(api: Any) -> None:
    make_event()
    answer = api.get("/api/v1/events", HTTP_ORIGIN="https://partner.example.org")
    assert answer.status_code == 200
    assert answer["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in answer
    preflight = api.options(
        "/api/v1/events",
        HTTP_ORIGIN="https://partner.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization",
    )
    assert preflight.status_code == 200 and preflight["Access-Control-Allow-Origin"] == "*"
    assert "authorization" in preflight["Access-Control-Allow-Headers"]
    page = api.get("/accounts/tokens/", HTTP_ORIGIN="https://partner.example.org")
    assert "Access-Control-Allow-Origin" not in page
