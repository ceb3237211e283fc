"""The demo data set: what the issue asks of it, the events the source document names, and the loader."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from pytest_django import DjangoDbBlocker

from synergies.calendar.models import Event, EventOrganizer
from synergies.core.models import DemoDataset
from synergies.demo.data.events import EVENTS
from synergies.demo.data.organizations import ORGANIZATIONS
from synergies.demo.loader import (
    INTERNAL_NOTE_PREFIX,
    demo_uid,
    find_problems,
    load_demo_data,
)
from synergies.directory.data.regions import UN_REGIONAL_GROUPS
from synergies.directory.models import Country, Organization, Region

UTC = ZoneInfo("UTC")


@pytest.fixture(scope="module")
def demo(django_db_setup: None, django_db_blocker: DjangoDbBlocker) -> Iterator[dict[str, int]]:
    (
        """The demo set loaded once for this module, rolled back afterwards so other tests never see it.

    Tests that need an empty database live in test_loader.py: this fixture's data stays in place until
    the last test of this module has run.
    """
        ""
    )
    with django_db_blocker.unblock(), transaction.atomic():
        counts = load_demo_data()
        yield counts
        transaction.set_rollback(True)


def event(key: str) -> Event:
    return Event.objects.get(uid=demo_uid(key))


def organizer_acronyms(item: Event, role: str) -> list[str]:
    return [link.organization.acronym for link in item.event_organizers.filter(role=role).order_by("position")]


# --- The data itself ----------------------------------------------------------------------------


def test_every_reference_in_the_data_set_resolves() -> None:
    assert find_problems() == []


def test_problems_are_reported_by_name() -> None:
    broken = [
        {**EVENTS[0], "key": "twice"},
        {
            **EVENTS[1],
            "key": "twice",
            "parent": "nowhere",
            "back_to_back": ["missing"],
            "organizers": ["NOBODY"],
            "topics": ["not-a-topic"],
            "country": "XX",
            "internal_notes": "A note",
        },
    ]

    problems = find_problems(events=broken)  # type: ignore[arg-type]

    assert problems == [
        "event twice: the key is used twice",
        "event twice: unknown country 'XX'",
        "event twice: unknown organizer 'NOBODY'",
        "event twice: unknown topic 'not-a-topic'",
        "event twice: parent 'nowhere' is not another event's key",
        "event twice: back-to-back key 'missing' is not another event's key",
        f"event twice: internal notes must start with {INTERNAL_NOTE_PREFIX!r}",
    ]


def test_every_internal_note_says_it_is_illustrative() -> None:
    notes = [record["internal_notes"] for record in EVENTS if record.get("internal_notes")]

    assert notes
    assert all(note.startswith(INTERNAL_NOTE_PREFIX) for note in notes)


# --- Loaded: what the issue asks ------------------------------------------------------------------


@pytest.mark.django_db
def test_loader_reports_what_it_created(demo: dict[str, int]) -> None:
    pairs = {frozenset((record["key"], other)) for record in EVENTS for other in record.get("back_to_back", [])}

    assert demo == {"organizations": len(ORGANIZATIONS), "events": len(EVENTS), "back-to-back links": len(pairs)}
    assert Event.objects.count() == len(EVENTS)
    assert DemoDataset.objects.count() == 1


@pytest.mark.django_db
def test_the_issues_numbers_are_met(demo: dict[str, int]) -> None:
    lead_organizers = (
        EventOrganizer.objects.filter(role=EventOrganizer.Role.LEAD).values("organization").distinct().count()
    )
    venue_countries = set(Event.objects.exclude(country=None).values_list("country__code", flat=True))
    target_countries = set(Event.objects.values_list("target_countries__code", flat=True)) - {None}

    assert Event.objects.count() >= 150
    assert lead_organizers >= 8
    assert len(venue_countries | target_countries) >= 30


@pytest.mark.django_db
def test_every_un_regional_group_is_targeted(demo: dict[str, int]) -> None:
    targeted = set(Region.objects.filter(targeted_by_events__isnull=False).values_list("code", flat=True))

    assert set(UN_REGIONAL_GROUPS) <= targeted


@pytest.mark.django_db
def test_the_set_shows_every_status_attendance_and_visibility(demo: dict[str, int]) -> None:
    assert Event.objects.filter(visibility=Event.Visibility.INTERNAL).count() >= 3
    assert Event.objects.filter(status=Event.Status.CANCELLED).count() >= 2
    assert Event.objects.filter(status=Event.Status.POSTPONED).count() >= 5
    assert Event.objects.filter(attendance_mode=Event.AttendanceMode.ONLINE).count() >= 10
    assert Event.objects.filter(attendance_mode=Event.AttendanceMode.HYBRID).count() >= 3
    assert Event.objects.filter(all_day=False).count() >= 3
    assert Event.objects.filter(date_precision=Event.DatePrecision.MONTH).count() >= 5


@pytest.mark.django_db
def test_internal_events_stay_out_of_public_lists(demo: dict[str, int]) -> None:
    public = Event.objects.visible_to(AnonymousUser())

    assert not public.filter(uid=demo_uid("internal-saicm-oewg2-documents-support")).exists()
    assert public.filter(uid=demo_uid("saicm-oewg2")).exists()
    assert not public.exclude(internal_notes="").exists()


# --- Loaded: the events the source document names ---------------------------------------------------


@pytest.mark.django_db
def test_saicm_oewg2_in_geneva_on_its_real_dates(demo: dict[str, int]) -> None:
    oewg2 = event("saicm-oewg2")

    # The task force report announced 14-17 December 2014; the meeting sat on 15-17 December.
    assert (oewg2.start_date, oewg2.end_date) == (date(2014, 12, 15), date(2014, 12, 17))
    assert oewg2.country is not None
    assert (oewg2.city, oewg2.country.code, oewg2.timezone) == ("Geneva", "CH", "Europe/Zurich")
    assert organizer_acronyms(oewg2, EventOrganizer.Role.LEAD) == ["SAICM"]


@pytest.mark.django_db
def test_brs_document_support_to_oewg2_is_internal_and_held_during_it(demo: dict[str, int]) -> None:
    support = event("internal-saicm-oewg2-documents-support")

    assert support.visibility == Event.Visibility.INTERNAL
    assert support.parent == event("saicm-oewg2")
    assert (support.start_date, support.end_date) == (date(2014, 12, 15), date(2014, 12, 17))
    assert organizer_acronyms(support, EventOrganizer.Role.LEAD) == ["BRS"]
    assert support.internal_notes.startswith(INTERNAL_NOTE_PREFIX)


@pytest.mark.django_db
def test_pen_advisory_committee_back_to_back_with_the_bat_bep_expert_group(demo: dict[str, int]) -> None:
    pen = event("pen-advisory-committee-2014")

    assert list(pen.back_to_back_with.all()) == [event("batbep-expert-group-2014")]
    assert (pen.date_precision, pen.start_date, pen.end_date) == (
        Event.DatePrecision.MONTH,
        date(2014, 11, 1),
        date(2014, 11, 30),
    )
    assert pen.status == Event.Status.PLANNED
    assert organizer_acronyms(pen, EventOrganizer.Role.LEAD) == ["UNEP-CHEM", "BRS"]


@pytest.mark.django_db
def test_minamata_regional_workshop_back_to_back_with_the_brs_preparatory_meeting(demo: dict[str, int]) -> None:
    workshop = event("mc-workshop-asia-pacific-2015")

    assert list(workshop.back_to_back_with.all()) == [event("brs-prep-asia-pacific-2015")]
    assert (workshop.start_date, workshop.end_date, workshop.city) == (date(2015, 3, 17), date(2015, 3, 18), "Jakarta")
    assert list(workshop.side_events.values_list("uid", flat=True)) == [
        demo_uid("brs-mc-joint-session-asia-pacific-2015")
    ]


@pytest.mark.django_db
def test_2014_sub_regional_workshops_on_ratification(demo: dict[str, int]) -> None:
    workshops = Event.objects.filter(uid__startswith="demo-mc-subregional-", start_date__year=2014)

    assert sorted(workshops.values_list("city", flat=True)) == ["Brasília", "Dakar", "Dakar", "Mexico City"]


@pytest.mark.django_db
def test_inc6_in_bangkok(demo: dict[str, int]) -> None:
    inc6 = event("mc-inc6")

    assert inc6.country is not None
    assert (inc6.start_date, inc6.end_date, inc6.city, inc6.country.code) == (
        date(2014, 11, 3),
        date(2014, 11, 7),
        "Bangkok",
        "TH",
    )
    assert list(inc6.back_to_back_with.values_list("uid", flat=True)) == [demo_uid("mc-inc6-regional-consultations")]


@pytest.mark.django_db
def test_side_events_sit_inside_their_meetings(demo: dict[str, int]) -> None:
    assert event("brs-science-fair-2015").parent == event("brs-cops-2015")
    assert event("unea1-side-event-chemicals-sdgs").parent == event("unea1")
    assert event("iccm4-sdg-panel").parent == event("iccm4")
    assert Event.objects.filter(kind=Event.Kind.SIDE_EVENT).exclude(parent=None).count() >= 4


@pytest.mark.django_db
def test_science_fair_during_the_2015_cops(demo: dict[str, int]) -> None:
    fair = event("brs-science-fair-2015")
    cops = fair.parent

    assert (fair.start_date, fair.end_date) == (date(2015, 5, 7), date(2015, 5, 9))
    assert cops is not None, "a side event has its meeting"
    assert (cops.start_date, cops.end_date, cops.venue) == (
        date(2015, 5, 4),
        date(2015, 5, 15),
        "Geneva International Conference Centre (CICG)",
    )
    assert sorted(cops.bodies.values_list("code", flat=True)) == ["bc-cop", "rc-cop", "sc-cop"]


@pytest.mark.django_db
def test_month_only_dates_cover_whole_months(demo: dict[str, int]) -> None:
    workshop = event("mc-workshop-africa-2015")

    assert (workshop.date_precision, workshop.start_date, workshop.end_date) == (
        Event.DatePrecision.MONTH,
        date(2015, 3, 1),
        date(2015, 4, 30),
    )


@pytest.mark.django_db
def test_timed_events_keep_the_venues_clock(demo: dict[str, int]) -> None:
    high_level = event("mc-high-level-event-2015")

    assert not high_level.all_day
    assert (high_level.start_at, high_level.end_at) == (
        datetime(2015, 9, 24, 17, 15, tzinfo=UTC),
        datetime(2015, 9, 24, 18, 30, tzinfo=UTC),
    )
    assert high_level.local_start is not None
    assert high_level.local_start.strftime("%H:%M %Z") == "13:15 EDT"


@pytest.mark.django_db
def test_covid_postponements_are_recorded_with_the_meetings_that_replaced_them(demo: dict[str, int]) -> None:
    planned = event("brs-cops-2021-geneva-planned")
    online = event("brs-cops-2021-online")

    assert planned.status == Event.Status.POSTPONED
    assert (online.attendance_mode, online.timezone, online.country) == (Event.AttendanceMode.ONLINE, "UTC", None)
    assert event("mc-cop4-bali-planned").status == Event.Status.POSTPONED
    assert event("brs-cops-2021-nairobi").status == Event.Status.CANCELLED


@pytest.mark.django_db
def test_organizations_keep_their_hierarchy_and_regions(demo: dict[str, int]) -> None:
    chemicals = Organization.objects.get(acronym="UNEP-CHEM")
    caribbean = Organization.objects.get(acronym="BCRC-CARIBBEAN")

    assert chemicals.parent == Organization.objects.get(acronym="UNEP")
    assert caribbean.country is not None
    assert (caribbean.kind, caribbean.city, caribbean.country.code) == ("regional_centre", "Port of Spain", "TT")
    assert list(caribbean.regions_served.values_list("code", flat=True)) == ["grulac"]
    assert Organization.objects.filter(kind=Organization.Kind.REGIONAL_OFFICE, parent__acronym="UNEP").count() == 6


# --- History --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_each_event_is_recorded_once_in_history(demo: dict[str, int]) -> None:
    cops = event("brs-cops-2015")

    assert [record.history_change_reason for record in cops.history.all()] == ["Created"]


@pytest.mark.django_db
def test_venue_countries_exist_in_reference_data(demo: dict[str, int]) -> None:
    assert Country.objects.filter(events__isnull=False).distinct().count() >= 25
