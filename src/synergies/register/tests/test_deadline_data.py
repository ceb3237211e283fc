"""The deadline, component and observance data: every record sourced, every rule giving the days computed by hand."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from dateutil.rrule import rrule, rrulestr  # type: ignore[import-untyped]  # python-dateutil ships no stubs

from synergies.directory.data.vocabulary import BODIES, INSTRUMENTS, TOPICS
from synergies.register.data import components, deadlines, observances, source_table

INSTRUMENT_CODES = {item["code"] for item in INSTRUMENTS}
BODY_CODES = {row[0] for row in BODIES}
TOPIC_SLUGS = {row[0] for row in TOPICS}
AREA_SLUGS = {area["slug"] for area in source_table.AREAS}
ACTIVITY_KEYS = {activity["key"] for area in source_table.AREAS for activity in area["activities"]}
MANDATE_KINDS = {"decision", "resolution", "article", "recommendation"}

ALL_MANDATES = [*source_table.MANDATES, *components.MANDATES, *deadlines.MANDATES]
MANDATE_REFERENCES = {mandate["reference"] for mandate in ALL_MANDATES}


def _rule(text: str, start: date) -> rrule:
    parsed = rrulestr(text, dtstart=datetime.combine(start, time()))
    assert isinstance(parsed, rrule)
    return parsed


def _days(text: str, start: date, first_year: int, last_year: int) -> list[date]:
    window = _rule(text, start).between(datetime(first_year, 1, 1), datetime(last_year, 12, 31, 23, 59), inc=True)
    return [moment.date() for moment in window]


def _deadline(key: str) -> deadlines.DeadlineRecord:
    return next(record for record in deadlines.DEADLINES if record["key"] == key)


def _observance(key: str) -> observances.ObservanceRecord:
    return next(record for record in observances.OBSERVANCES if record["key"] == key)


# ------------------------------------------------------------------------------------------- sources


def test_every_record_names_where_it_was_checked() -> None:
    for mandate in [*components.MANDATES, *deadlines.MANDATES]:
        assert mandate["url"].startswith("http"), mandate["reference"]
        assert mandate["checked"], mandate["reference"]
    for component in components.COMPONENTS:
        assert component["url"].startswith("http"), component
        assert component["checked"], component
    for record in [*deadlines.DEADLINES, *deadlines.STANDING_RULES, *observances.OBSERVANCES]:
        assert record["urls"], record["key"]
        assert all(url.startswith("http") for url in record["urls"]), record["key"]
        assert record["checked"], record["key"]


def test_each_module_says_what_it_left_out() -> None:
    for module in (components, deadlines, observances):
        assert module.LEFT_OUT
        assert module.__doc__ is not None
        assert "2026-12-04" in module.__doc__


# ------------------------------------------------------------------------------------------- references


def test_mandate_references_are_unique_across_the_register_data() -> None:
    references = [mandate["reference"] for mandate in ALL_MANDATES]
    assert len(references) == len(set(references))


def test_new_mandates_use_the_vocabulary() -> None:
    for mandate in [*components.MANDATES, *deadlines.MANDATES]:
        assert mandate["kind"] in MANDATE_KINDS, mandate["reference"]
        assert mandate["body"] in BODY_CODES | {""}, mandate["reference"]
        assert set(mandate["instruments"]) <= INSTRUMENT_CODES, mandate["reference"]
        assert len(mandate["reference"]) <= 64
        assert len(mandate["title"]) <= 300


def test_components_point_at_known_mandates_and_are_unique_within_each() -> None:
    seen_order: set[tuple[str, int]] = set()
    seen_number: set[tuple[str, str]] = set()
    for component in components.COMPONENTS:
        mandate = component["mandate"]
        assert mandate in MANDATE_REFERENCES, mandate
        assert (mandate, component["order"]) not in seen_order, component
        seen_order.add((mandate, component["order"]))
        if component["number"]:
            assert (mandate, component["number"]) not in seen_number, component
            seen_number.add((mandate, component["number"]))
    orders: dict[str, list[int]] = {}
    for component in components.COMPONENTS:
        orders.setdefault(component["mandate"], []).append(component["order"])
    for mandate, numbers in orders.items():
        assert numbers == list(range(1, len(numbers) + 1)), mandate


def test_components_are_quoted_without_numbers_or_footnote_markers() -> None:
    for component in components.COMPONENTS:
        text = component["text"]
        assert not text[0].isdigit(), text
        assert not re.search(r"[a-z]\d", text), text  # a marker glued to a word ("therein1")
        assert "[" not in text, text
        assert text == text.strip()
        assert "  " not in text


def test_components_use_the_vocabulary() -> None:
    organizations = {acronym for acronym, _name, _kind in source_table.ORGANIZATIONS} | {components.UNEP}
    for component in components.COMPONENTS:
        assert set(component["addressees"]) <= set(components.ADDRESSEES), component
        assert set(component["organizations"]) <= organizations, component
        assert set(component["instruments"]) <= INSTRUMENT_CODES, component
        assert set(component.get("activities", [])) <= ACTIVITY_KEYS, component


def test_deadlines_point_at_known_mandates() -> None:
    for record in [*deadlines.DEADLINES, *deadlines.STANDING_RULES]:
        assert record["mandate"] in MANDATE_REFERENCES, record["key"]
    for record in deadlines.DEADLINES:
        assert record["basis"] in MANDATE_REFERENCES | {""}, record["key"]
        assert all(setter in MANDATE_REFERENCES | {""} for _day, setter in record["occurrences"]), record["key"]


def test_deadlines_use_the_vocabulary() -> None:
    keys = [record["key"] for record in [*deadlines.DEADLINES, *deadlines.STANDING_RULES]]
    assert len(keys) == len(set(keys))
    for record in [*deadlines.DEADLINES, *deadlines.STANDING_RULES]:
        assert record["instrument"] in INSTRUMENT_CODES, record["key"]
        assert record["body"] in BODY_CODES, record["key"]
        assert set(record["who"]) <= set(deadlines.WHO), record["key"]
    for record in deadlines.DEADLINES:
        assert record["kind"] in deadlines.KINDS, record["key"]


def test_observances_use_the_vocabulary() -> None:
    keys = [record["key"] for record in observances.OBSERVANCES]
    assert len(keys) == len(set(keys))
    for record in observances.OBSERVANCES:
        assert record["kind"] in {"day", "week"}, record["key"]
        assert record["days"] == (7 if record["kind"] == "week" else 1), record["key"]
        assert record["set_by_kind"] in observances.SET_BY_KINDS, record["key"]
        if record["set_by_kind"] == observances.GA_RESOLUTION:
            assert re.fullmatch(r"A/RES/\d+/\d+|A/RES/\d+ \([XVLI]+\)", record["set_by"]), record["key"]
        assert set(record["topics"]) <= TOPIC_SLUGS, record["key"]
        assert set(record["areas"]) <= AREA_SLUGS, record["key"]


# ------------------------------------------------------------------------------------------- deadline rules


def test_every_deadline_rule_parses_and_starts_on_its_first_occurrence() -> None:
    for record in deadlines.DEADLINES:
        if not record["rrule"]:
            assert record["occurrences"] == [(record["dtstart"], record["occurrences"][0][1])], record["key"]
            assert record["continues"] is False, record["key"]
            continue
        assert "DTSTART" not in record["rrule"]
        assert record["rrule"].startswith("FREQ=")
        first = _rule(record["rrule"], record["dtstart"])[0].date()
        assert first == record["dtstart"], record["key"]


def test_confirmed_occurrences_fall_on_the_rule() -> None:
    for record in deadlines.DEADLINES:
        if not record["rrule"]:
            continue
        days = _days(record["rrule"], record["dtstart"], 1990, 2040)
        for day, _setter in record["occurrences"]:
            assert day in days, (record["key"], day)


def test_basel_annual_reports_are_due_on_31_december_every_year() -> None:
    record = _deadline("basel-national-report")
    assert _days(record["rrule"], record["dtstart"], 2025, 2028) == [
        date(2025, 12, 31),
        date(2026, 12, 31),
        date(2027, 12, 31),
        date(2028, 12, 31),
    ]
    assert _days(record["rrule"], record["dtstart"], 2011, 2013) == [
        date(2011, 12, 31),
        date(2012, 12, 31),
        date(2013, 12, 31),
    ]


def test_stockholm_reports_every_four_years_on_31_august_until_the_last_day_set() -> None:
    record = _deadline("stockholm-national-report")
    assert [moment.date() for moment in _rule(record["rrule"], record["dtstart"])] == [
        date(2014, 8, 31),
        date(2018, 8, 31),
        date(2022, 8, 31),
        date(2026, 8, 31),
    ]
    assert _days(record["rrule"], record["dtstart"], 2027, 2035) == []
    assert record["continues"] is True


def test_minamata_short_and_full_reports() -> None:
    short = _deadline("minamata-short-national-report")
    full = _deadline("minamata-full-national-report")
    assert [moment.date() for moment in _rule(short["rrule"], short["dtstart"])] == [
        date(2019, 12, 31),
        date(2023, 12, 31),
    ]
    assert [moment.date() for moment in _rule(full["rrule"], full["dtstart"])] == [date(2021, 12, 31)]


def test_stockholm_single_days() -> None:
    assert {record["key"]: record["dtstart"] for record in deadlines.DEADLINES if not record["rrule"]} == {
        "stockholm-first-national-report": date(2006, 12, 31),
        "stockholm-first-national-report-extended": date(2007, 7, 31),
        "stockholm-second-national-report": date(2010, 10, 31),
        "stockholm-second-national-report-extended": date(2011, 7, 31),
        "stockholm-sc-9-3-working-group-nominations": date(2020, 4, 30),
        "minamata-reporting-guidance-comments": date(2021, 6, 28),
    }


# ------------------------------------------------------------------------------------------- observances

#: First days of each observance in 2026, 2027 and 2028, computed by hand.
OBSERVANCE_DAYS_2026_2028 = {
    "international-day-of-zero-waste": [date(2026, 3, 30), date(2027, 3, 30), date(2028, 3, 30)],
    "world-environment-day": [date(2026, 6, 5), date(2027, 6, 5), date(2028, 6, 5)],
    "international-day-of-clean-air-for-blue-skies": [date(2026, 9, 7), date(2027, 9, 7), date(2028, 9, 7)],
    "international-day-for-the-preservation-of-the-ozone-layer": [
        date(2026, 9, 16),
        date(2027, 9, 16),
        date(2028, 9, 16),
    ],
    "world-oceans-day": [date(2026, 6, 8), date(2027, 6, 8), date(2028, 6, 8)],
    "international-day-of-awareness-of-food-loss-and-waste": [date(2026, 9, 29), date(2027, 9, 29), date(2028, 9, 29)],
    "world-cleanup-day": [date(2026, 9, 20), date(2027, 9, 20), date(2028, 9, 20)],
    "world-soil-day": [date(2026, 12, 5), date(2027, 12, 5), date(2028, 12, 5)],
    "world-day-for-safety-and-health-at-work": [date(2026, 4, 28), date(2027, 4, 28), date(2028, 4, 28)],
    # October 2026 ends on a Saturday, 2027 on a Sunday, 2028 on a Tuesday.
    "international-lead-poisoning-prevention-week": [date(2026, 10, 25), date(2027, 10, 24), date(2028, 10, 22)],
}


def test_observance_days_2026_to_2028() -> None:
    assert {record["key"] for record in observances.OBSERVANCES} == set(OBSERVANCE_DAYS_2026_2028)
    for record in observances.OBSERVANCES:
        assert _days(record["rrule"], record["dtstart"], 2026, 2028) == OBSERVANCE_DAYS_2026_2028[record["key"]], (
            record["key"]
        )


def test_observance_series_start_on_their_first_day_and_cover_every_dated_edition() -> None:
    for record in observances.OBSERVANCES:
        rule = _rule(record["rrule"], record["dtstart"])
        assert rule[0].date() == record["dtstart"], record["key"]
        if record["first_observed"] is not None:
            assert record["first_observed"] == record["dtstart"], record["key"]
        if record["adopted"] is not None:
            assert record["adopted"] < record["dtstart"], record["key"]
        for day in record["confirmed"]:
            assert rule.between(datetime.combine(day, time()), datetime.combine(day, time()), inc=True), (
                record["key"],
                day,
            )


def test_lead_week_is_the_last_full_sunday_to_saturday_week_of_october() -> None:
    record = _observance("international-lead-poisoning-prevention-week")
    starts = _days(record["rrule"], record["dtstart"], 2013, 2030)
    assert len(starts) == 18
    for start in starts:
        end = start + timedelta(days=record["days"] - 1)
        assert start.weekday() == 6  # Sunday
        assert end.month == 10
        assert (end + timedelta(days=7)).month == 11  # no later full week in October
    # Every edition a source dates (2013, 2019-2022, 2024, 2025) is one of those weeks.
    assert len(record["confirmed"]) == 7
    assert all(day in starts for day in record["confirmed"])


@pytest.mark.parametrize(
    ("module", "count"),
    [
        (components.COMPONENTS, 20),
        (deadlines.DEADLINES, 10),
        (deadlines.STANDING_RULES, 2),
        (observances.OBSERVANCES, 10),
    ],
)
def test_counts_documented_in_demo_data_md(module: Any, count: Any) -> None:
    assert len(module) == count
