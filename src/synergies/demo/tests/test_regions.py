"""Membership of the UN regional groups and UNEP regions (directory/data/regions.py), as every database gets it."""

from __future__ import annotations

from collections import Counter

import pycountry
import pytest

from synergies.directory.data import vocabulary
from synergies.directory.data.regions import REGION_MEMBERS, UN_REGIONAL_GROUPS
from synergies.directory.models import Country

UNEP_REGIONS = [code for code, _name, kind in vocabulary.REGIONS if kind == "unep"]


def groups_of(country_code: str, region_codes: list[str]) -> list[str]:
    return [code for code in region_codes if country_code in REGION_MEMBERS[code]]


def test_every_region_of_the_vocabulary_has_members() -> None:
    assert sorted(REGION_MEMBERS) == sorted(code for code, _name, _kind in vocabulary.REGIONS)
    assert all(REGION_MEMBERS.values())


def test_members_are_iso_codes() -> None:
    iso = {record.alpha_2 for record in pycountry.countries}

    assert [code for members in REGION_MEMBERS.values() for code in members if code not in iso] == []


def test_the_193_member_states_each_sit_in_exactly_one_un_group() -> None:
    members = Counter(code for group in UN_REGIONAL_GROUPS for code in REGION_MEMBERS[group])

    assert len(members) == 193
    assert [code for code, times in members.items() if times > 1] == []
    assert {group: len(REGION_MEMBERS[group]) for group in UN_REGIONAL_GROUPS} == {
        "africa": 54,
        "asia-pacific": 54,
        "eastern-europe": 23,
        "grulac": 33,
        "weog": 29,
    }


def test_the_documented_special_cases() -> None:
    assert groups_of("TR", list(UN_REGIONAL_GROUPS)) == ["weog"]  # electoral purposes
    assert groups_of("US", list(UN_REGIONAL_GROUPS)) == ["weog"]  # observer, counted with WEOG
    assert groups_of("IL", list(UN_REGIONAL_GROUPS)) == ["weog"]
    assert groups_of("KI", list(UN_REGIONAL_GROUPS)) == ["asia-pacific"]
    assert groups_of("CY", list(UN_REGIONAL_GROUPS)) == ["asia-pacific"]
    assert groups_of("PS", list(UN_REGIONAL_GROUPS)) == []  # not a Member State
    assert groups_of("VA", list(UN_REGIONAL_GROUPS)) == []


def test_unep_regions_do_not_overlap_and_have_the_offices_country_counts() -> None:
    members = Counter(code for region in UNEP_REGIONS for code in REGION_MEMBERS[region])

    assert [code for code, times in members.items() if times > 1] == []
    assert {region: len(REGION_MEMBERS[region]) for region in UNEP_REGIONS} == {
        "unep-africa": 54,
        "unep-asia-pacific": 41,
        "unep-europe": 54,
        "unep-lac": 33,
        "unep-north-america": 2,
        "unep-west-asia": 12,
    }
    assert groups_of("CY", UNEP_REGIONS) == ["unep-europe"]
    assert groups_of("KZ", UNEP_REGIONS) == ["unep-europe"]
    assert groups_of("IR", UNEP_REGIONS) == ["unep-asia-pacific"]
    assert groups_of("PS", UNEP_REGIONS) == ["unep-west-asia"]


@pytest.mark.django_db
def test_every_database_knows_the_membership() -> None:
    kenya = Country.objects.get(code="KE")
    turkiye = Country.objects.get(code="TR")

    assert sorted(kenya.regions.values_list("code", flat=True)) == ["africa", "unep-africa"]
    assert sorted(turkiye.regions.values_list("code", flat=True)) == ["unep-europe", "weog"]
