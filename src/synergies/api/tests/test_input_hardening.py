"""Issue 15, faults 1, 2 and 8: input that once broke the calendar for everyone is refused, naming the
field, and changes nothing. All data is synthetic."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from synergies.calendar.models import Event
from synergies.directory.models import Organization
from synergies.testing import make_event

pytestmark = pytest.mark.django_db


def _fields(answer: Any) -> list[Any]:
    return [item["loc"][-1] for item in answer.json()["detail"]]


def test_a_far_year_is_refused_and_the_calendar_stays_up(
    api: Client, editor_auth: dict[str, Any], organization: Organization
) -> None:
    event = make_event(lead_organizers=[organization], title="Synthetic far year")
    answer = api.patch(
        f"/api/v1/events/{event.pk}",
        {"version": event.version, "end_date": "4414-10-27"},
        content_type="application/json",
        **editor_auth,
    )
    assert answer.status_code == 422 and "end_date" in _fields(answer)
    event.refresh_from_db()
    assert event.end_date.year < 2200
    assert api.get("/events/").status_code == 200
    assert api.get("/").status_code == 200


def test_an_out_of_range_filter_is_a_400_naming_it(api: Client) -> None:
    answer = api.get("/events/?from=0001-01-01")
    assert answer.status_code == 400
    assert api.get("/api/v1/events?from=0001-01-01").status_code == 422


@pytest.mark.parametrize("field", ["kind", "status", "visibility", "attendance_mode", "date_precision"])
def test_null_for_a_choice_is_refused_and_nothing_is_written(
    api: Client, editor_auth: dict[str, Any], organization: Organization, field: str
) -> None:
    event = make_event(lead_organizers=[organization], title="Synthetic choices")
    before = Event.objects.values().get(pk=event.pk)
    answer = api.patch(
        f"/api/v1/events/{event.pk}",
        {"version": event.version, field: None},
        content_type="application/json",
        **editor_auth,
    )
    assert answer.status_code == 422 and field in _fields(answer)
    assert Event.objects.values().get(pk=event.pk) == before


def test_a_put_without_visibility_is_refused(
    api: Client, editor_auth: dict[str, Any], organization: Organization
) -> None:
    event = make_event(lead_organizers=[organization], title="Synthetic internal", visibility=Event.Visibility.INTERNAL)
    payload = {
        "version": event.version,
        "title": "Synthetic internal",
        "start_date": "2031-02-10",
        "city": "Geneva",
        "organizers": [{"acronym": organization.acronym}],
    }
    answer = api.put(f"/api/v1/events/{event.pk}", payload, content_type="application/json", **editor_auth)
    assert answer.status_code == 422 and "visibility" in _fields(answer)
    event.refresh_from_db()
    assert event.visibility == Event.Visibility.INTERNAL


def test_deeply_nested_json_is_a_plain_400(api: Client, editor_auth: dict[str, Any]) -> None:
    body = "[" * 100_000 + "]" * 100_000
    answer = api.post("/api/v1/events", body, content_type="application/json", **editor_auth)
    assert answer.status_code == 400
    assert isinstance(answer.json()["detail"], str)  # the API's error shape, no traceback
