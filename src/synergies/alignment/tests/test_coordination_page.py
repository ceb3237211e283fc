"""/coordination/: staff see findings explained, and their decisions are remembered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest
from django.contrib.auth.models import User
from django.test import Client

from synergies.alignment.models import FindingReview
from synergies.calendar.models import Event
from synergies.calendar.services import EventData, update_event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Topic
from synergies.testing import make_event, make_user

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse

pytestmark = pytest.mark.django_db

PERIOD = "?start=2030-01-01&end=2030-12-31"


@pytest.fixture
def clash() -> tuple[Event, Event]:
    mercury = [Topic.objects.get(slug="mercury")]
    return (
        make_event(title="Synthetic workshop A", topics=mercury),
        make_event(title="Synthetic workshop B", topics=mercury),
    )


def review(
    client: Client, kind: str, events: Iterable[Event], decision: str, reason: str = ""
) -> _MonkeyPatchedWSGIResponse:
    return client.post(
        "/coordination/review/",
        {
            "kind": kind,
            "events": ",".join(str(e.pk) for e in events),
            "decision": decision,
            "reason": reason,
            "next": "/coordination/" + PERIOD,
        },
    )


def test_anonymous_is_sent_to_sign_in_and_non_staff_refused(client: Client, clash: tuple[Event, Event]) -> None:
    assert client.get("/coordination/")["Location"].startswith("/accounts/login/")
    outsider = Client()
    outsider.force_login(make_user("outsider"))
    assert outsider.get("/coordination/").status_code == 403
    assert outsider.post("/coordination/review/", {}).status_code == 403


def test_staff_see_the_clash_explained(staff_client: Client, clash: tuple[Event, Event]) -> None:
    page = staff_client.get("/coordination/" + PERIOD).content.decode()
    assert "Synthetic workshop A" in page and "Synthetic workshop B" in page
    assert "both in Geneva on 4 March; both on Mercury" in page


def test_dismissing_needs_a_reason_then_hides_the_finding_until_an_event_changes(
    staff_client: Client, clash: tuple[Event, Event]
) -> None:
    response = review(staff_client, "clash", clash, "dismissed")
    assert response.status_code == 302
    assert not FindingReview.objects.exists()
    review(staff_client, "clash", clash, "dismissed", reason="Different delegations attend")
    page = staff_client.get("/coordination/" + PERIOD).content.decode()
    assert "Synthetic workshop A" not in page
    assert "1 dismissed finding is hidden." in page
    assert (
        "Different delegations attend"
        in staff_client.get("/coordination/" + PERIOD + "&show_dismissed=on").content.decode()
    )
    first = clash[0]
    update_event(
        first, replace(EventData.from_event(first), end=date(2030, 3, 7)), expected_version=first.version, by=SYSTEM
    )
    assert "Synthetic workshop A" in staff_client.get("/coordination/" + PERIOD).content.decode()


def test_decisions_are_recorded_in_history_with_their_author(
    staff_client: Client, staff_user: User, clash: tuple[Event, Event]
) -> None:
    review(staff_client, "clash", clash, "acknowledged")
    review(staff_client, "clash", clash, "dismissed", reason="Agreed with both secretariats")
    decision = FindingReview.objects.get()
    assert [h.decision for h in decision.history.order_by("history_date")] == ["acknowledged", "dismissed"]
    assert decision.decided_by == staff_user


def test_editor_links_a_back_to_back_opportunity_and_it_stops_being_reported(editor_client: Client) -> None:
    before = make_event(title="Synthetic workshop", start=date(2030, 3, 2), end=date(2030, 3, 4))
    after = make_event(title="Synthetic preparatory meeting", start=date(2030, 3, 6), end=date(2030, 3, 7))
    assert "1 day apart" in editor_client.get("/coordination/" + PERIOD).content.decode()
    review(editor_client, "back_to_back", [before, after], "linked")
    assert list(before.back_to_back_with.all()) == [after]
    page = editor_client.get("/coordination/" + PERIOD).content.decode()
    assert 'Back-to-back opportunities <span class="count">(0)</span>' in page


def test_period_errors_are_shown_at_the_field(staff_client: Client) -> None:
    response = staff_client.get("/coordination/?start=2030-12-31&end=2030-01-01")
    assert response.status_code == 400
    assert "The period ends before it starts." in response.content.decode()
