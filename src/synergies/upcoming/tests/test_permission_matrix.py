"""Who may write what in the periodic list's checklist (``upcoming/permissions.py``), as a table: every role ×
every write path (service call, HTML form, admin) × the checklist items of their own and of others, with the
expected answer in the table.

The events: ``E`` is a COP led by LEADORG, in which PARTORG takes part; ``F`` is a COP led by OTHERORG. The
communication items: ``E/LEADORG`` and ``E/PARTORG`` on E, ``F/OTHERORG`` on F. The roles: anonymous, the editor
of E's organizer (``organizer_editor``), the editor of OTHERORG (``other_editor``), the editor of the
participating organization (``participant_editor``), a staff member without an edit role, an administrator,
and ``SYSTEM``. Every refused write leaves the database as it was (items, marks, notes, versions, history).
All data is synthetic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from synergies.calendar.models import Event
from synergies.calendar.services import ParticipationData, create_participation
from synergies.core.actors import SYSTEM
from synergies.directory.models import Body, Instrument, Organization
from synergies.testing import make_communication, make_event, make_organization, make_user
from synergies.upcoming import checklist, permissions, queries, services
from synergies.upcoming.models import CommunicationItem, EventChecklist
from synergies.upcoming.services import CommunicationData

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "organizer_editor",
    "other_editor",
    "participant_editor",
    "staff",
    "administrator",
    "system",
)


@dataclass
class World:
    organizations: dict[str, Organization]
    users: dict[str, Any]
    events: dict[str, Event]
    items: dict[str, CommunicationItem]

    def event(self, name: str) -> Event:
        return Event.objects.with_related().get(pk=self.events[name].pk)

    def item(self, name: str) -> CommunicationItem:
        return CommunicationItem.objects.select_related("event", "organization").get(pk=self.items[name].pk)

    def key(self, name: str) -> str:
        """A checklist item's key: ``document``, or ``attend:PARTORG`` ("No one confirmed from PARTORG")."""
        if name.startswith("attend:"):
            return f"{checklist.ATTEND_PREFIX}{self.organizations[name.removeprefix('attend:')].pk}"
        return name


def _cop(title: str, lead: Organization) -> Event:
    return make_event(
        title=title,
        kind=Event.Kind.COP,
        lead_organizers=[lead],
        instruments=[Instrument.objects.get(code="basel")],
        bodies=[Body.objects.get(code="bc-cop")],
    )


def build_world() -> World:
    """The organizations, roles, two COPs and three communication items every matrix here uses."""
    lead = make_organization("LEADORG", kind=Organization.Kind.SECRETARIAT)
    part = make_organization("PARTORG", kind=Organization.Kind.UNEP_DIVISION)
    other = make_organization("OTHERORG", kind=Organization.Kind.SECRETARIAT)
    users: dict[str, Any] = {
        "anonymous": AnonymousUser(),
        "organizer_editor": make_user("organizer-editor", editor_of=lead),
        "other_editor": make_user("other-editor", editor_of=other),
        "participant_editor": make_user("participant-editor", editor_of=part),
        "staff": make_user("staff-member", is_staff=True),
        "administrator": make_user("administrator", is_superuser=True, is_staff=True),
        "system": SYSTEM,
    }
    events = {"E": _cop("Synthetic COP E", lead), "F": _cop("Synthetic COP F", other)}
    create_participation(events["E"], ParticipationData(organization=part, person="Synthetic officer"), by=SYSTEM)
    items = {
        "E/LEADORG": make_communication(events["E"], lead, title="Synthetic story of LEADORG"),
        "E/PARTORG": make_communication(events["E"], part, title="Synthetic story of PARTORG"),
        "F/OTHERORG": make_communication(events["F"], other, title="Synthetic story of OTHERORG"),
    }
    return World({"LEADORG": lead, "PARTORG": part, "OTHERORG": other}, users, events, items)


@pytest.fixture
def world() -> World:
    return build_world()


def snapshot() -> tuple[Any, ...]:
    """Everything a checklist write could change."""
    return (
        sorted(
            CommunicationItem.objects.values_list("pk", "event_id", "organization_id", "title", "status", "version")
        ),
        sorted(EventChecklist.objects.values_list("event_id", "version", "not_needed", "notes")),
        CommunicationItem.history.count(),
        EventChecklist.history.count(),
    )


def expect(allowed: bool, write: Callable[[], object]) -> None:
    """Run ``write``: it succeeds (and changes the snapshot) when ``allowed``; otherwise it is refused
    (``PermissionDenied``) and nothing changes."""
    before = snapshot()
    if allowed:
        write()
        assert snapshot() != before
    else:
        with pytest.raises(PermissionDenied):
            write()
        assert snapshot() == before


# --- The tables -------------------------------------------------------------------------------------

#: Adding, changing and removing a communication item: (role, item — event/organization, allowed).
COMMUNICATION = [
    ("anonymous", "E/LEADORG", False),
    ("anonymous", "E/PARTORG", False),
    ("anonymous", "F/OTHERORG", False),
    ("organizer_editor", "E/LEADORG", True),
    ("organizer_editor", "E/PARTORG", True),  # an editor of the event's organizers fills in every line
    ("organizer_editor", "F/OTHERORG", False),
    ("other_editor", "E/LEADORG", False),
    ("other_editor", "E/PARTORG", False),
    ("other_editor", "F/OTHERORG", True),
    ("participant_editor", "E/LEADORG", False),
    ("participant_editor", "E/PARTORG", True),  # its own organization's part in E
    ("participant_editor", "F/OTHERORG", False),
    ("staff", "E/LEADORG", False),
    ("staff", "E/PARTORG", False),
    ("staff", "F/OTHERORG", False),
    ("administrator", "E/LEADORG", True),
    ("administrator", "E/PARTORG", True),
    ("administrator", "F/OTHERORG", True),
    ("system", "E/LEADORG", True),
    ("system", "E/PARTORG", True),
    ("system", "F/OTHERORG", True),
]

#: Marking a checklist item "not needed": (role, event, item key, allowed). ``attend:PARTORG`` is
#: "No one confirmed from PARTORG", which PARTORG's editors may mark too.
NOT_NEEDED = [
    ("anonymous", "E", "document", False),
    ("anonymous", "E", "attend:PARTORG", False),
    ("anonymous", "F", "document", False),
    ("organizer_editor", "E", "document", True),
    ("organizer_editor", "E", "attend:PARTORG", True),
    ("organizer_editor", "F", "document", False),
    ("other_editor", "E", "document", False),
    ("other_editor", "E", "attend:PARTORG", False),
    ("other_editor", "F", "document", True),
    ("participant_editor", "E", "document", False),
    ("participant_editor", "E", "attend:PARTORG", True),
    ("participant_editor", "F", "document", False),
    ("staff", "E", "document", False),
    ("staff", "E", "attend:PARTORG", False),
    ("staff", "F", "document", False),
    ("administrator", "E", "document", True),
    ("administrator", "E", "attend:PARTORG", True),
    ("administrator", "F", "document", True),
    ("system", "E", "document", True),
    ("system", "E", "attend:PARTORG", True),
    ("system", "F", "document", True),
]

#: The coordination notes of an event: (role, event, allowed).
NOTES = [
    ("anonymous", "E", False),
    ("anonymous", "F", False),
    ("organizer_editor", "E", True),
    ("organizer_editor", "F", False),
    ("other_editor", "E", False),
    ("other_editor", "F", True),
    ("participant_editor", "E", False),  # taking part is not organizing: the notes are the organizers'
    ("participant_editor", "F", False),
    ("staff", "E", False),
    ("staff", "F", False),
    ("administrator", "E", True),
    ("administrator", "F", True),
    ("system", "E", True),
    ("system", "F", True),
]

#: Seeing the periodic list (and so its exports and the digest built from it): (role, allowed).
VIEW_LIST = [
    ("anonymous", False),
    ("organizer_editor", True),
    ("other_editor", True),
    ("participant_editor", True),
    ("staff", True),
    ("administrator", True),
    ("system", True),
]


def _organization_of(world: World, item: str) -> Organization:
    return world.organizations[item.split("/")[1]]


def _event_of(world: World, item: str) -> Event:
    return world.event(item.split("/")[0])


# --- Service calls ------------------------------------------------------------------------------------


def _communication_writes(world: World, target: str, by: Any) -> dict[str, Callable[[], object]]:
    item = world.item(target)
    data = CommunicationData(organization=item.organization, title="Synthetic story, renamed")
    return {
        "create_communication": lambda: services.create_communication(
            _event_of(world, target),
            CommunicationData(organization=_organization_of(world, target), title="Synthetic new story"),
            by=by,
        ),
        "update_communication": lambda: services.update_communication(item, data, expected_version=item.version, by=by),
        "delete_communication": lambda: services.delete_communication(item, expected_version=item.version, by=by),
    }


@pytest.mark.parametrize("write", ["create_communication", "update_communication", "delete_communication"])
@pytest.mark.parametrize(("role", "target", "allowed"), COMMUNICATION)
def test_service_writes_of_communication_items(world: World, write: str, role: str, target: str, allowed: bool) -> None:
    expect(allowed, _communication_writes(world, target, world.users[role])[write])
    assert (
        permissions.can_edit_for_event(world.users[role], _event_of(world, target), _organization_of(world, target))
        is allowed
    )


def test_an_item_cannot_be_moved_to_an_organization_one_does_not_edit_for(world: World) -> None:
    """Changing an item checks the organization it has and the one it gets."""
    item = world.item("E/PARTORG")
    moved = CommunicationData(organization=world.organizations["OTHERORG"], title=item.title)
    by = world.users["participant_editor"]
    expect(False, lambda: services.update_communication(item, moved, expected_version=item.version, by=by))


@pytest.mark.parametrize(("role", "event", "key", "allowed"), NOT_NEEDED)
def test_service_marks_not_needed(world: World, role: str, event: str, key: str, allowed: bool) -> None:
    by, target = world.users[role], world.event(event)
    expect(allowed, lambda: services.mark_not_needed(target, world.key(key), expected_version=0, by=by))
    assert permissions.can_mark(by, target, world.key(key)) is allowed


@pytest.mark.parametrize(("role", "event", "allowed"), NOTES)
def test_service_sets_the_notes(world: World, role: str, event: str, allowed: bool) -> None:
    by, target = world.users[role], world.event(event)
    expect(allowed, lambda: services.set_checklist_notes(target, "Synthetic notes", expected_version=0, by=by))


@pytest.mark.parametrize(("role", "allowed"), VIEW_LIST)
def test_who_may_read_the_list(world: World, role: str, allowed: bool) -> None:
    read = lambda: queries.build_periodic_list(viewer=world.users[role], start=world.events["E"].start_date)  # noqa: E731
    if allowed:
        assert "Synthetic COP E" in [item.event.title for item in read().items]
    else:
        with pytest.raises(PermissionDenied):
            read()


def test_no_actor_is_refused_not_trusted(world: World) -> None:
    """``None`` is not the system: every write and the list refuse it (``TypeError``) and change nothing."""
    event, item = world.event("E"), world.item("E/LEADORG")
    data = CommunicationData(organization=world.organizations["LEADORG"], title="Synthetic story")
    before = snapshot()
    calls: list[Callable[[], object]] = [
        lambda: services.create_communication(event, data, by=None),  # type: ignore[arg-type]
        lambda: services.update_communication(item, data, expected_version=item.version, by=None),  # type: ignore[arg-type]
        lambda: services.delete_communication(item, expected_version=item.version, by=None),  # type: ignore[arg-type]
        lambda: services.mark_not_needed(event, "document", expected_version=0, by=None),  # type: ignore[arg-type]
        lambda: services.set_checklist_notes(event, "Synthetic", expected_version=0, by=None),  # type: ignore[arg-type]
        lambda: queries.build_periodic_list(viewer=None, start=event.start_date),  # type: ignore[arg-type]
        lambda: permissions.require_staff(None),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(TypeError):
            call()
    assert snapshot() == before


# --- The HTML forms ------------------------------------------------------------------------------------

HTML_ROLES = [role for role in ROLES if role != "system"]


def client_for(user: Any) -> Client:
    client = Client()
    if getattr(user, "pk", None) is not None:
        client.force_login(user)
    return client


def _refused(role: str, status: int) -> int:
    """Anonymous visitors are sent to sign in (302); signed-in people are refused with ``status``."""
    return 302 if role == "anonymous" else status


def _post(world: World, role: str, url: str, values: dict[str, Any], allowed: bool, refused: int) -> None:
    before = snapshot()
    response = client_for(world.users[role]).post(url, {**values, "next": reverse("upcoming:list")})
    if allowed:
        assert response.status_code == 302 and response["Location"] == reverse("upcoming:list")
        assert snapshot() != before
    else:
        assert response.status_code == _refused(role, refused)
        if role == "anonymous":
            assert response["Location"].startswith(reverse("accounts:login"))
        assert snapshot() == before


HTML_COMMUNICATION = [row for row in COMMUNICATION if row[0] != "system"]


@pytest.mark.parametrize(("role", "target", "allowed"), HTML_COMMUNICATION)
def test_html_form_adds_a_communication_item(world: World, role: str, target: str, allowed: bool) -> None:
    """A refused organization is not among the form's choices: 400 at the field."""
    url = reverse("upcoming:communication_add", args=[world.events[target.split("/")[0]].pk])
    values = {
        "organization": _organization_of(world, target).pk,
        "kind": CommunicationItem.Kind.PRESS_RELEASE,
        "title": "Synthetic new story",
        "status": CommunicationItem.Status.PLANNED,
    }
    _post(world, role, url, values, allowed, refused=400)


@pytest.mark.parametrize(("role", "target", "allowed"), HTML_COMMUNICATION)
def test_html_form_changes_a_communication_item(world: World, role: str, target: str, allowed: bool) -> None:
    item = world.item(target)
    values = {
        "organization": item.organization_id,
        "kind": item.kind,
        "title": "Synthetic story, renamed",
        "status": item.status,
        "version": item.version,
    }
    _post(world, role, reverse("upcoming:communication_edit", args=[item.pk]), values, allowed, refused=403)


@pytest.mark.parametrize(("role", "target", "allowed"), HTML_COMMUNICATION)
def test_html_form_removes_a_communication_item(world: World, role: str, target: str, allowed: bool) -> None:
    item = world.item(target)
    url = reverse("upcoming:communication_remove", args=[item.pk])
    _post(world, role, url, {"version": item.version}, allowed, refused=403)


@pytest.mark.parametrize(("role", "event", "key", "allowed"), [row for row in NOT_NEEDED if row[0] != "system"])
def test_html_form_marks_not_needed(world: World, role: str, event: str, key: str, allowed: bool) -> None:
    url = reverse("upcoming:not_needed", args=[world.events[event].pk])
    _post(world, role, url, {"key": world.key(key), "not_needed": "1", "version": 0}, allowed, refused=403)


@pytest.mark.parametrize(("role", "event", "allowed"), [row for row in NOTES if row[0] != "system"])
def test_html_form_sets_the_notes(world: World, role: str, event: str, allowed: bool) -> None:
    url = reverse("upcoming:notes", args=[world.events[event].pk])
    _post(world, role, url, {"notes": "Synthetic notes", "version": 0}, allowed, refused=403)


# --- The admin: read-only for everyone -------------------------------------------------------------------


@pytest.mark.parametrize("role", HTML_ROLES)
def test_the_admin_changes_nothing_in_the_checklist(world: World, role: str) -> None:
    """Communication items and checklists are read-only in the admin (decision 0302): even an
    administrator, or a steward given Django's change and delete permissions, changes nothing there."""
    user = world.users[role]
    if role != "anonymous":
        user.is_staff = True
        user.save()
        for codename in ("view", "change", "delete"):
            user.user_permissions.add(Permission.objects.get(codename=f"{codename}_communicationitem"))
    services.set_checklist_notes(world.event("E"), "Synthetic notes", expected_version=0, by=SYSTEM)
    item, stored = world.item("E/LEADORG"), EventChecklist.objects.get(event=world.events["E"])
    client = client_for(user)
    before = snapshot()
    change = client.post(
        reverse("admin:upcoming_communicationitem_change", args=[item.pk]),
        {"title": "Forged", "kind": item.kind, "status": item.status, "organization": item.organization_id},
    )
    delete = client.post(reverse("admin:upcoming_communicationitem_delete", args=[item.pk]), {"post": "yes"})
    notes = client.post(reverse("admin:upcoming_eventchecklist_change", args=[stored.pk]), {"notes": "Forged"})
    add = client.post(reverse("admin:upcoming_communicationitem_add"), {"title": "Forged"})
    expected = 302 if role == "anonymous" else 403
    assert [change.status_code, delete.status_code, notes.status_code, add.status_code] == [expected] * 4
    assert snapshot() == before
    if role != "anonymous":  # still readable
        assert client.get(reverse("admin:upcoming_communicationitem_change", args=[item.pk])).status_code == 200
