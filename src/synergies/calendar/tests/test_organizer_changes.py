"""Who may change an event's organizers (docs/decisions/0301-who-may-change-organizers.md; issue 15,
fault 4): editors of a lead organizer may; a co-organizer's editor edits the other fields, may add
co-organizers, and neither changes the leads nor removes an organizer. All data is synthetic."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from synergies.accounts.models import Membership
from synergies.calendar.models import Event
from synergies.calendar.services import EventData, update_event
from synergies.calendar.tests.test_editing_forms import errors_at, submit
from synergies.directory.models import Organization
from synergies.testing import bearer, make_event, make_organization, make_user

pytestmark = pytest.mark.django_db

KEEP_ORGANIZERS = (
    "Only editors of a lead organizer can change the lead organizers or remove an organizer; "
    "you may change the other fields."
)


@pytest.fixture
def lead() -> Organization:
    return make_organization("LEADORG")


@pytest.fixture
def partner() -> Organization:
    return make_organization("COORG")


@pytest.fixture
def event(lead: Organization, partner: Organization) -> Event:
    return make_event(title="Synthetic jointly organized meeting", lead_organizers=[lead], co_organizers=[partner])


@pytest.fixture
def co_editor(partner: Organization) -> Any:
    return make_user("co-editor", editor_of=partner)


def organizers(event: Event) -> list[tuple[str, str]]:
    return [(link.organization.acronym, link.role) for link in event.event_organizers.order_by("role", "position")]


def test_a_co_organizers_editor_cannot_drop_the_lead(event: Event, partner: Organization, co_editor: Any) -> None:
    data = replace(EventData.from_event(event), lead_organizers=[partner], co_organizers=[])
    with pytest.raises(PermissionDenied, match="Only editors of a lead organizer"):
        update_event(event, data, expected_version=1, by=co_editor)
    event.refresh_from_db()
    assert event.version == 1 and organizers(event) == [("COORG", "co"), ("LEADORG", "lead")]
    assert event.history.count() == 1


def test_a_co_organizers_editor_cannot_remove_another_co_organizer(
    event: Event, lead: Organization, partner: Organization
) -> None:
    other = make_organization("OTHERCO")
    user = make_user("co-editor-2", editor_of=partner)
    event = make_event(lead_organizers=[lead], co_organizers=[partner, other])
    with pytest.raises(PermissionDenied):
        update_event(event, replace(EventData.from_event(event), co_organizers=[partner]), expected_version=1, by=user)


def test_a_co_organizers_editor_edits_the_other_fields_and_may_add_a_co_organizer(
    event: Event, partner: Organization, co_editor: Any
) -> None:
    own = make_organization("OWNCO")
    Membership.objects.create(user=co_editor, organization=own, role=Membership.Role.EDITOR)
    data = replace(EventData.from_event(event), title="Synthetic meeting, renamed", co_organizers=[partner, own])
    update_event(event, data, expected_version=1, by=co_editor)
    event.refresh_from_db()
    assert event.title == "Synthetic meeting, renamed"
    assert organizers(event) == [("COORG", "co"), ("OWNCO", "co"), ("LEADORG", "lead")]


def test_a_leads_editor_may_remove_a_co_organizer(event: Event, lead: Organization) -> None:
    user = make_user("lead-editor", editor_of=lead)
    update_event(event, replace(EventData.from_event(event), co_organizers=[]), expected_version=1, by=user)
    event.refresh_from_db()
    assert organizers(event) == [("LEADORG", "lead")]


def test_the_form_refuses_it_at_the_lead_organizers(event: Event, co_editor: Any) -> None:
    client = Client()
    client.force_login(co_editor)
    response = submit(
        client, reverse("calendar:event_edit", args=[event.pk]), lead_organizers=["COORG"], co_organizers=None
    )
    assert response.status_code == 400
    assert errors_at(response, "lead_organizers") == [KEEP_ORGANIZERS]
    event.refresh_from_db()
    assert event.version == 1


def test_the_api_refuses_the_patch_of_the_issue(event: Event, co_editor: Any) -> None:
    answer = Client().patch(
        f"/api/v1/events/{event.pk}",
        {"version": 1, "organizers": [{"acronym": "COORG"}]},
        content_type="application/json",
        **bearer(co_editor),
    )
    assert answer.status_code == 403
    assert answer.json()["detail"] == KEEP_ORGANIZERS
    event.refresh_from_db()
    assert event.version == 1 and organizers(event) == [("COORG", "co"), ("LEADORG", "lead")]
