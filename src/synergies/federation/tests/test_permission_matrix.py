"""Who may write what in the federation (``federation/permissions.py``), as a table: every role × every
write path (service call, admin, command, HTTP endpoint) × feeds of two organizations, with the expected
answer in the table.

The organizations: OWNORG, whose feed source ``own`` is, and OTHERORG, whose feed source ``other`` is.
The roles: anonymous, the editor of OWNORG (``editor``), the editor of OTHERORG (``other_editor``), a
staff member without an edit role, an administrator, and ``SYSTEM``. Feed sources, harvests and imports
are for administrators and ``SYSTEM`` only — not for an organization's editors, not even for their own
organization (decision 0303); ``bulk.create_events`` follows the calendar's rule for adding events.
Every refused write leaves the database as it was (sources, runs, provenance, events, history). All
data is synthetic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from synergies.calendar.models import Event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Organization
from synergies.federation import bulk, services
from synergies.federation.formats.ics import parse_ics
from synergies.federation.loopback import serve_feed
from synergies.federation.models import FeedSource, HarvestedEvent, HarvestRun
from synergies.testing import event_data, make_feed_source, make_organization, make_user, synthetic_feed
from synergies.testing.matrix import expect_write

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "editor", "other_editor", "staff", "administrator", "system")
PUBLISHED: dict[str, bytes] = {"feed": synthetic_feed("matrix-1", "matrix-2")}


@dataclass
class World:
    organizations: dict[str, Organization]
    users: dict[str, Any]
    sources: dict[str, FeedSource]

    def source(self, name: str) -> FeedSource:
        return FeedSource.objects.get(pk=self.sources[name].pk)


@pytest.fixture
def feed_url() -> Iterator[str]:
    with serve_feed(PUBLISHED) as url:
        yield url


@pytest.fixture
def world(feed_url: str) -> World:
    own, other = make_organization("OWNORG"), make_organization("OTHERORG")
    users: dict[str, Any] = {
        "anonymous": AnonymousUser(),
        "editor": make_user("own-editor", editor_of=own),
        "other_editor": make_user("other-editor", editor_of=other),
        "staff": make_user("staff-member", is_staff=True),
        "administrator": make_user("administrator", is_superuser=True, is_staff=True),
        "system": SYSTEM,
    }
    sources = {
        "own": make_feed_source("own-feed", feed_url, organization=own, allow_private_addresses=True),
        "other": make_feed_source("other-feed", feed_url, organization=other, allow_private_addresses=True),
    }
    return World({"OWNORG": own, "OTHERORG": other}, users, sources)


def snapshot() -> tuple[Any, ...]:
    """Everything a federation write could change."""
    return (
        sorted(FeedSource.objects.values_list("pk", "name", "url", "active", "every_hours", "last_harvested_at")),
        HarvestRun.objects.count(),
        HarvestedEvent.objects.count(),
        sorted(Event.objects.values_list("pk", "version", "title", "status")),
        Event.history.count(),
    )


def expect(allowed: bool, write: Callable[[], object]) -> None:
    """The write succeeds and changes the database when ``allowed``; otherwise it is refused and changes nothing."""
    expect_write(allowed, write, snapshot)


# --- The tables -------------------------------------------------------------------------------------

#: Feed sources, harvests and imports, for a feed of an organization: (role, feed's organization, allowed).
FEEDS = [
    ("anonymous", "own", False),
    ("anonymous", "other", False),
    ("editor", "own", False),
    ("editor", "other", False),
    ("other_editor", "own", False),
    ("other_editor", "other", False),
    ("staff", "own", False),
    ("staff", "other", False),
    ("administrator", "own", True),
    ("administrator", "other", True),
    ("system", "own", True),
    ("system", "other", True),
]

#: Events created in bulk (a harvest's new events), led by an organization: the calendar's rule for
#: adding events (``calendar.permissions``): (role, lead organization, allowed).
BULK = [
    ("anonymous", "OWNORG", False),
    ("editor", "OWNORG", True),
    ("editor", "OTHERORG", False),
    ("other_editor", "OWNORG", False),
    ("other_editor", "OTHERORG", True),
    ("staff", "OWNORG", False),
    ("administrator", "OWNORG", True),
    ("administrator", "OTHERORG", True),
    ("system", "OTHERORG", True),
]

ORGANIZATION_OF = {"own": "OWNORG", "other": "OTHERORG"}


# --- Service calls ------------------------------------------------------------------------------------


def _writes(world: World, name: str, by: Any) -> dict[str, Callable[[], object]]:
    source = world.source(name)
    organization = world.organizations[ORGANIZATION_OF[name]]

    def change_source() -> None:
        source.every_hours = 12
        services.save_feed_source(source, by=by)

    return {
        "add_feed_source": lambda: services.add_feed_source(
            name=f"{name}-second", url="https://partner.example/b.ics", organization=organization, by=by
        ),
        "save_feed_source": change_source,
        "delete_feed_source": lambda: services.delete_feed_source(source, by=by),
        "harvest": lambda: services.harvest(source, by=by),
        "import_feed": lambda: services.import_feed(
            synthetic_feed("imported-1"), reader=parse_ics, organization=organization, location="a.ics", by=by
        ),
    }


@pytest.mark.parametrize(
    "write", ["add_feed_source", "save_feed_source", "delete_feed_source", "harvest", "import_feed"]
)
@pytest.mark.parametrize(("role", "target", "allowed"), FEEDS)
def test_service_writes_of_feeds(world: World, write: str, role: str, target: str, allowed: bool) -> None:
    expect(allowed, _writes(world, target, world.users[role])[write])


@pytest.mark.parametrize(("role", "allowed"), [(role, role in ("administrator", "system")) for role in ROLES])
def test_a_harvest_writes_its_events_as_the_acting_user(world: World, role: str, allowed: bool) -> None:
    """Refreshing, withdrawing and crediting harvested events are the harvest's writes too."""
    services.harvest(world.source("own"), by=SYSTEM)
    PUBLISHED["feed"] = synthetic_feed("matrix-1")  # matrix-2 is withdrawn on the next harvest
    try:
        expect(allowed, lambda: services.harvest(world.source("own"), by=world.users[role], full=True))
    finally:
        PUBLISHED["feed"] = synthetic_feed("matrix-1", "matrix-2")
    if allowed:
        withdrawn = Event.objects.get(uid="matrix-2")
        assert withdrawn.status == Event.Status.CANCELLED
        record = withdrawn.history.first()
        assert record is not None
        assert record.history_user_id == getattr(world.users[role], "pk", None)


@pytest.mark.parametrize(("role", "lead", "allowed"), BULK)
def test_bulk_creation_follows_the_calendars_rule(world: World, role: str, lead: str, allowed: bool) -> None:
    data = event_data(title="Synthetic bulk meeting", lead_organizers=[world.organizations[lead]])
    expect(allowed, lambda: bulk.create_events([data], by=world.users[role]))
    if allowed:
        record = Event.history.get(title="Synthetic bulk meeting")
        assert record.history_user_id == getattr(world.users[role], "pk", None)


def test_a_write_without_an_actor_is_refused(world: World) -> None:
    source, before = world.source("own"), snapshot()
    for write in (
        lambda: services.harvest(source, by=None),  # type: ignore[arg-type]
        lambda: services.save_feed_source(source, by=None),  # type: ignore[arg-type]
        lambda: services.delete_feed_source(source, by=None),  # type: ignore[arg-type]
        lambda: services.add_feed_source(
            name="x",
            url="https://partner.example/x.ics",
            organization=source.organization,
            by=None,  # type: ignore[arg-type]
        ),
        lambda: services.import_feed(
            synthetic_feed("x"),
            reader=parse_ics,
            organization=source.organization,
            location="x",
            by=None,  # type: ignore[arg-type]
        ),
        lambda: bulk.create_events([], by=None),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError):
            write()
    assert snapshot() == before


# --- The admin --------------------------------------------------------------------------------------


def admin_client(world: World, role: str) -> Client:
    """Every signed-in role is made a data steward (staff who may view and, by Django's model permissions,
    also add, change and delete feed sources) here, so the admin's own rule decides."""
    user = world.users[role]
    client = Client()
    if role != "anonymous":
        user.is_staff = True
        user.save()
        user.user_permissions.add(
            *Permission.objects.filter(
                codename__in=[f"{verb}_feedsource" for verb in ("view", "add", "change", "delete")]
            )
        )
        client.force_login(user)
    return client


ADMIN = [(role, target, allowed) for role, target, allowed in FEEDS if role != "system"]


def _source_form(source: FeedSource, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": source.name,
        "url": source.url,
        "organization": str(source.organization_id),
        "format": source.format,
        "default_timezone": source.default_timezone,
        "every_hours": str(source.every_hours),
        "active": "on" if source.active else "",
        "allow_private_addresses": "on" if source.allow_private_addresses else "",
    }
    values.update(changes)
    return {key: value for key, value in values.items() if value != ""}


@pytest.mark.parametrize(("role", "target", "allowed"), ADMIN)
def test_admin_adds_changes_and_deletes_feed_sources(world: World, role: str, target: str, allowed: bool) -> None:
    client = admin_client(world, role)
    source = world.source(target)
    refused = 302 if role == "anonymous" else 403
    before = snapshot()

    add = client.post(
        reverse("admin:federation_feedsource_add"),
        _source_form(source, name=f"{target}-added", url="https://partner.example/added.ics"),
    )
    change = client.post(
        reverse("admin:federation_feedsource_change", args=[source.pk]), _source_form(source, every_hours="12")
    )
    if not allowed:
        delete = client.post(reverse("admin:federation_feedsource_delete", args=[source.pk]), {"post": "yes"})
        assert (add.status_code, change.status_code, delete.status_code) == (refused, refused, refused)
        assert snapshot() == before
        return
    assert (add.status_code, change.status_code) == (302, 302)
    assert FeedSource.objects.filter(name=f"{target}-added").exists()
    assert world.source(target).every_hours == 12
    delete = client.post(reverse("admin:federation_feedsource_delete", args=[source.pk]), {"post": "yes"})
    assert delete.status_code == 302 and not FeedSource.objects.filter(pk=source.pk).exists()


@pytest.mark.parametrize("role", ["editor", "staff"])
def test_the_admin_shows_feed_sources_read_only_to_other_staff(world: World, role: str) -> None:
    client = admin_client(world, role)
    page = client.get(reverse("admin:federation_feedsource_change", args=[world.sources["own"].pk]))
    assert page.status_code == 200
    assert b'name="url"' not in page.content  # shown, not editable
    assert client.get(reverse("admin:federation_feedsource_changelist")).status_code == 200


@pytest.mark.parametrize("model", ["harvestrun", "harvestedevent"])
@pytest.mark.parametrize("role", ["staff", "administrator"])
def test_nobody_writes_runs_or_provenance_in_the_admin(world: World, model: str, role: str) -> None:
    services.harvest(world.source("own"), by=SYSTEM)
    client = admin_client(world, role)
    before = snapshot()
    assert client.post(reverse(f"admin:federation_{model}_add"), {}).status_code == 403
    assert snapshot() == before


# --- Commands and HTTP endpoints -----------------------------------------------------------------------


def test_commands_act_as_the_system(world: World, feed_url: str, tmp_path: Path) -> None:
    """Whoever runs commands on the server administers the site: the commands pass ``SYSTEM``."""
    call_command("feeds", "add", "by-command", feed_url, "--organizer", "OWNORG", "--allow-private", stdout=StringIO())
    call_command("harvest", "by-command", stdout=StringIO())
    path = tmp_path / "synthetic.ics"
    path.write_bytes(synthetic_feed("by-command-import"))
    call_command("import-events", str(path), "--organizer", "OTHERORG", stdout=StringIO())
    assert FeedSource.objects.filter(name="by-command").exists()
    assert set(Event.objects.filter(uid__in=["matrix-1", "by-command-import"]).values_list("uid", flat=True)) == {
        "matrix-1",
        "by-command-import",
    }
    assert Event.history.filter(history_user__isnull=False).count() == 0


@pytest.mark.parametrize("role", [role for role in ROLES if role != "system"])
@pytest.mark.parametrize("url", ["/informea/meetings", "/embed/events/"])
def test_the_http_endpoints_write_nothing(world: World, role: str, url: str) -> None:
    """The federation's pages are read-only for everyone: a POST is refused and changes nothing."""
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    before = snapshot()
    assert client.post(url, {"name": "forged"}).status_code == 405
    assert snapshot() == before


@pytest.mark.parametrize("role", [role for role in ROLES if role != "system"])
def test_admin_deletes_the_selected_feed_sources(world: World, role: str) -> None:
    """The changelist's "Delete selected" goes through ``services.delete_feed_source``: administrators only."""
    allowed = role == "administrator"
    sources = [source.pk for source in world.sources.values()]
    client, before = admin_client(world, role), snapshot()
    client.post(
        reverse("admin:federation_feedsource_changelist"),
        {"action": "delete_selected", "_selected_action": [str(pk) for pk in sources], "post": "yes"},
    )
    assert FeedSource.objects.filter(pk__in=sources).exists() is not allowed
    if not allowed:
        assert snapshot() == before
