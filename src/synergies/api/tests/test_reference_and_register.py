"""Reference data and the register through the API: every list, its envelope, its queries, and the
register's internal fields only for staff. All data is synthetic."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from synergies.calendar.models import Event
from synergies.directory.models import Body, Country, Instrument, Region, Topic
from synergies.register import services as register
from synergies.testing import bearer, make_activity, make_area, make_event, make_mandate, make_organization, make_user

pytestmark = pytest.mark.django_db

LISTS = (
    "organizations",
    "instruments",
    "bodies",
    "topics",
    "regions",
    "countries",
    "areas",
    "activities",
    "mandates",
    "focal-points",
)


@pytest.fixture
def register_data() -> dict[str, Any]:
    lead = make_organization("REGLEAD", country=Country.objects.get(code="CH"))
    area = make_area(name="Synthetic area of cooperation")
    internal = make_event(title="Synthetic internal meeting", visibility=Event.Visibility.INTERNAL)
    public = make_event(title="Synthetic public meeting")
    activity = make_activity(
        area=area, lead_organizations=[lead], internal_notes="SECRET-ACTIVITY-NOTE", events=[internal, public]
    )
    mandate = make_mandate(title="Synthetic decision", meeting=internal)
    register.create_or_update_focal_point(
        organization=lead,
        name="Synthetic Person",
        area=area,
        role="focal point",
        mandate=mandate,
        email="synthetic.person@example.org",
        phone="+41 00 000 00 00",
    )
    return {"area": area, "activity": activity, "mandate": mandate, "internal": internal, "public": public}


def test_every_list_answers_the_paginated_envelope(api: Client, register_data: dict[str, Any]) -> None:
    for name in LISTS:
        answer = api.get(f"/api/v1/{name}?page_size=1")
        assert answer.status_code == 200, name
        page = answer.json()
        assert set(page) == {"count", "page", "page_size", "next", "previous", "items"}, name
        assert page["count"] >= 1 and len(page["items"]) == 1, name
        assert (page["next"] is not None) == (page["count"] > 1), name


def test_reference_lists_use_the_stable_keys(api: Client) -> None:
    make_organization("KEYORG", country=Country.objects.get(code="KE"))
    assert api.get("/api/v1/organizations").json()["items"][0]["acronym"] == "KEYORG"
    assert api.get("/api/v1/instruments").json()["count"] == Instrument.objects.count()
    codes = [item["code"] for item in api.get("/api/v1/bodies?page_size=500").json()["items"]]
    assert sorted(codes) == sorted(Body.objects.values_list("code", flat=True))
    assert {item["slug"] for item in api.get("/api/v1/topics?page_size=500").json()["items"]} >= {"mercury"}
    assert api.get("/api/v1/regions").json()["count"] == Region.objects.count()
    countries = api.get("/api/v1/countries?page_size=500").json()
    assert countries["count"] == Country.objects.count()
    senegal = next(item for item in countries["items"] if item["code"] == "SN")
    assert "africa" in senegal["regions"]
    assert api.get("/api/v1/topics").json()["count"] == Topic.objects.count()


def test_the_register_hides_internal_fields_without_a_staff_token(
    api: Client, register_data: dict[str, Any], staff_auth: dict[str, Any]
) -> None:
    internal, public = register_data["internal"], register_data["public"]
    for headers in ({}, bearer(make_user("outsider"))):
        activities = api.get("/api/v1/activities", **headers)
        assert "SECRET-ACTIVITY-NOTE" not in activities.content.decode()
        assert "internal_notes" not in activities.json()["items"][0]
        assert activities.json()["items"][0]["event_ids"] == [public.pk]
        points = api.get("/api/v1/focal-points", **headers)
        body = points.content.decode()
        assert "synthetic.person@example.org" not in body and "+41 00" not in body
        point = points.json()["items"][0]
        assert (point["name"], point["organization"], point["role"]) == ("Synthetic Person", "REGLEAD", "focal point")
        assert not {"email", "phone", "notes"} & set(point)
        assert api.get("/api/v1/mandates", **headers).json()["items"][0]["meeting_id"] is None
    activity = api.get("/api/v1/activities", **staff_auth).json()["items"][0]
    assert activity["internal_notes"] == "SECRET-ACTIVITY-NOTE"
    assert activity["event_ids"] == sorted([internal.pk, public.pk])
    point = api.get("/api/v1/focal-points", **staff_auth).json()["items"][0]
    assert (point["email"], point["phone"]) == ("synthetic.person@example.org", "+41 00 000 00 00")
    assert api.get("/api/v1/mandates", **staff_auth).json()["items"][0]["meeting_id"] == internal.pk


@pytest.mark.parametrize("name", LISTS)
def test_a_list_page_costs_a_constant_number_of_queries(api: Client, name: str) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert api.get(f"/api/v1/{name}?page_size=500").status_code == 200
        return len(captured)

    def add_rows() -> None:
        organization = make_organization(country=Country.objects.get(code="CH"))
        area = make_area()
        make_activity(area=area, lead_organizations=[organization], events=[make_event()])
        mandate = make_mandate()
        register.create_or_update_focal_point(
            organization=organization, name="Synthetic P", area=area, role="r", mandate=mandate
        )

    add_rows()
    before = queries()
    for _ in range(3):
        add_rows()
    assert queries() == before
