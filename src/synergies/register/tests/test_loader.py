"""The loaded register says what the source document says."""

from __future__ import annotations

from datetime import date

import pytest

from synergies.directory.models import Person
from synergies.register.data import source_table
from synergies.register.loader import RegisterAlreadyLoaded, load_register
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory
from synergies.testing import make_event, make_organization

pytestmark = pytest.mark.django_db

#: Activities per area, counted in the source document's table (see the data module's docstring).
ACTIVITIES_PER_AREA = {
    "chemicals-wastes-cluster": 5,
    "minamata-convention": 7,
    "global-mercury-partnership": 2,
    "saicm": 6,
    "ddt": 2,
    "pcbs": 5,
    "technical-scientific-matters": 1,
    "lead-cadmium": 1,
    "dioxin-furan-toolkit": 4,
    "bat-bep-stockholm": 1,
    "global-monitoring-plan": 4,
    "waste-management": 2,
    "technical-assistance-financial-resources": 15,
    "regional-delivery": 10,
    "national-coordination": 3,
    "financing-consultative-process": 1,
    "information-resources": 2,
    "unea-decisions": 1,
    "mandates-table": 1,
    "clearing-houses": 3,
    "organization-of-meetings": 6,
    "legal-services": 1,
    "public-awareness-outreach": 5,
    "cooperation-with-partners": 1,
    "hr-matters": 1,
}


@pytest.fixture
def loaded() -> dict[str, int]:
    return load_register()


def test_every_area_of_the_table_with_its_number_of_activities(loaded: dict[str, int]) -> None:
    counts = {area.slug: area.activities.count() for area in CooperationArea.objects.all()}
    assert counts == ACTIVITIES_PER_AREA
    assert loaded["areas"] == 25
    assert loaded["activities"] == Activity.objects.count() == 90
    assert CooperationArea.objects.filter(kind="programmatic").count() == 13
    assert CooperationArea.objects.filter(kind="operational").count() == 12


def test_areas_keep_the_source_order(loaded: dict[str, int]) -> None:
    slugs = list(CooperationArea.objects.values_list("slug", flat=True))
    assert slugs[:3] == ["chemicals-wastes-cluster", "minamata-convention", "global-mercury-partnership"]
    assert slugs[-1] == "hr-matters"


#: (key, status, cooperation level, leads, partners) as the text gives them.
NAMED_ACTIVITIES = [
    ("cluster-costs-of-inaction", "not_started", 3, ["UNEP-CHEM"], ["BRS"]),
    ("saicm-oewg2-documents-support", "planned", 5, ["SAICM"], ["BRS"]),
    ("minamata-basel-mercury-waste", "ongoing", 5, ["BRS", "MINAMATA"], []),
    ("gmp-human-milk-survey", "ongoing", 5, ["BRS", "UNEP-CHEM"], ["WHO"]),
    ("waste-outlook-gpwm", "ongoing", 5, ["UNEP-IETC"], ["BRS"]),
    ("ta-joint-approaches-partners", "potential", 8, ["BRS", "UNEP-CHEM"], []),
    ("ddt-funds-administration", "ongoing", 7, ["BRS"], ["UNEP-CHEM"]),
    ("saicm-2020-goal-guidance", "potential", 6, ["SAICM"], ["BRS"]),
    ("ta-gef-events", "ongoing", 5, ["BRS", "MINAMATA", "UNEP-CHEM"], ["GEF"]),
]


def test_named_activities_have_the_status_level_and_organizations_of_the_text(loaded: dict[str, int]) -> None:
    found = [
        (
            activity.key,
            activity.status,
            activity.cooperation_level,
            sorted(o.acronym for o in activity.lead_organizations.all()),
            sorted(o.acronym for o in activity.partner_organizations.all()),
        )
        for activity in Activity.objects.filter(key__in=[row[0] for row in NAMED_ACTIVITIES])
    ]
    assert sorted(found) == sorted(NAMED_ACTIVITIES)


def test_statuses_across_the_register(loaded: dict[str, int]) -> None:
    counts = {status: Activity.objects.filter(status=status).count() for status in Activity.Status.values}
    assert counts["not_started"] == 1
    assert counts["completed"] == 0
    assert counts["planned"] == 6
    assert sum(counts.values()) == 90


def test_periods_the_text_gives(loaded: dict[str, int]) -> None:
    oewg2 = Activity.objects.get(key="saicm-oewg2-documents-support")
    assert (oewg2.period_start, oewg2.period_end, oewg2.period_text) == (
        date(2014, 12, 14),
        date(2014, 12, 17),
        "14–17 December 2014",
    )
    workshops = Activity.objects.get(key="minamata-regional-workshops-back-to-back")
    assert (workshops.period_start, workshops.period_end) == (date(2015, 3, 1), date(2015, 4, 30))
    assert "back-to-back with the BRS regional preparatory meetings (March-April 2015)" in workshops.text


def test_resource_implications_follow_the_stars_of_the_source(loaded: dict[str, int]) -> None:
    marked = set(Activity.objects.filter(resource_implications=True).values_list("area__slug", flat=True))
    assert marked == {"regional-delivery", "information-resources"}
    assert Activity.objects.filter(resource_implications=True).count() == 12
    assert set(CooperationArea.objects.filter(resource_implications=True).values_list("slug", flat=True)) == {
        "regional-delivery",
        "information-resources",
    }


def test_mandates_the_document_names_or_points_to(loaded: dict[str, int]) -> None:
    references = set(Mandate.objects.values_list("reference", flat=True))
    assert {
        "Minamata Convention, Article 8",
        "Stockholm Convention, Article 15",
        "UNEA 1/5",
        "SC-7/28",
        "BC-12/20",
        "RC-7/10",
        "BC-IX/10",
        "RC-4/11",
        "SC-4/34",
        "GC 27/12",
    } <= references
    article8 = Mandate.objects.get(reference="Minamata Convention, Article 8")
    assert list(article8.activities.values_list("key", flat=True)) == ["minamata-article8-bat-bep-experts"]
    assert article8.kind == "article"
    unea = Mandate.objects.get(reference="UNEA 1/5")
    assert unea.body is not None
    assert (unea.kind, unea.body.code, unea.date) == ("resolution", "unea", date(2014, 6, 27))
    assert set(unea.areas.values_list("slug", flat=True)) == {"financing-consultative-process", "unea-decisions"}
    article15 = Mandate.objects.get(reference="Stockholm Convention, Article 15")
    assert list(article15.activities.values_list("key", flat=True)) == ["pcbs-elimination-overview-report"]
    sc_7_28 = Mandate.objects.get(reference="SC-7/28").body
    assert sc_7_28 is not None and sc_7_28.code == "sc-cop"
    assert all(url.startswith("http") for url in Mandate.objects.exclude(url="").values_list("url", flat=True))


def test_focal_points_are_positions_without_invented_names_or_contacts(loaded: dict[str, int]) -> None:
    assert FocalPoint.objects.count() == loaded["focal_points"] == 34
    ta = FocalPoint.objects.filter(area__slug="technical-assistance-financial-resources")
    assert sorted(fp.person.organization.acronym for fp in ta) == ["BRS", "UNEP-CHEM"]
    assert {fp.role for fp in ta} == {"Technical-assistance focal point"}
    assert not Person.objects.exclude(email="").exists()
    assert not Person.objects.exclude(phone="").exists()


def test_the_unea_side_event_is_a_published_success_story(loaded: dict[str, int]) -> None:
    story = SuccessStory.objects.get()
    assert story.published is True
    assert story.area is not None
    assert story.area.slug == "chemicals-wastes-cluster"
    assert "Nairobi in 2014" in story.text


def test_loading_twice_is_refused_and_changes_nothing(loaded: dict[str, int]) -> None:
    with pytest.raises(RegisterAlreadyLoaded, match="already holds 25 areas"):
        load_register()
    assert Activity.objects.count() == 90
    assert Mandate.objects.count() == loaded["mandates"]


def test_each_activity_has_its_creation_in_history(loaded: dict[str, int]) -> None:
    activity = Activity.objects.get(key="pcbs-pen-collaboration")
    record = activity.history.get()
    assert record.history_change_reason == "Created"
    assert [o.organization.acronym for o in record.lead_organizations.all()] == ["UNEP-CHEM"]


def test_activities_link_to_calendar_events_when_the_calendar_has_them(db: None) -> None:
    # Titles and first days as the demo data set has them (source_table.EVENT_LINKS).
    secretariat = make_organization("SAICM")
    oewg2 = make_event(
        title="Second meeting of the Open-ended Working Group of SAICM (OEWG-2)",
        start=date(2014, 12, 15),
        end=date(2014, 12, 17),
        lead_organizers=[secretariat],
    )
    support = make_event(
        title="In-session support to SAICM OEWG-2: management of meeting documents",
        start=date(2014, 12, 15),
        end=date(2014, 12, 17),
        lead_organizers=[secretariat],
        visibility="internal",
    )
    make_event(
        title="Second meeting of the Open-ended Working Group of SAICM (OEWG-2)",
        start=date(2030, 12, 15),
        end=date(2030, 12, 17),
        lead_organizers=[secretariat],
    )  # not that one
    counts = load_register()
    assert counts["event_links"] == 2
    activity = Activity.objects.get(key="saicm-oewg2-documents-support")
    assert list(activity.events.order_by("pk")) == [oewg2, support]
    # the organization the calendar already had is reused, not duplicated
    assert activity.lead_organizations.get() == secretariat
    assert activity.history.count() == 1


def test_event_links_agree_with_the_demo_data_set() -> None:
    """Every linked event is in the demo data set with the same title and first day."""
    events = pytest.importorskip("synergies.demo.data.events")
    by_key = {record["key"]: record for record in events.EVENTS}
    for demo_key, _activity, title, first in source_table.EVENT_LINKS:
        record = by_key[demo_key]
        assert record["title"] == title, demo_key
        start = record["start"][:10]
        expected = first.isoformat() if len(start) == 10 else first.isoformat()[:7]
        assert start == expected, demo_key


def test_without_calendar_events_the_register_loads_without_links(loaded: dict[str, int]) -> None:
    assert loaded["event_links"] == 0
    assert not Activity.events.through.objects.exists()
    assert Mandate.objects.get(reference="UNEA 1/5").meeting is None


def test_on_the_demo_data_set_every_event_link_resolves(db: None) -> None:
    demo_loader = pytest.importorskip("synergies.demo.loader")
    demo_loader.load_demo_data()
    counts = load_register()
    expected_links = {(activity, title) for _key, activity, title, _first in source_table.EVENT_LINKS if activity}
    assert counts["event_links"] == len(expected_links) == 21
    unea_1 = Mandate.objects.get(reference="UNEA 1/5").meeting
    assert unea_1 is not None
    assert unea_1.title == "First session of the United Nations Environment Assembly (UNEA-1)"
    cop_7 = Mandate.objects.get(reference="SC-7/28").meeting
    assert cop_7 is not None
    assert cop_7.start_date == date(2015, 5, 4)
    story = SuccessStory.objects.get()
    assert [event.title for event in story.events.all()] == [
        "Side event on the sound management of chemicals and hazardous wastes in light of the forthcoming "
        "sustainable development goals"
    ]
