"""Participation in the admin goes through the calendar's services: the same rule as the checklist, history kept.

Every user here is a data steward (staff with Django's add/change/delete permissions on participation),
so what decides is ``permissions.may_edit_participation``: editors of the participating organization and
editors of the event's organizers. All data is synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from synergies.calendar.models import Event, Participation
from synergies.directory.models import Organization
from synergies.testing import make_event, make_organization, make_participation, make_user

pytestmark = pytest.mark.django_db


def steward(username: str, **roles: Any) -> Any:
    user = make_user(username, is_staff=True, **roles)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_participation", "change_participation", "delete_participation"])
    )
    return user


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def setting() -> dict[str, Any]:
    lead, taking_part, other = make_organization("LEADORG"), make_organization("PARTORG"), make_organization("OTHERORG")
    event = make_event(title="Synthetic meeting", lead_organizers=[lead])
    return {
        "event": event,
        "orgs": {"lead": lead, "taking_part": taking_part, "other": other},
        "participation": make_participation(event, taking_part, person="Synthetic Person"),
        "users": {
            "lead_editor": steward("lead-editor", editor_of=lead),
            "part_editor": steward("part-editor", editor_of=taking_part),
            "other_editor": steward("other-editor", editor_of=other),
        },
    }


def form_values(event: Event, organization: Organization, **overrides: str) -> dict[str, Any]:
    values = {"event": str(event.pk), "organization": str(organization.pk), "person": "Synthetic Person"}
    values |= {"role": Participation.Role.STATEMENT, "status": Participation.Status.CONFIRMED, "notes": ""}
    return values | overrides


@pytest.mark.parametrize(("role", "allowed"), [("lead_editor", True), ("part_editor", True), ("other_editor", False)])
def test_changing_a_participation_in_the_admin_follows_the_checklist_rule(
    setting: dict[str, Any], role: str, allowed: bool
) -> None:
    participation: Participation = setting["participation"]
    url = reverse("admin:calendar_participation_change", args=[participation.pk])
    history_before = participation.history.count()
    response = client_for(setting["users"][role]).post(
        url, form_values(setting["event"], setting["orgs"]["taking_part"], person="Changed Person")
    )
    participation.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert (participation.person, participation.role) == ("Changed Person", Participation.Role.STATEMENT)
        latest = participation.history.order_by("-history_id").first()
        assert latest is not None
        assert (latest.history_user, latest.history_change_reason) == (
            setting["users"][role],
            "Edited in the checklist",
        )
    else:
        assert response.status_code == 403
        assert (participation.person, participation.history.count()) == ("Synthetic Person", history_before)


def test_adding_for_an_organization_one_may_not_speak_for_is_refused_with_a_form_error(setting: dict[str, Any]) -> None:
    user = setting["users"]["part_editor"]
    url = reverse("admin:calendar_participation_add")
    refused = client_for(user).post(url, form_values(setting["event"], setting["orgs"]["other"]))
    assert refused.status_code == 200
    assert "Only editors of OTHERORG" in refused.content.decode()
    assert not Participation.objects.filter(organization=setting["orgs"]["other"]).exists()

    added = client_for(user).post(url, form_values(setting["event"], setting["orgs"]["taking_part"], person="Second"))
    assert added.status_code == 302
    created = Participation.objects.get(person="Second")
    assert created.history.get().history_change_reason == "Added to the checklist"


@pytest.mark.parametrize(("role", "allowed"), [("lead_editor", True), ("other_editor", False)])
def test_deleting_in_the_admin_follows_the_rule_and_keeps_history(
    setting: dict[str, Any], role: str, allowed: bool
) -> None:
    participation: Participation = setting["participation"]
    client = client_for(setting["users"][role])
    single = client.post(reverse("admin:calendar_participation_delete", args=[participation.pk]), {"post": "yes"})
    bulk = client.post(
        reverse("admin:calendar_participation_changelist"),
        {"action": "delete_selected", "_selected_action": [str(participation.pk)], "post": "yes"},
    )
    exists = Participation.objects.filter(pk=participation.pk).exists()
    assert exists is not allowed
    if allowed:
        assert single.status_code == 302
        assert Participation.history.filter(id=participation.pk, history_type="-").count() == 1
    else:
        assert (single.status_code, bulk.status_code) == (403, 403)


def test_an_old_version_cannot_be_reverted_to_in_the_admin(setting: dict[str, Any]) -> None:
    participation: Participation = setting["participation"]
    record = participation.history.get()
    url = reverse("admin:calendar_participation_simple_history", args=[participation.pk, record.history_id])
    client = client_for(setting["users"]["lead_editor"])
    assert client.get(url).status_code == 200
    assert client.post(url, form_values(setting["event"], setting["orgs"]["lead"])).status_code == 403
    participation.refresh_from_db()
    assert participation.organization == setting["orgs"]["taking_part"]
