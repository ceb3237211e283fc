"""Which events the periodic list holds: mutual interest, horizon, filters, cancelled and postponed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from synergies.calendar.models import Event, Participation
from synergies.calendar.services import cancel_event, postpone_event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Body, Instrument, Region, Topic
from synergies.testing import make_activity, make_area, make_event, make_participation, make_user
from synergies.upcoming.queries import MonthGroup, PeriodicList, build_periodic_list
from synergies.upcoming.tests.conftest import Cluster

pytestmark = pytest.mark.django_db

START = date(2030, 3, 1)


def titles(plist: PeriodicList) -> list[str]:
    return [item.event.title for item in plist.items]


def test_two_cluster_organizers_make_an_event_of_mutual_interest(cluster: Cluster) -> None:
    make_event(title="Joint synthetic workshop", lead_organizers=[cluster.brs], co_organizers=[cluster.chemicals])
    make_event(title="Synthetic workshop of one secretariat", lead_organizers=[cluster.brs])
    make_event(title="Synthetic meeting of two partner agencies", lead_organizers=[cluster.outsider])
    plist = build_periodic_list(viewer=SYSTEM, start=START)
    assert titles(plist) == ["Joint synthetic workshop"]
    [item] = plist.items
    assert item.checklist.reasons == ["Concerns BRS-SYN (organizer); CHEM-SYN (organizer)"]


def test_a_stake_of_another_cluster_organization_makes_it_of_mutual_interest(cluster: Cluster) -> None:
    mercury = Topic.objects.get(slug="mercury")
    area = make_area(name="Synthetic mercury area", topics=[mercury])
    make_activity(area=area, lead_organizations=[cluster.chemicals], short_title="Synthetic mercury book")
    make_event(title="Synthetic mercury workshop", lead_organizers=[cluster.brs], topics=[mercury])
    make_event(
        title="Synthetic plastics workshop", lead_organizers=[cluster.brs], topics=[Topic.objects.get(slug="plastics")]
    )
    plist = build_periodic_list(viewer=SYSTEM, start=START)
    assert titles(plist) == ["Synthetic mercury workshop"]
    chemicals_part = next(p for p in plist.items[0].checklist.organizations if p.organization == cluster.chemicals)
    assert chemicals_part.concerns == ["stake: activity Synthetic mercury book"]
    assert plist.items[0].missing[0] == "No one confirmed from CHEM-SYN"


def test_taking_part_counts_as_being_concerned(cluster: Cluster) -> None:
    event = make_event(title="Synthetic agency meeting", lead_organizers=[cluster.outsider])
    make_participation(event, cluster.brs, role=Participation.Role.ATTEND)
    assert titles(build_periodic_list(viewer=SYSTEM, start=START)) == []
    make_participation(
        event,
        cluster.chemicals,
        role=Participation.Role.STATEMENT,
        status=Participation.Status.DROPPED,
    )
    assert titles(build_periodic_list(viewer=SYSTEM, start=START)) == [], "a dropped participation concerns no one"
    make_participation(event, cluster.chemicals, role=Participation.Role.ATTEND)
    assert titles(build_periodic_list(viewer=SYSTEM, start=START)) == ["Synthetic agency meeting"]


def test_governing_body_sessions_of_cluster_instruments_are_always_listed(cluster: Cluster) -> None:
    make_event(
        title="Synthetic COP",
        kind=Event.Kind.COP,
        lead_organizers=[cluster.brs],
        instruments=[Instrument.objects.get(code="basel")],
        bodies=[Body.objects.get(code="bc-cop")],
    )
    make_event(
        title="Synthetic UNEA session",
        kind=Event.Kind.ASSEMBLY,
        lead_organizers=[cluster.outsider],
        bodies=[Body.objects.get(code="unea")],
    )
    make_event(
        title="Synthetic GEF Assembly",
        kind=Event.Kind.ASSEMBLY,
        lead_organizers=[cluster.outsider],
        bodies=[Body.objects.get(code="gef-assembly")],
    )
    plist = build_periodic_list(viewer=SYSTEM, start=START)
    assert titles(plist) == ["Synthetic COP", "Synthetic UNEA session"]
    assert plist.items[0].checklist.reasons == ["Session of a governing body: BC COP"]


def test_horizon_months_and_order(cluster: Cluster) -> None:
    both: dict[str, Any] = {"lead_organizers": [cluster.brs], "co_organizers": [cluster.chemicals]}
    make_event(title="Ongoing since February", start=date(2030, 2, 20), end=date(2030, 3, 2), **both)
    make_event(title="Late March", start=date(2030, 3, 30), end=date(2030, 4, 2), **both)
    make_event(title="Early March", start=date(2030, 3, 3), end=date(2030, 3, 3), **both)
    make_event(title="Last day of the horizon", start=date(2030, 5, 29), end=date(2030, 5, 29), **both)
    make_event(title="Day after the horizon", start=date(2030, 5, 30), end=date(2030, 5, 30), **both)
    make_event(title="Ended before", start=date(2030, 2, 1), end=date(2030, 2, 28), **both)
    plist = build_periodic_list(viewer=SYSTEM, start=START)  # 90 days: 1 March to 29 May 2030
    assert (plist.start, plist.end) == (date(2030, 3, 1), date(2030, 5, 29))
    assert [(group.month, [i.event.title for i in group.items]) for group in plist.months] == [
        (date(2030, 3, 1), ["Ongoing since February", "Early March", "Late March"]),
        (date(2030, 5, 1), ["Last day of the horizon"]),
    ]
    assert titles(build_periodic_list(viewer=SYSTEM, start=START, days=3)) == ["Ongoing since February", "Early March"]


def test_cancelled_events_are_left_out_and_postponed_ones_shown_at_their_new_dates(cluster: Cluster) -> None:
    both: dict[str, Any] = {"lead_organizers": [cluster.brs], "co_organizers": [cluster.chemicals]}
    cancelled = make_event(title="Synthetic cancelled meeting", **both)
    cancel_event(cancelled, expected_version=cancelled.version, by=SYSTEM)
    moved = make_event(title="Synthetic postponed meeting", start=date(2030, 1, 10), end=date(2030, 1, 11), **both)
    postpone_event(
        moved, expected_version=moved.version, new_start=date(2030, 4, 7), new_end=date(2030, 4, 8), by=SYSTEM
    )
    moved_away = make_event(title="Synthetic meeting moved to next year", **both)
    postpone_event(
        moved_away, expected_version=moved_away.version, new_start=date(2031, 4, 7), new_end=date(2031, 4, 8), by=SYSTEM
    )
    plist = build_periodic_list(viewer=SYSTEM, start=START)
    assert [(g.month, titles_of(g)) for g in plist.months] == [(date(2030, 4, 1), ["Synthetic postponed meeting"])]
    assert plist.items[0].event.status == Event.Status.POSTPONED


def titles_of(group: MonthGroup) -> list[str]:
    return [item.event.title for item in group.items]


def test_filters_by_organization_topic_and_region(cluster: Cluster) -> None:
    mercury, plastics = Topic.objects.get(slug="mercury"), Topic.objects.get(slug="plastics")
    africa = Region.objects.get(code="africa")
    make_event(
        title="Mercury in Geneva", lead_organizers=[cluster.brs], co_organizers=[cluster.chemicals], topics=[mercury]
    )
    make_event(
        title="Plastics for Africa",
        lead_organizers=[cluster.brs],
        co_organizers=[cluster.mercury],
        topics=[plastics],
        target_regions=[africa],
    )
    assert titles(build_periodic_list(viewer=SYSTEM, start=START, topics=[mercury])) == ["Mercury in Geneva"]
    assert titles(build_periodic_list(viewer=SYSTEM, start=START, regions=[africa])) == ["Plastics for Africa"]
    assert titles(build_periodic_list(viewer=SYSTEM, start=START, organizations=[cluster.chemicals])) == [
        "Mercury in Geneva"
    ]
    assert titles(
        build_periodic_list(viewer=SYSTEM, start=START, organizations=[cluster.chemicals, cluster.mercury])
    ) == [
        "Mercury in Geneva",
        "Plastics for Africa",
    ]
    assert titles(build_periodic_list(viewer=SYSTEM, start=START, organizations=[cluster.outsider])) == []


def test_internal_events_are_listed_and_non_staff_are_refused(cluster: Cluster) -> None:
    make_event(
        title="Synthetic internal coordination",
        visibility=Event.Visibility.INTERNAL,
        lead_organizers=[cluster.brs],
        co_organizers=[cluster.chemicals],
    )
    assert titles(build_periodic_list(viewer=SYSTEM, start=START)) == ["Synthetic internal coordination"]
    staff = make_user("synthetic-staff", is_staff=True)
    assert titles(build_periodic_list(start=START, viewer=staff)) == ["Synthetic internal coordination"]
    with pytest.raises(PermissionDenied):
        build_periodic_list(start=START, viewer=make_user("synthetic-outsider"))
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        build_periodic_list(start=START, viewer=AnonymousUser())


def test_a_horizon_out_of_bounds_is_refused(cluster: Cluster) -> None:
    with pytest.raises(ValidationError) as error:
        build_periodic_list(viewer=SYSTEM, start=START, days=0)
    assert error.value.message_dict == {"days": ["Choose between 1 and 366 days."]}


def test_the_list_costs_the_same_number_of_queries_for_one_event_or_many(cluster: Cluster) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from synergies.calendar.services import ParticipationData, create_participation
    from synergies.upcoming.services import CommunicationData, create_communication

    def add_events(count: int) -> None:
        for _number in range(count):
            event = make_event(
                lead_organizers=[cluster.brs],
                co_organizers=[cluster.chemicals],
                topics=[Topic.objects.get(slug="mercury")],
            )
            create_participation(event, ParticipationData(organization=cluster.mercury), by=SYSTEM)
            create_communication(event, CommunicationData(organization=cluster.brs, title="Synthetic story"), by=SYSTEM)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            build_periodic_list(viewer=SYSTEM, start=START)
        return len(captured)

    add_events(1)
    one = queries()
    add_events(2)
    assert queries() == one
    assert len(build_periodic_list(viewer=SYSTEM, start=START).items) == 3


def test_the_postponed_event_says_so_in_every_format(cluster: Cluster) -> None:
    from synergies.upcoming.rendering import as_text

    moved = make_event(
        title="Synthetic postponed meeting",
        start=date(2030, 1, 10),
        end=date(2030, 1, 11),
        lead_organizers=[cluster.brs],
        co_organizers=[cluster.chemicals],
    )
    postpone_event(
        moved, expected_version=moved.version, new_start=date(2030, 4, 7), new_end=date(2030, 4, 8), by=SYSTEM
    )
    text = as_text(build_periodic_list(viewer=SYSTEM, start=START))
    assert (
        "Dates:\n  - 7–8 April 2030 (all day, Europe/Zurich)\n"
        "  - Postponed: the dates shown are the latest announced.\n" in text
    )
