"""Who may write events through the API, as a table: every role with a token (and anonymous, without)
× every write (create, replace, change, cancel, postpone) × two events, with the expected status code;
and who may create and revoke tokens (``api/permissions.py``), their own and others'.

The API has no rules of its own for events: it asks ``calendar.permissions`` (the calendar's matrix,
``calendar/tests/test_permission_matrix.py``, holds the same roles and events). Every refused write
leaves the database as it was. All data is synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from synergies.api.models import ApiToken
from synergies.api.tests.test_events_write import new_event
from synergies.api.tokens import create_token
from synergies.calendar.tests.test_permission_matrix import World, build_world, client_for, snapshot
from synergies.testing import bearer

pytestmark = pytest.mark.django_db


@pytest.fixture
def world() -> World:
    return build_world()


def auth_for(world: World, role: str) -> dict[str, str]:
    return {} if role == "anonymous" else bearer(world.users[role])


def call(client: Client, method: str, path: str, payload: dict[str, Any], auth: dict[str, str]) -> Any:
    return getattr(client, method)(path, payload, content_type="application/json", **auth)


#: (role, event, status of a successful or refused change); 401: no token, 403: the role may not.
CHANGE_EVENT = [
    ("anonymous", "E", 401),
    ("anonymous", "F", 401),
    ("editor", "E", 200),
    ("editor", "F", 403),
    ("other_editor", "E", 403),
    ("other_editor", "F", 200),
    ("co_editor", "E", 200),
    ("co_editor", "F", 403),
    ("staff", "E", 403),
    ("staff", "F", 403),
    ("administrator", "E", 200),
    ("administrator", "F", 200),
]


def _payload(write: str, world: World, target: str, version: int) -> tuple[str, str, dict[str, Any]]:
    event = world.event(target)
    base = f"/api/v1/events/{event.pk}"
    if write == "patch":
        return "patch", base, {"version": version, "title": "Synthetic meeting, renamed"}
    if write == "put":
        organizers = [
            {"acronym": link.organization.acronym, "role": link.role} for link in event.event_organizers.all()
        ]
        payload = new_event(world.organizations["LEADORG"], organizers=organizers, version=version, visibility="public")
        return "put", base, payload
    if write == "cancel":
        return "post", f"{base}/cancel", {"version": version, "note": "Synthetic reason"}
    return "post", f"{base}/postpone", {"version": version, "start_date": "2033-01-10", "end_date": "2033-01-11"}


@pytest.mark.parametrize("write", ["patch", "put", "cancel", "postpone"])
@pytest.mark.parametrize(("role", "target", "status"), CHANGE_EVENT)
def test_api_changes_an_event(api: Client, world: World, write: str, role: str, target: str, status: int) -> None:
    method, path, payload = _payload(write, world, target, world.event(target).version)
    before = snapshot()
    answer = call(api, method, path, payload, auth_for(world, role))
    assert answer.status_code == status, answer.content
    assert (snapshot() != before) == (status == 200)


#: (role, lead organization named, status).
CREATE_EVENT = [
    ("anonymous", "LEADORG", 401),
    ("editor", "LEADORG", 201),
    ("editor", "OTHERORG", 403),
    ("other_editor", "LEADORG", 403),
    ("other_editor", "OTHERORG", 201),
    ("co_editor", "LEADORG", 403),
    ("co_editor", "COORG", 201),
    ("staff", "LEADORG", 403),
    ("administrator", "LEADORG", 201),
    ("administrator", "OTHERORG", 201),
]


@pytest.mark.parametrize(("role", "lead", "status"), CREATE_EVENT)
def test_api_creates_an_event(api: Client, world: World, role: str, lead: str, status: int) -> None:
    before = snapshot()
    answer = call(api, "post", "/api/v1/events", new_event(world.organizations[lead]), auth_for(world, role))
    assert answer.status_code == status, answer.content
    assert (snapshot() != before) == (status == 201)


# --- Tokens (``api/permissions.py``) -------------------------------------------------------------------

#: (role, status of creating a token on /accounts/tokens/, of revoking one's own, of revoking another's).
TOKENS = [
    ("anonymous", 302, 302, 302),
    ("editor", 201, 302, 404),
    ("other_editor", 201, 302, 404),
    ("staff", 201, 302, 404),
    ("administrator", 201, 302, 404),
]


def tokens_state() -> list[tuple[Any, ...]]:
    return sorted(ApiToken.objects.values_list("pk", "user_id", "name", "revoked_at"))


@pytest.mark.parametrize(("role", "create", "revoke_own", "revoke_other"), TOKENS)
def test_token_pages(world: World, role: str, create: int, revoke_own: int, revoke_other: int) -> None:
    user = world.users[role]
    client = client_for(user)
    holder = world.users["co_editor"]
    others = create_token(holder, "Synthetic token of someone else").token
    before = tokens_state()
    assert client.post("/accounts/tokens/", {"name": "Synthetic script"}).status_code == create
    assert (tokens_state() != before) == (create == 201)
    if role != "anonymous":
        own = create_token(user, "Synthetic own token").token
        assert client.post(reverse("api:token_revoke", args=[own.pk])).status_code == revoke_own
        own.refresh_from_db()
        assert own.revoked_at is not None
    before = tokens_state()
    assert client.post(reverse("api:token_revoke", args=[others.pk])).status_code == revoke_other
    assert tokens_state() == before


@pytest.mark.parametrize("role", ["anonymous", "system"])
def test_no_token_for_anonymous_or_the_system(world: World, role: str) -> None:
    with pytest.raises(PermissionDenied):
        create_token(world.users[role], "Synthetic token")
    assert not ApiToken.objects.exists()
