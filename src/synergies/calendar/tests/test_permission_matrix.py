"""Who may write what in the calendar (``calendar/permissions.py``), as a table: every role × every write
path (service call, HTML form, admin action) × two events, with the expected answer in the table.

The events: ``E`` is led by LEADORG with COORG as co-organizer; ``F`` is led by OTHERORG. The roles:
anonymous, the editor of LEADORG (``editor``), the editor of OTHERORG (``other_editor``), the editor of
the co-organizer COORG (``co_editor``), a staff member without an edit role, an administrator, and
``SYSTEM``. Every refused write leaves the database as it was (versions, fields, organizers,
participation, back-to-back links and history). All data is synthetic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.test import Client
from django.urls import reverse

from synergies.calendar import services
from synergies.calendar.models import Event, EventOrganizer, Participation
from synergies.calendar.services import EventData, ParticipationData
from synergies.calendar.tests.test_editing_forms import new_event_values, submit
from synergies.core.actors import SYSTEM
from synergies.directory.models import Country, Organization
from synergies.testing import event_data, make_event, make_organization, make_user
from synergies.testing.matrix import expect_write

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "editor", "other_editor", "co_editor", "staff", "administrator", "system")


@dataclass
class World:
    organizations: dict[str, Organization]
    users: dict[str, Any]
    events: dict[str, Event]

    def event(self, name: str) -> Event:
        return Event.objects.with_related().get(pk=self.events[name].pk)


def build_world() -> World:
    """The organizations, roles and two events every permission matrix of the calendar uses."""
    lead, co, other = make_organization("LEADORG"), make_organization("COORG"), make_organization("OTHERORG")
    users: dict[str, Any] = {
        "anonymous": AnonymousUser(),
        "editor": make_user("lead-editor", editor_of=lead),
        "other_editor": make_user("other-editor", editor_of=other),
        "co_editor": make_user("co-editor", editor_of=co),
        "staff": make_user("staff-member", is_staff=True),
        "administrator": make_user("administrator", is_superuser=True, is_staff=True),
        "system": SYSTEM,
    }
    events = {
        "E": make_event(title="Synthetic meeting E", lead_organizers=[lead], co_organizers=[co]),
        "F": make_event(
            title="Synthetic meeting F",
            lead_organizers=[other],
            start=date(2032, 6, 1),
            end=date(2032, 6, 2),
            city="Nairobi",
            country=Country.objects.get(code="KE"),
        ),
    }
    return World({"LEADORG": lead, "COORG": co, "OTHERORG": other}, users, events)


@pytest.fixture
def world() -> World:
    return build_world()


def snapshot() -> tuple[Any, ...]:
    """Everything a calendar write could change."""
    return (
        sorted(Event.objects.values_list("pk", "version", "title", "status", "start_date", "end_date")),
        Event.history.count(),
        sorted(EventOrganizer.objects.values_list("event_id", "organization_id", "role")),
        sorted(Participation.objects.values_list("event_id", "organization_id", "role", "status")),
        Event.back_to_back_with.through.objects.count(),
    )


# --- The tables -------------------------------------------------------------------------------------

#: Editing, cancelling and postponing an event, and its participation: (role, event, allowed).
CHANGE_EVENT = [
    ("anonymous", "E", False),
    ("anonymous", "F", False),
    ("editor", "E", True),
    ("editor", "F", False),
    ("other_editor", "E", False),
    ("other_editor", "F", True),
    ("co_editor", "E", True),
    ("co_editor", "F", False),
    ("staff", "E", False),
    ("staff", "F", False),
    ("administrator", "E", True),
    ("administrator", "F", True),
    ("system", "E", True),
    ("system", "F", True),
]

#: Adding an event led by an organization: (role, lead organization, allowed).
CREATE_EVENT = [
    ("anonymous", "LEADORG", False),
    ("editor", "LEADORG", True),
    ("editor", "OTHERORG", False),
    ("other_editor", "LEADORG", False),
    ("other_editor", "OTHERORG", True),
    ("co_editor", "LEADORG", False),
    ("co_editor", "COORG", True),
    ("staff", "LEADORG", False),
    ("administrator", "LEADORG", True),
    ("administrator", "OTHERORG", True),
    ("system", "OTHERORG", True),
]

#: Recording E and F as back-to-back: (role, allowed).
LINK = [
    ("anonymous", False),
    ("editor", True),
    ("other_editor", True),
    ("co_editor", True),
    ("staff", False),
    ("administrator", True),
    ("system", True),
]


def expect(allowed: bool, write: Callable[[], object], state: Callable[[], object] = snapshot) -> None:
    """Run ``write``: it succeeds (and changes ``state``) when ``allowed``; otherwise it is refused
    (``PermissionDenied``) and ``state`` stays as it was."""
    expect_write(allowed, write, state)


# --- Service calls ------------------------------------------------------------------------------------


def _change_writes(event: Event, by: Any) -> dict[str, Any]:
    data = EventData.from_event(event)
    lead = event.event_organizers.get(role=EventOrganizer.Role.LEAD).organization
    return {
        "update_event": lambda: services.update_event(
            event, replace(data, title="Synthetic meeting, renamed"), expected_version=event.version, by=by
        ),
        "cancel_event": lambda: services.cancel_event(event, expected_version=event.version, by=by),
        "postpone_event": lambda: services.postpone_event(
            event, expected_version=event.version, by=by, new_start=date(2033, 1, 10), new_end=date(2033, 1, 11)
        ),
        "create_participation": lambda: services.create_participation(
            event, ParticipationData(organization=lead, person="Synthetic Person"), by=by
        ),
    }


@pytest.mark.parametrize("write", ["update_event", "cancel_event", "postpone_event", "create_participation"])
@pytest.mark.parametrize(("role", "target", "allowed"), CHANGE_EVENT)
def test_service_changes_of_an_event(world: World, write: str, role: str, target: str, allowed: bool) -> None:
    expect(allowed, _change_writes(world.event(target), world.users[role])[write])


def test_participation_changes_and_removals_follow_the_same_rule(world: World) -> None:
    event = world.event("E")
    mine = services.create_participation(
        event, ParticipationData(organization=world.organizations["LEADORG"]), by=SYSTEM
    )
    token = services.participation_token(mine)
    for role, allowed in (("other_editor", False), ("staff", False), ("anonymous", False), ("co_editor", True)):
        by = world.users[role]
        data = ParticipationData(organization=world.organizations["LEADORG"], status=Participation.Status.CONFIRMED)
        if allowed:
            services.update_participation(mine, data, expected_token=token, by=by)
            token = services.participation_token(Participation.objects.get(pk=mine.pk))
        else:
            expect(False, lambda: services.update_participation(mine, data, expected_token=token, by=by))  # noqa: B023
            expect(False, lambda: services.delete_participation(mine, expected_token=token, by=by))  # noqa: B023
    expect(True, lambda: services.delete_participation(mine, expected_token=token, by=world.users["editor"]))


@pytest.mark.parametrize(("role", "lead", "allowed"), CREATE_EVENT)
def test_service_creates_an_event(world: World, role: str, lead: str, allowed: bool) -> None:
    data = event_data(title="Synthetic new meeting", lead_organizers=[world.organizations[lead]])
    expect(allowed, lambda: services.create_event(data, by=world.users[role]))


@pytest.mark.parametrize(("role", "allowed"), LINK)
def test_service_links_back_to_back(world: World, role: str, allowed: bool) -> None:
    expect(allowed, lambda: services.link_back_to_back(world.event("E"), world.event("F"), by=world.users[role]))


def test_a_write_without_an_actor_is_refused(world: World) -> None:
    event = world.event("E")
    with pytest.raises(TypeError):
        services.cancel_event(event, expected_version=event.version, by=None)  # type: ignore[arg-type]


# --- The HTML forms ------------------------------------------------------------------------------------


def client_for(user: Any) -> Client:
    client = Client()
    if getattr(user, "pk", None) is not None:
        client.force_login(user)
    return client


def _refused_status(role: str, refused: int) -> int:
    return 302 if role == "anonymous" else refused


HTML_CHANGE = [(role, target, allowed) for role, target, allowed in CHANGE_EVENT if role != "system"]


@pytest.mark.parametrize("page", ["event_edit", "event_cancel", "event_postpone"])
@pytest.mark.parametrize(("role", "target", "allowed"), HTML_CHANGE)
def test_html_forms_change_an_event(world: World, page: str, role: str, target: str, allowed: bool) -> None:
    event = world.event(target)
    client = client_for(world.users[role])
    url = reverse(f"calendar:{page}", args=[event.pk])
    before = snapshot()
    if not allowed:
        response = client.post(url, {"version": str(event.version), "title": "Forged"})
        assert response.status_code == _refused_status(role, 403)
        assert snapshot() == before
        return
    if page == "event_edit":
        response = submit(client, url, title="Synthetic meeting, renamed")
    else:
        response = client.post(url, {"version": str(event.version), "note": ""})
    assert response.status_code == 302 and response["Location"] == event.get_absolute_url()
    assert snapshot() != before


#: The event form at ``/events/new/``: (role, lead organization, status code); 400 is a refusal at the
#: field "Lead organizers" (the form offers only the organizations one edits for).
HTML_CREATE = [
    ("anonymous", "LEADORG", 302),
    ("editor", "LEADORG", 302),
    ("editor", "OTHERORG", 400),
    ("other_editor", "LEADORG", 400),
    ("other_editor", "OTHERORG", 302),
    ("co_editor", "LEADORG", 400),
    ("co_editor", "COORG", 302),
    ("staff", "LEADORG", 403),
    ("administrator", "LEADORG", 302),
    ("administrator", "OTHERORG", 302),
]


@pytest.mark.parametrize(("role", "lead", "status"), HTML_CREATE)
def test_html_form_creates_an_event(world: World, role: str, lead: str, status: int) -> None:
    before = Event.objects.count(), Event.history.count()
    response = client_for(world.users[role]).post(
        reverse("calendar:event_create"), new_event_values(lead_organizers=[lead])
    )
    assert response.status_code == status
    created = status == 302 and role != "anonymous"
    assert (Event.objects.count(), Event.history.count()) == ((before[0] + 1, before[1] + 1) if created else before)


# --- The admin's action ---------------------------------------------------------------------------------

ADMIN_CANCEL = [(role, target, allowed) for role, target, allowed in CHANGE_EVENT if role != "system"]


@pytest.mark.parametrize(("role", "target", "allowed"), ADMIN_CANCEL)
def test_admin_action_cancels_the_selected_events(world: World, role: str, target: str, allowed: bool) -> None:
    """Every signed-in role is made a data steward (staff who may view events in the admin) here, so
    the action itself decides."""
    user = world.users[role]
    if role != "anonymous":
        user.is_staff = True
        user.save()
        user.user_permissions.add(Permission.objects.get(codename="view_event"))
    event = world.event(target)
    before = snapshot()
    response = client_for(user).post(
        reverse("admin:calendar_event_changelist"), {"action": "cancel_selected", "_selected_action": [str(event.pk)]}
    )
    assert response.status_code == 302
    event.refresh_from_db()
    if allowed:
        assert (event.status, event.version) == ("cancelled", 2)
    else:
        assert snapshot() == before
