"""The planning assistant's service: what an event being planned would clash with, what it could be held
back-to-back with and whom to invite — before it is saved. All data is synthetic; the two cases of the
source document (a Minamata regional workshop back-to-back with a BRS regional preparatory meeting in
Jakarta, the PEN Advisory Committee with the BAT/BEP expert group) are rebuilt here by hand."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

import pytest
from django.contrib.auth.models import AnonymousUser, User

from synergies.alignment.planning import PairAdvice, advise
from synergies.calendar.models import Event, Participation
from synergies.calendar.services import EventData, cancel_event
from synergies.core.actors import SYSTEM
from synergies.directory.models import Body, Country, Instrument, Organization, Region, Topic
from synergies.register import services as register
from synergies.testing import (
    event_data,
    make_activity,
    make_area,
    make_event,
    make_mandate,
    make_organization,
    make_participation,
    make_user,
)

pytestmark = pytest.mark.django_db


def topic(slug: str) -> list[Topic]:
    return [Topic.objects.get(slug=slug)]


@pytest.fixture
def planner(organization: Organization) -> User:
    return make_user("synthetic-planner", editor_of=organization)


def titles(found: Iterable[PairAdvice]) -> list[str]:
    return [advice.event.title for advice in found]


# --- Clashes -------------------------------------------------------------------------------------


def test_an_overlapping_event_on_the_same_topic_is_a_clash_with_its_reasons(planner: User) -> None:
    make_event(title="Synthetic stored mercury workshop", topics=topic("mercury"))
    candidate = event_data(title="Synthetic planned mercury meeting", topics=topic("mercury"))
    advice = advise(candidate, user=planner)
    assert titles(advice.clashes) == ["Synthetic stored mercury workshop"]
    assert advice.clashes[0].reasons == ["both in Geneva on 4 March", "both on Mercury"]
    assert advice.has_findings


def test_no_clash_without_a_shared_audience_or_without_overlap(planner: User) -> None:
    make_event(title="Synthetic plastics meeting", topics=topic("plastics"))
    make_event(
        title="Synthetic later mercury meeting", topics=topic("mercury"), start=date(2030, 5, 4), end=date(2030, 5, 5)
    )
    advice = advise(event_data(topics=topic("mercury")), user=planner)
    assert advice.clashes == []


def test_an_event_being_edited_is_never_compared_with_itself_nor_with_its_side_events(planner: User) -> None:
    stored = make_event(title="Synthetic meeting being moved", topics=topic("mercury"))
    make_event(title="Synthetic side event of it", topics=topic("mercury"), parent=stored)
    moved = replace(EventData.from_event(stored), start=date(2030, 3, 5), end=date(2030, 3, 7))
    advice = advise(moved, user=planner, editing=stored)
    assert advice.clashes == [] and advice.back_to_back == []


def test_cancelled_events_count_for_nothing(planner: User) -> None:
    cancelled = make_event(title="Synthetic cancelled mercury workshop", topics=topic("mercury"))
    cancel_event(cancelled, expected_version=cancelled.version, by=SYSTEM)
    advice = advise(event_data(topics=topic("mercury")), user=planner)
    assert advice.clashes == []
    planned_cancelled = advise(event_data(topics=topic("mercury"), status=Event.Status.CANCELLED), user=planner)
    assert planned_cancelled.notes == ["A cancelled event clashes with nothing and needs no partners."]
    assert not planned_cancelled.has_findings


def test_an_online_event_clashes_by_audience_never_by_city(planner: User) -> None:
    make_event(title="Synthetic Geneva mercury meeting", topics=topic("mercury"), lead_organizers=[make_organization()])
    online = event_data(
        title="Synthetic mercury webinar",
        topics=topic("mercury"),
        attendance_mode=Event.AttendanceMode.ONLINE,
        city="Geneva",
    )
    advice = advise(online, user=planner)
    assert titles(advice.clashes) == ["Synthetic Geneva mercury meeting"]
    assert advice.clashes[0].reasons == ["both on Mercury"]
    # The day after, in the same city: a back-to-back meeting for an in-person event, never for an online one.
    after = replace(online, start=date(2030, 3, 7), end=date(2030, 3, 7))
    assert advise(after, user=planner).back_to_back == []
    in_person = replace(after, attendance_mode=Event.AttendanceMode.IN_PERSON)
    assert titles(advise(in_person, user=planner).back_to_back) == ["Synthetic Geneva mercury meeting"]


def test_times_are_compared_as_instants_across_time_zones(planner: User) -> None:
    make_event(
        title="Synthetic Geneva morning meeting",
        all_day=False,
        timezone="Europe/Zurich",
        topics=topic("mercury"),
        start=datetime(2030, 3, 5, 9, 0),
        end=datetime(2030, 3, 5, 17, 0),
    )
    kenya = Country.objects.get(code="KE")
    # 09:00-18:00 in Nairobi is 07:00-16:00 in Geneva the day before: no overlap.
    nairobi = event_data(
        all_day=False,
        timezone="Africa/Nairobi",
        city="Nairobi",
        country=kenya,
        topics=topic("mercury"),
        start=datetime(2030, 3, 4, 9, 0),
        end=datetime(2030, 3, 4, 18, 0),
    )
    assert advise(nairobi, user=planner).clashes == []
    # The next day, until 11:00 in Nairobi (09:00 in Geneva): still no overlap, the Geneva meeting starts at 09:00.
    touching = replace(nairobi, start=datetime(2030, 3, 5, 8, 0), end=datetime(2030, 3, 5, 10, 0))
    assert advise(touching, user=planner).clashes == []
    # Until 11:00 in Nairobi is 09:00 in Geneva; until 12:00 is 10:00 in Geneva: an overlap.
    overlapping = replace(nairobi, start=datetime(2030, 3, 5, 8, 0), end=datetime(2030, 3, 5, 12, 0))
    assert titles(advise(overlapping, user=planner).clashes) == ["Synthetic Geneva morning meeting"]


def test_internal_events_count_for_staff_only(planner: User) -> None:
    make_event(
        title="Synthetic internal coordination meeting", topics=topic("mercury"), visibility=Event.Visibility.INTERNAL
    )
    candidate = event_data(topics=topic("mercury"))
    assert titles(advise(candidate, user=planner).clashes) == ["Synthetic internal coordination meeting"]
    assert advise(candidate, user=AnonymousUser()).clashes == []


# --- Back-to-back: the source document's cases -----------------------------------------------------


def test_minamata_regional_workshop_back_to_back_with_the_brs_regional_preparatory_meeting(planner: User) -> None:
    indonesia = Country.objects.get(code="ID")
    asia_pacific = [Region.objects.get(code="asia-pacific")]
    brs = make_organization("BRS-SYN", name="Synthetic BRS Secretariat")
    minamata = make_organization("MC-SYN", name="Synthetic Minamata Secretariat")
    make_event(
        title="Synthetic regional preparatory meeting for the COPs: Asia-Pacific",
        lead_organizers=[brs],
        start=date(2015, 3, 19),
        end=date(2015, 3, 20),
        timezone="Asia/Jakarta",
        city="Jakarta",
        country=indonesia,
        instruments=[Instrument.objects.get(code="basel")],
        target_regions=asia_pacific,
    )
    workshop = event_data(
        title="Synthetic Minamata regional workshop: Asia and the Pacific",
        lead_organizers=[minamata],
        start=date(2015, 3, 17),
        end=date(2015, 3, 18),
        timezone="Asia/Jakarta",
        city="Jakarta ",
        country=indonesia,
        instruments=[Instrument.objects.get(code="minamata")],
        topics=topic("mercury"),
        target_regions=asia_pacific,
    )
    advice = advise(workshop, user=planner)
    [pair] = advice.back_to_back
    assert pair.event.title == "Synthetic regional preparatory meeting for the COPs: Asia-Pacific"
    assert (pair.gap_days, pair.candidate_first) == (0, True)
    assert pair.reasons == ["both in Jakarta", "one right after the other", "both aimed at Asia-Pacific States"]
    assert advice.clashes == []


def test_pen_advisory_committee_back_to_back_with_the_bat_bep_expert_group(planner: User) -> None:
    brs = make_organization("BRS-SYN", name="Synthetic BRS Secretariat")
    chemicals = make_organization("CHEM-SYN", name="Synthetic UNEP Chemicals Branch")
    stockholm = [Instrument.objects.get(code="stockholm")]
    make_event(
        title="Synthetic BAT/BEP expert group meeting",
        lead_organizers=[brs],
        instruments=stockholm,
        bodies=[Body.objects.get(code="sc-batbep")],
        start=date(2014, 11, 10),
        end=date(2014, 11, 13),
    )
    committee = event_data(
        title="Synthetic PEN Advisory Committee",
        lead_organizers=[chemicals],
        instruments=stockholm,
        bodies=[Body.objects.get(code="pen")],
        topics=topic("pcbs"),
        start=date(2014, 11, 14),
        end=date(2014, 11, 14),
    )
    [pair] = advise(committee, user=planner).back_to_back
    assert pair.event.title == "Synthetic BAT/BEP expert group meeting"
    assert (pair.gap_days, pair.candidate_first) == (0, False)
    assert pair.reasons[:2] == ["both in Geneva", "one right after the other"]


def test_no_back_to_back_with_an_event_of_the_same_organizer_or_already_linked(planner: User) -> None:
    ours = make_organization("OURS-SYN")
    make_event(title="Synthetic own follow-up", lead_organizers=[ours], start=date(2030, 3, 8), end=date(2030, 3, 8))
    assert advise(event_data(lead_organizers=[ours]), user=planner).back_to_back == []
    stored = make_event(title="Synthetic meeting already linked", start=date(2030, 3, 1), end=date(2030, 3, 3))
    partner = make_event(title="Synthetic partner meeting", start=date(2030, 3, 6), end=date(2030, 3, 6))
    from synergies.calendar.services import link_back_to_back

    link_back_to_back(stored, partner, by=SYSTEM)
    stored.refresh_from_db()
    advice = advise(EventData.from_event(stored), user=planner, editing=stored)
    assert "Synthetic partner meeting" not in titles(advice.back_to_back)


# --- Whom to invite ---------------------------------------------------------------------------------


@pytest.fixture
def mercury_register() -> tuple[Organization, Topic]:
    mercury = Topic.objects.get(slug="mercury")
    chemicals = make_organization("CHEM-SYN", name="Synthetic chemicals branch")
    area = make_area(name="Synthetic mercury area", topics=[mercury])
    make_mandate(
        reference="SYN-1/1",
        topics=[mercury],
        areas=[area],
        activities=[
            make_activity(area=area, lead_organizations=[chemicals], short_title="Synthetic mercury storage book")
        ],
    )
    register.create_or_update_focal_point(
        organization=chemicals,
        name="Synthetic Focal Person",
        area=area,
        role="technical-assistance focal point",
        email="focal.person@example.org",
        by=SYSTEM,
    )
    return chemicals, mercury


def test_organizations_with_a_stake_on_the_topics_are_suggested_with_their_focal_points(
    planner: User, mercury_register: tuple[Organization, Topic]
) -> None:
    chemicals, mercury = mercury_register
    advice = advise(event_data(topics=[mercury]), user=planner)
    [invitee] = advice.invitees
    assert invitee.organization == chemicals
    assert [(p.name, p.role, p.email) for p in invitee.focal_points] == [
        ("Synthetic Focal Person", "technical-assistance focal point", "focal.person@example.org")
    ]
    assert invitee.stakes == ["mandate SYN-1/1", "activity “Synthetic mercury storage book”"]
    assert invitee.suggested_action == "Inform and seek comments"
    assert invitee.reasons[0].startswith("CHEM-SYN has mandate SYN-1/1")


def test_no_invitation_for_an_organizer_or_an_organization_already_taking_part(
    planner: User, mercury_register: tuple[Organization, Topic]
) -> None:
    chemicals, mercury = mercury_register
    assert advise(event_data(topics=[mercury], co_organizers=[chemicals]), user=planner).invitees == []
    stored = make_event(topics=[mercury])
    make_participation(stored, chemicals, role=Participation.Role.ATTEND)
    assert advise(EventData.from_event(stored), user=planner, editing=stored).invitees == []
    assert advise(event_data(topics=topic("plastics")), user=planner).invitees == []


# --- What cannot be looked at yet ---------------------------------------------------------------------


def test_dates_known_only_by_month_or_backwards_say_so_instead_of_finding_anything(planner: User) -> None:
    make_event(topics=topic("mercury"))
    by_month = advise(event_data(topics=topic("mercury"), date_precision=Event.DatePrecision.MONTH), user=planner)
    assert by_month.notes and "known only by month" in by_month.notes[0]
    backwards = advise(event_data(start=date(2030, 3, 6), end=date(2030, 3, 4)), user=planner)
    assert backwards.notes == ["The event ends before it starts; correct the dates to see what else happens then."]
    assert not backwards.has_findings and backwards.fingerprint == ""


def test_the_fingerprint_names_the_findings_not_the_wording(planner: User) -> None:
    make_event(title="Synthetic stored mercury workshop", topics=topic("mercury"))
    first = advise(event_data(title="Synthetic plan A", topics=topic("mercury")), user=planner)
    renamed = advise(event_data(title="Synthetic plan B", topics=topic("mercury")), user=planner)
    moved = advise(event_data(topics=topic("mercury"), start=date(2030, 6, 1), end=date(2030, 6, 1)), user=planner)
    assert first.fingerprint == renamed.fingerprint != ""
    assert moved.fingerprint != first.fingerprint
