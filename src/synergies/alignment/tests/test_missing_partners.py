"""Missing partners: organizations with a stake in an event's audience that take no part in it yet."""

from __future__ import annotations

from datetime import date

import pytest

from synergies.alignment.services import AlignmentQuery, align, findings_as_dict
from synergies.calendar.models import Participation
from synergies.core.actors import SYSTEM
from synergies.directory.models import Organization, Topic
from synergies.register import services as register
from synergies.testing import make_activity, make_area, make_event, make_mandate, make_organization, make_participation

pytestmark = pytest.mark.django_db

WINDOW = AlignmentQuery(start=date(2030, 1, 1), end=date(2030, 12, 31))


@pytest.fixture
def mercury_register() -> tuple[Organization, Topic]:
    mercury = Topic.objects.get(slug="mercury")
    chemicals = make_organization("CHEM-SYN", name="Synthetic chemicals branch")
    area = make_area(name="Synthetic mercury area", topics=[mercury])
    activity = make_activity(area=area, lead_organizations=[chemicals], short_title="Synthetic mercury storage book")
    make_mandate(reference="SYN-1/1", topics=[mercury], activities=[activity])
    register.create_or_update_focal_point(
        organization=chemicals,
        name="Mercury focal point (synthetic)",
        area=area,
        role="technical-assistance focal point",
        by=SYSTEM,
    )
    return chemicals, mercury


def test_organization_with_an_activity_mandate_and_focal_point_is_suggested(
    mercury_register: tuple[Organization, Topic],
) -> None:
    _chemicals, mercury = mercury_register
    event = make_event(title="Synthetic mercury workshop", topics=[mercury])
    [finding] = findings_as_dict(align(WINDOW))["missing_partners"]
    assert finding["events"][0]["id"] == event.pk
    assert finding["organization"] == "CHEM-SYN"
    assert finding["focal_point"] == "Mercury focal point (synthetic) (technical-assistance focal point)"
    assert finding["suggested_action"] == "Inform and seek comments"
    assert {(s["via"], s["label"]) for s in finding["stakes"]} == {
        ("mandate", "SYN-1/1"),
        ("activity", "Synthetic mercury storage book"),
        ("focal_point", "Mercury focal point (synthetic) (technical-assistance focal point)"),
    }


def test_no_suggestion_when_the_organization_organizes_or_takes_part(
    mercury_register: tuple[Organization, Topic],
) -> None:
    chemicals, mercury = mercury_register
    make_event(title="Synthetic workshop organized by them", topics=[mercury], lead_organizers=[chemicals])
    assert align(WINDOW).missing_partners == []
    other = make_event(title="Synthetic workshop they attend", topics=[mercury])
    make_participation(other, chemicals, role=Participation.Role.ATTEND)
    assert align(WINDOW).missing_partners == []


def test_no_suggestion_for_events_on_other_topics(mercury_register: tuple[Organization, Topic]) -> None:
    make_event(title="Synthetic plastics meeting", topics=[Topic.objects.get(slug="plastics")])
    assert align(WINDOW).missing_partners == []
