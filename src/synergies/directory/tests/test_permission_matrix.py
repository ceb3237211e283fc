"""Who may write the directory (``directory/permissions.py``), as a table: every role × every write path
(service call, admin) × entries of the directory, with the expected answer in the table.

The entries: the organization OWNORG, another organization OTHERORG, a person of each, and a country.
The roles: anonymous, the editor of OWNORG (``editor``), the editor of OTHERORG (``other_editor``), a
staff member without an edit role, an administrator, and ``SYSTEM``. The directory is reference data:
administrators and ``SYSTEM`` write it; nobody else, not even an organization's editors their own
organization's entry (decision 0303). The directory has no pages or API that write; its commands are
``migrate``'s reference-data sync, which acts as ``SYSTEM``. Every refused write leaves the database as
it was. All data is synthetic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.db import models
from django.test import Client
from django.urls import reverse

from synergies.core.actors import SYSTEM
from synergies.directory import services
from synergies.directory.models import Country, Organization, Person, Topic
from synergies.testing import country, make_organization, make_person, make_user
from synergies.testing.matrix import expect_write

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "editor", "other_editor", "staff", "administrator", "system")
WRITERS = ("administrator", "system")


@dataclass
class World:
    users: dict[str, Any]
    entries: dict[str, models.Model]

    def entry(self, name: str) -> Any:
        entry = self.entries[name]
        return type(entry)._default_manager.get(pk=entry.pk)


@pytest.fixture
def world() -> World:
    own, other = make_organization("OWNORG"), make_organization("OTHERORG")
    users: dict[str, Any] = {
        "anonymous": AnonymousUser(),
        "editor": make_user("own-editor", editor_of=own),
        "other_editor": make_user("other-editor", editor_of=other),
        "staff": make_user("staff-member", is_staff=True),
        "administrator": make_user("administrator", is_superuser=True, is_staff=True),
        "system": SYSTEM,
    }
    entries: dict[str, models.Model] = {
        "own_organization": own,
        "other_organization": other,
        "own_person": make_person("Synthetic Own Person", organization=own),
        "other_person": make_person("Synthetic Other Person", organization=other),
        "country": country("KE"),
    }
    return World(users, entries)


def snapshot() -> tuple[Any, ...]:
    """Everything a directory write could change."""
    return (
        sorted(Organization.objects.values_list("pk", "acronym", "name", "city")),
        sorted(Person.objects.values_list("pk", "name", "position", "organization_id")),
        sorted(Country.objects.values_list("pk", "code", "name")),
        sorted(Topic.objects.values_list("pk", "slug", "name")),
    )


def expect(allowed: bool, write: Callable[[], object]) -> None:
    """The write succeeds and changes the database when ``allowed``; otherwise it is refused and changes nothing."""
    expect_write(allowed, write, snapshot)


# --- The table --------------------------------------------------------------------------------------

ENTRIES = ("own_organization", "other_organization", "own_person", "other_person", "country")

#: Changing an entry of the directory: (role, entry, allowed). Reference data: administrators and SYSTEM.
CHANGE = [(role, entry, role in WRITERS) for role in ROLES for entry in ENTRIES]

#: Adding an entry, and the reference-data sync: (role, allowed).
ADD = [(role, role in WRITERS) for role in ROLES]


# --- Service calls ------------------------------------------------------------------------------------


def _renamed(entry: Any) -> Any:
    entry.name = f"{entry.name} (renamed, synthetic)"
    return entry


@pytest.mark.parametrize(("role", "entry", "allowed"), CHANGE)
def test_service_changes_an_entry(world: World, role: str, entry: str, allowed: bool) -> None:
    expect(allowed, lambda: services.save_entry(_renamed(world.entry(entry)), by=world.users[role]))


@pytest.mark.parametrize(("role", "entry", "allowed"), [row for row in CHANGE if row[1] != "country"])
def test_service_deletes_an_entry(world: World, role: str, entry: str, allowed: bool) -> None:
    target = world.entry(entry)
    if isinstance(target, Organization):
        Person.objects.filter(organization=target).delete()  # the database protects an organization with people
    expect(allowed, lambda: services.delete_entry(target, by=world.users[role]))


@pytest.mark.parametrize(("role", "allowed"), ADD)
def test_service_adds_entries(world: World, role: str, allowed: bool) -> None:
    by = world.users[role]
    expect(allowed, lambda: services.save_entry(Organization(acronym="NEWORG", name="Synthetic new org"), by=by))
    expect(allowed, lambda: services.save_entry(Topic(slug="synthetic-new", name="Synthetic new topic"), by=by))


@pytest.mark.parametrize(("role", "allowed"), ADD)
def test_the_reference_data_sync(world: World, role: str, allowed: bool) -> None:
    kenya = world.entry("country")
    kenya.name = "Synthetic misspelt Kenya"
    services.save_entry(kenya, by=SYSTEM)
    expect(allowed, lambda: services.sync_reference_data(by=world.users[role]))
    assert world.entry("country").name == ("Kenya" if allowed else "Synthetic misspelt Kenya")


def test_a_write_without_an_actor_is_refused(world: World) -> None:
    before = snapshot()
    for write in (
        lambda: services.sync_reference_data(by=None),  # type: ignore[arg-type]
        lambda: services.save_entry(_renamed(world.entry("own_organization")), by=None),  # type: ignore[arg-type]
        lambda: services.delete_entry(world.entry("own_person"), by=None),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError):
            write()
    assert snapshot() == before


def test_only_directory_entries_are_saved_here(world: World) -> None:
    with pytest.raises(TypeError):
        services.save_entry(world.users["administrator"], by=SYSTEM)


# --- The admin --------------------------------------------------------------------------------------

MODEL_PERMISSIONS = [
    f"{verb}_{model}" for verb in ("view", "add", "change", "delete") for model in ("organization", "person", "country")
]


def admin_client(world: World, role: str) -> Client:
    """Every signed-in role is made a data steward (staff who, by Django's model permissions, may view,
    add, change and delete directory entries) here, so the admin's own rule decides."""
    user = world.users[role]
    client = Client()
    if role != "anonymous":
        user.is_staff = True
        user.save()
        user.user_permissions.add(*Permission.objects.filter(codename__in=MODEL_PERMISSIONS))
        client.force_login(user)
    return client


def _form(entry: Any, **changes: str) -> dict[str, str]:
    if isinstance(entry, Organization):
        values = {"name": entry.name, "kind": entry.kind, "city": entry.city, "website": entry.website}
    elif isinstance(entry, Person):
        values = {"name": entry.name, "position": entry.position, "organization": str(entry.organization_id)}
    else:
        values = {"name": entry.name}
    values.update(changes)
    return {key: value for key, value in values.items() if value}


def _url(entry: Any, page: str) -> str:
    opts = entry._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{page}", args=[entry.pk])


ADMIN_CHANGE = [row for row in CHANGE if row[0] != "system"]


@pytest.mark.parametrize(("role", "entry", "allowed"), ADMIN_CHANGE)
def test_admin_changes_an_entry(world: World, role: str, entry: str, allowed: bool) -> None:
    client, target = admin_client(world, role), world.entry(entry)
    before = snapshot()
    response = client.post(_url(target, "change"), _form(target, name="Synthetic renamed"))
    if allowed:
        assert response.status_code == 302
        assert world.entry(entry).name == "Synthetic renamed"
    else:
        assert response.status_code == (302 if role == "anonymous" else 403)
        assert snapshot() == before


@pytest.mark.parametrize(("role", "entry", "allowed"), [row for row in ADMIN_CHANGE if row[1] != "country"])
def test_admin_deletes_an_entry(world: World, role: str, entry: str, allowed: bool) -> None:
    client, target = admin_client(world, role), world.entry(entry)
    if isinstance(target, Organization):
        Person.objects.filter(organization=target).delete()
    before = snapshot()
    response = client.post(_url(target, "delete"), {"post": "yes"})
    if allowed:
        assert response.status_code == 302
        assert not type(target)._default_manager.filter(pk=target.pk).exists()
    else:
        assert response.status_code == (302 if role == "anonymous" else 403)
        assert snapshot() == before


@pytest.mark.parametrize(("role", "allowed"), [row for row in ADD if row[0] != "system"])
def test_admin_adds_an_organization(world: World, role: str, allowed: bool) -> None:
    client, before = admin_client(world, role), snapshot()
    response = client.post(
        reverse("admin:directory_organization_add"), {"acronym": "NEWORG", "name": "Synthetic new", "kind": "other"}
    )
    if allowed:
        assert response.status_code == 302
        assert Organization.objects.filter(acronym="NEWORG").exists()
    else:
        assert response.status_code == (302 if role == "anonymous" else 403)
        assert snapshot() == before


@pytest.mark.parametrize("role", ["editor", "other_editor", "staff"])
def test_the_admin_shows_entries_read_only_to_other_staff(world: World, role: str) -> None:
    client = admin_client(world, role)
    page = client.get(_url(world.entry("own_organization"), "change"))
    assert page.status_code == 200
    assert b'name="name"' not in page.content  # shown, not editable
    assert client.get(reverse("admin:directory_organization_changelist")).status_code == 200


@pytest.mark.parametrize(("role", "allowed"), [row for row in ADD if row[0] != "system"])
def test_admin_deletes_the_selected_people(world: World, role: str, allowed: bool) -> None:
    """The changelist's "Delete selected" goes through ``services.delete_entry``, all or nothing."""
    people = [world.entries["own_person"].pk, world.entries["other_person"].pk]
    client, before = admin_client(world, role), snapshot()
    client.post(
        reverse("admin:directory_person_changelist"),
        {"action": "delete_selected", "_selected_action": [str(pk) for pk in people], "post": "yes"},
    )
    assert Person.objects.filter(pk__in=people).exists() is not allowed
    if not allowed:
        assert snapshot() == before
