"""Who may see the coordination findings and act on them (``alignment/permissions.py``), as a table:
every role × every write path (HTML form, service call) and the reads (page, API) × pairs of events,
with the expected answer in the table. Every refused write leaves the decisions, the back-to-back
links and the events as they were. The roles and events are the calendar's matrix's
(``calendar/tests/test_permission_matrix.py``); ``G`` is a second event of OTHERORG. All data is synthetic.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client

from synergies.alignment.models import FindingReview
from synergies.alignment.services import link_as_back_to_back, review_finding
from synergies.calendar.tests.test_permission_matrix import World, build_world, client_for, expect
from synergies.calendar.tests.test_permission_matrix import snapshot as calendar_snapshot
from synergies.testing import bearer, make_event

pytestmark = pytest.mark.django_db

PAIRS = {"E+F": ("E", "F"), "F+G": ("F", "G")}


@pytest.fixture
def world() -> World:
    world = build_world()
    world.events["G"] = make_event(
        title="Synthetic meeting G",
        lead_organizers=[world.organizations["OTHERORG"]],
        start=date(2032, 6, 4),
        end=date(2032, 6, 5),
    )
    return world


def snapshot() -> tuple[Any, ...]:
    return (
        calendar_snapshot(),
        sorted(FindingReview.objects.values_list("kind", "key", "decision", "decided_by_id")),
        FindingReview.history.count(),
    )


def ids(world: World, pair: str) -> list[int]:
    return [world.events[name].pk for name in PAIRS[pair]]


#: Recording a decision ("acknowledged") on a finding: (role, events of the finding, allowed).
DECIDE = [
    ("anonymous", "E+F", False),
    ("editor", "E+F", True),
    ("editor", "F+G", True),
    ("other_editor", "E+F", True),
    ("co_editor", "F+G", True),
    ("staff", "E+F", True),
    ("staff", "F+G", True),
    ("administrator", "F+G", True),
    ("system", "E+F", True),
]

#: Linking two events as back-to-back: (role, events, allowed).
LINK = [
    ("anonymous", "E+F", False),
    ("editor", "E+F", True),
    ("editor", "F+G", True),
    ("other_editor", "E+F", True),
    ("co_editor", "F+G", True),
    ("staff", "E+F", False),
    ("staff", "F+G", False),
    ("administrator", "E+F", True),
    ("system", "F+G", True),
]


# --- Service calls ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "pair", "allowed"), DECIDE)
def test_service_records_a_decision(world: World, role: str, pair: str, allowed: bool) -> None:
    by = world.users[role]
    expect(
        allowed,
        lambda: review_finding(kind="clash", event_ids=ids(world, pair), decision="acknowledged", by=by),
        snapshot,
    )


@pytest.mark.parametrize(("role", "pair", "allowed"), LINK)
def test_service_links_back_to_back(world: World, role: str, pair: str, allowed: bool) -> None:
    first, second = ids(world, pair)
    expect(allowed, lambda: link_as_back_to_back(first_id=first, second_id=second, by=world.users[role]), snapshot)


# --- The HTML form (/coordination/review/) --------------------------------------------------------------


def _post(world: World, role: str, kind: str, pair: str, decision: str) -> Any:
    return client_for(world.users[role]).post(
        "/coordination/review/",
        {"kind": kind, "events": ",".join(map(str, ids(world, pair))), "decision": decision, "next": "/coordination/"},
    )


@pytest.mark.parametrize(
    ("write", "kind", "decision", "table"),
    [("decide", "clash", "acknowledged", DECIDE), ("link", "back_to_back", "linked", LINK)],
)
def test_html_form_records_decisions_and_links(world: World, write: str, kind: str, decision: str, table: Any) -> None:
    for role, pair, allowed in table:
        if role == "system":
            continue
        FindingReview.objects.all().delete()
        before = snapshot()
        response = _post(world, role, kind, pair, decision)
        assert response.status_code == (302 if allowed else 403), (write, role, pair)
        assert (snapshot() != before) == allowed, (write, role, pair)


# --- The reads -------------------------------------------------------------------------------------------

#: (role, status of /coordination/, status of /api/v1/alignment).
VIEW = [
    ("anonymous", 302, 401),
    ("editor", 200, 200),
    ("other_editor", 200, 200),
    ("co_editor", 200, 200),
    ("staff", 200, 200),
    ("administrator", 200, 200),
]


@pytest.mark.parametrize(("role", "page", "api"), VIEW)
def test_who_sees_the_findings(world: World, role: str, page: int, api: int) -> None:
    assert client_for(world.users[role]).get("/coordination/").status_code == page
    auth = {} if role == "anonymous" else bearer(world.users[role])
    assert Client().get("/api/v1/alignment?from=2030-01-01&to=2030-12-31", **auth).status_code == api
