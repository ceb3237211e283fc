"""Writing events with a token: the same services, permissions, validation and conflict protection as
the event form. All data is synthetic."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from synergies.calendar.models import Event
from synergies.directory.models import Organization
from synergies.testing import bearer, make_event, make_organization, make_user

pytestmark = pytest.mark.django_db


def new_event(organization: Organization, **fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "title": "Synthetic API workshop",
        "start_date": "2031-02-10",
        "end_date": "2031-02-12",
        "timezone": "Africa/Dakar",
        "city": "Dakar",
        "country": "SN",
        "kind": "workshop",
        "organizers": [{"acronym": organization.acronym, "role": "lead"}],
        "topics": ["mercury"],
        "instruments": ["minamata"],
        "target_regions": ["africa"],
        "languages": ["en", "fr"],
        "links": [{"kind": "documents", "title": "Documents", "url": "https://example.org/docs"}],
        "internal_notes": "Synthetic note",
        "contact_email": "someone@example.org",
    }
    payload.update(fields)
    return payload


def post(client: Client, path: str, payload: dict[str, Any], auth: dict[str, Any], method: str = "post") -> Any:
    return getattr(client, method)(path, payload, content_type="application/json", **auth)


def test_an_editor_creates_an_event_with_history(
    api: Client, editor: Any, editor_auth: dict[str, Any], organization: Organization
) -> None:
    answer = post(api, "/api/v1/events", new_event(organization), editor_auth)
    assert answer.status_code == 201, answer.content
    item = answer.json()
    assert item["title"] == "Synthetic API workshop" and item["version"] == 1
    assert item["organizers"][0]["acronym"] == organization.acronym
    assert item["topics"] == ["mercury"] and item["country"] == "SN"
    assert item["internal_notes"] == "Synthetic note"  # an editor is staff
    event = Event.objects.get(pk=item["id"])
    record = event.history.latest()
    assert record.history_user == editor and record.history_change_reason == "Created"
    assert event.links.get().url == "https://example.org/docs"


def test_writes_need_a_token(api: Client, organization: Organization) -> None:
    answer = post(api, "/api/v1/events", new_event(organization), {})
    assert answer.status_code == 401
    assert "Authorization: Bearer" in answer.json()["detail"]
    assert Event.objects.count() == 0


def test_staff_who_edit_nothing_cannot_create(
    api: Client, staff_auth: dict[str, Any], organization: Organization
) -> None:
    answer = post(api, "/api/v1/events", new_event(organization), staff_auth)
    assert answer.status_code == 403
    assert answer.json()["detail"] == "Only editors of an organization can add events."


def test_an_editor_cannot_write_for_another_organization(api: Client, editor_auth: dict[str, Any]) -> None:
    stranger = make_organization("STRANGER")
    answer = post(api, "/api/v1/events", new_event(stranger), editor_auth)
    assert answer.status_code == 403 and "STRANGER" in answer.json()["detail"]
    theirs = make_event(lead_organizers=[stranger], title="Synthetic stranger meeting")
    for method, path, payload in (
        ("patch", f"/api/v1/events/{theirs.pk}", {"version": 1, "title": "Hijacked"}),
        ("put", f"/api/v1/events/{theirs.pk}", new_event(stranger, version=1)),
        ("post", f"/api/v1/events/{theirs.pk}/cancel", {"version": 1}),
        ("post", f"/api/v1/events/{theirs.pk}/postpone", {"version": 1}),
    ):
        refused = post(api, path, payload, editor_auth, method)
        assert refused.status_code == 403, (method, path)
        assert refused.json()["detail"] == "You may edit only the events of the organizations you are an editor for."
    theirs.refresh_from_db()
    assert (theirs.title, theirs.version, theirs.status) == ("Synthetic stranger meeting", 1, "confirmed")


def test_validation_errors_name_each_field_and_write_nothing(
    api: Client, editor_auth: dict[str, Any], organization: Organization
) -> None:
    payload = new_event(
        organization,
        title=" ",
        start_date="2031-02-12",
        end_date="2031-02-10",
        topics=["mercury", "no-such-topic"],
        website="not a url",
        languages=["xx"],
    )
    answer = post(api, "/api/v1/events", payload, editor_auth)
    assert answer.status_code == 422
    errors = {error["loc"][1]: error["msg"] for error in answer.json()["detail"]}
    assert set(errors) == {"topics", "website"}  # references and addresses are checked first
    assert "no-such-topic" in errors["topics"]
    payload = new_event(organization, title=" ", start_date="2031-02-12", end_date="2031-02-10", languages=["xx"])
    errors = {e["loc"][1]: e["msg"] for e in post(api, "/api/v1/events", payload, editor_auth).json()["detail"]}
    assert set(errors) == {"title", "end_date", "languages"}
    assert errors["title"] == "An event needs a title."
    assert "before it starts" in errors["end_date"]
    schema_error = post(api, "/api/v1/events", new_event(organization, start_date="2031-02-31"), editor_auth)
    assert schema_error.status_code == 422
    assert schema_error.json()["detail"][0]["loc"] == ["body", "payload", "start_date"]
    assert Event.objects.count() == 0


def test_partial_and_full_updates_and_the_version(
    api: Client, editor: Any, editor_auth: dict[str, Any], organization: Organization
) -> None:
    event = make_event(
        lead_organizers=[organization], title="Synthetic to change", description="Kept", internal_notes="Kept note"
    )
    patched = post(
        api,
        f"/api/v1/events/{event.pk}",
        {"version": 1, "title": "Synthetic changed", "end_date": "2030-03-08"},
        editor_auth,
        "patch",
    )
    assert patched.status_code == 200, patched.content
    item = patched.json()
    assert (item["title"], item["description"], item["version"]) == ("Synthetic changed", "Kept", 2)
    assert (item["start_date"], item["end_date"]) == ("2030-03-04", "2030-03-08")
    assert item["internal_notes"] == "Kept note"

    replaced = post(
        api,
        f"/api/v1/events/{event.pk}",
        new_event(organization, version=2, internal_notes=None, visibility="public"),
        editor_auth,
        "put",
    )
    assert replaced.status_code == 200, replaced.content
    item = replaced.json()
    assert (item["title"], item["description"], item["internal_notes"], item["version"]) == (
        "Synthetic API workshop",
        "",
        "",
        3,
    )
    assert item["uid"] == event.uid
    assert [r.history_user for r in Event.objects.get(pk=event.pk).history.all()[:2]] == [editor, editor]


def test_a_stale_version_is_refused_with_409_and_the_current_version(
    api: Client, editor_auth: dict[str, Any], organization: Organization
) -> None:
    event = make_event(lead_organizers=[organization], title="Synthetic contested")
    moved = post(api, f"/api/v1/events/{event.pk}", {"version": 1, "city": "Bern"}, editor_auth, "patch")
    assert moved.status_code == 200
    stale = post(api, f"/api/v1/events/{event.pk}", {"version": 1, "title": "Lost update"}, editor_auth, "patch")
    assert stale.status_code == 409
    body = stale.json()
    assert body["current_version"] == 2 and "changed by someone else" in body["detail"]
    event.refresh_from_db()
    assert (event.title, event.city, event.version) == ("Synthetic contested", "Bern", 2)
    assert post(api, f"/api/v1/events/{event.pk}", {"title": "x"}, editor_auth, "patch").status_code == 422


def test_cancel_and_postpone(api: Client, editor_auth: dict[str, Any], organization: Organization) -> None:
    event = make_event(lead_organizers=[organization])
    postponed = post(
        api,
        f"/api/v1/events/{event.pk}/postpone",
        {"version": 1, "start_date": "2030-04-01", "end_date": "2030-04-03"},
        editor_auth,
    )
    assert postponed.status_code == 200, postponed.content
    assert (postponed.json()["status"], postponed.json()["start_date"]) == ("postponed", "2030-04-01")
    half = post(api, f"/api/v1/events/{event.pk}/postpone", {"version": 2, "end_date": "2030-04-05"}, editor_auth)
    assert half.status_code == 422
    cancelled = post(api, f"/api/v1/events/{event.pk}/cancel", {"version": 2, "note": "Synthetic reason"}, editor_auth)
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert "Synthetic reason" in cancelled.json()["internal_notes"]
    assert post(api, f"/api/v1/events/{event.pk}/cancel", {"version": 2}, editor_auth).status_code == 409


def test_an_editor_keeps_one_of_their_organizations(api: Client, organization: Organization) -> None:
    partner = make_organization("PARTNERY")
    user = make_user("two-hats", editor_of=organization)
    auth = bearer(user)
    event = make_event(lead_organizers=[organization], co_organizers=[partner])
    answer = post(
        api,
        f"/api/v1/events/{event.pk}",
        {"version": 1, "organizers": [{"acronym": "PARTNERY", "role": "lead"}]},
        auth,
        "patch",
    )
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["body", "organizers"]


def test_an_organization_is_named_once(api: Client, editor_auth: dict[str, Any], organization: Organization) -> None:
    twice = [{"acronym": organization.acronym, "role": "lead"}, {"acronym": organization.acronym, "role": "co"}]
    answer = post(api, "/api/v1/events", new_event(organization, organizers=twice), editor_auth)
    assert answer.status_code == 422
    assert answer.json()["detail"] == [
        {
            "loc": ["body", "organizers"],
            "type": "invalid",
            "msg": f"Name each organization once: {organization.acronym}.",
        }
    ]


def test_unknown_events_are_404_for_writes(api: Client, editor_auth: dict[str, Any]) -> None:
    assert post(api, "/api/v1/events/999999", {"version": 1}, editor_auth, "patch").status_code == 404


def test_a_timed_event_through_the_api(api: Client, editor_auth: dict[str, Any], organization: Organization) -> None:
    payload = new_event(
        organization,
        all_day=False,
        start_date=None,
        end_date=None,
        start_at="2031-03-01T09:00:00",
        end_at="2031-03-01T17:30:00",
        timezone="Europe/Zurich",
        city="Geneva",
        country="CH",
    )
    answer = post(api, "/api/v1/events", payload, editor_auth)
    assert answer.status_code == 201, answer.content
    item = answer.json()
    assert (item["start_at"], item["end_at"]) == ("2031-03-01T09:00:00+01:00", "2031-03-01T17:30:00+01:00")
    missing = post(api, "/api/v1/events", new_event(organization, all_day=False), editor_auth)
    assert {e["loc"][1] for e in missing.json()["detail"]} == {"start_at", "end_at"}


def test_token_writes_need_no_csrf_token_and_sessions_do_not_write(
    editor_client: Client, editor_auth: dict[str, Any], organization: Organization
) -> None:
    strict = Client(enforce_csrf_checks=True)
    assert post(strict, "/api/v1/events", new_event(organization), editor_auth).status_code == 201
    # A signed-in browser session is not a token: a page elsewhere cannot write with a visitor's cookie.
    assert post(editor_client, "/api/v1/events", new_event(organization), {}).status_code == 401
