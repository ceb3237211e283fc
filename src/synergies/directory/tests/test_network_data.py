"""Integrity of the network and party-status reference data (directory/data/network.py, party_status.py).

These files are loaded by the country-profile and network pages: a bad ISO code, a duplicate key, an
uncited record or dates out of order would reach every database that imports them.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

import pycountry
import pytest

from synergies.demo.data.organizations import ORGANIZATIONS
from synergies.directory.data import vocabulary
from synergies.directory.data.network import (
    BASEL_ROLES,
    FACILITY_KINDS,
    MEA_FOCAL_POINTS,
    NETWORK,
    NETWORK_COUNTS,
    ROLES,
    NetworkRecord,
)
from synergies.directory.data.party_status import (
    ACTIONS,
    MISSING,
    PARTY_STATUS,
    TREATIES,
    PartyStatusRecord,
    TreatyRecord,
)

ISO_COUNTRIES = {record.alpha_2 for record in pycountry.countries}
ISO_LANGUAGES = {record.alpha_2 for record in pycountry.languages if hasattr(record, "alpha_2")}
INSTRUMENTS = {record["code"] for record in vocabulary.INSTRUMENTS}
TOPICS = {slug for slug, _name, _synonyms in vocabulary.TOPICS}
REGIONS = {code for code, _name, _kind in vocabulary.REGIONS}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CONTACT_DETAIL = re.compile(r"@|\+\d|\btel\b|\bfax\b", re.IGNORECASE)


def parse_partial(value: str) -> date:
    """First day a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string can mean; ValueError when it is not one."""
    if not PARTIAL_DATE.match(value):
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(part) for part in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def countries_of(record: NetworkRecord) -> list[str]:
    codes = [record["country"], *record.get("countries_served", [])]
    for role in record["roles"]:
        codes.extend(role.get("countries_served", []))
    return codes


def has_role(record: NetworkRecord, roles: tuple[str, ...]) -> bool:
    return any(role["role"] in roles for role in record["roles"])


def strings_in(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings_in(item)]
    if isinstance(value, list):
        return [text for item in value for text in strings_in(item)]
    return []


# --- The network ----------------------------------------------------------------------------------


def test_network_keys_are_unique_and_fit_an_acronym() -> None:
    keys = Counter(record["key"] for record in NETWORK)

    assert [key for key, count in keys.items() if count > 1] == []
    assert [key for key in keys if len(key) > 32 or not re.fullmatch(r"[A-Z0-9-]+", key)] == []


def test_network_keys_match_the_demo_organizations_they_describe() -> None:
    """Demo organizations and network records of the same institution share the key, so an import
    updates the demo record instead of creating a second one."""
    demo_centres = {
        record["acronym"] for record in ORGANIZATIONS if record["kind"] in ("regional_centre", "regional_office")
    }
    network_keys = {record["key"] for record in NETWORK}

    assert sorted(demo_centres - network_keys) == []


def test_network_country_codes_exist() -> None:
    unknown = {
        (record["key"], code) for record in NETWORK for code in countries_of(record) if code not in ISO_COUNTRIES
    }

    assert unknown == set()


def test_countries_served_are_listed_once_per_list() -> None:
    repeated: list[tuple[str, str]] = []
    for record in NETWORK:
        lists = [record.get("countries_served", [])] + [role.get("countries_served", []) for role in record["roles"]]
        repeated.extend((record["key"], code) for codes in lists for code, n in Counter(codes).items() if n > 1)

    assert repeated == []


def test_every_record_role_and_facility_names_its_source() -> None:
    uncited = [record["key"] for record in NETWORK if not record["checked"].strip()]
    uncited += [
        f"{record['key']}/{role['role']}"
        for record in NETWORK
        for role in record["roles"]
        if not role["checked"].strip()
    ]
    uncited += [
        f"{record['key']}/{facility['kind']}"
        for record in NETWORK
        for facility in record.get("facilities", [])
        if not facility["checked"].strip()
    ]
    uncited += [record["key"] for record in MEA_FOCAL_POINTS if not record["checked"].strip()]

    assert uncited == []


def test_vocabulary_references_resolve() -> None:
    problems = []
    for record in NETWORK:
        key = record["key"]
        problems += [
            f"{key}: kind {record['kind']}" for _ in [0] if record["kind"] not in ("regional_centre", "regional_office")
        ]
        problems += [f"{key}: topic {topic}" for topic in record.get("expertise", []) if topic not in TOPICS]
        problems += [f"{key}: region {region}" for region in record.get("regions_served", []) if region not in REGIONS]
        problems += [f"{key}: language {code}" for code in record.get("languages", []) if code not in ISO_LANGUAGES]
        problems += [
            f"{key}: facility {facility['kind']}"
            for facility in record.get("facilities", [])
            if facility["kind"] not in FACILITY_KINDS
        ]
        for role in record["roles"]:
            problems += [f"{key}: role {role['role']}" for _ in [0] if role["role"] not in ROLES]
            problems += [
                f"{key}: instrument {role.get('instrument')}"
                for _ in [0]
                if role["role"] in (*BASEL_ROLES, "stockholm_centre")
                and role.get("instrument") != ("stockholm" if role["role"] == "stockholm_centre" else "basel")
            ]

    assert problems == []
    assert {"basel", "stockholm"} <= INSTRUMENTS


def test_network_dates_parse_and_a_closed_centre_closed_after_it_began() -> None:
    for record in NETWORK:
        for role in record["roles"]:
            if "since" in role:
                assert parse_partial(role["since"]) <= date(2026, 12, 4), (record["key"], role["since"])
        if "closed" in record:
            closed = parse_partial(record["closed"])
            assert all(parse_partial(role["since"]) <= closed for role in record["roles"] if "since" in role)


def test_an_institution_serving_both_conventions_is_one_record_with_both_roles() -> None:
    names = Counter(record["name"] for record in NETWORK)
    hosts = Counter(
        (record["country"], record["host_institution"]) for record in NETWORK if "host_institution" in record
    )
    duplicate_roles = [
        record["key"] for record in NETWORK if len({role["role"] for role in record["roles"]}) != len(record["roles"])
    ]
    both = sorted(
        record["key"] for record in NETWORK if has_role(record, BASEL_ROLES) and has_role(record, ("stockholm_centre",))
    )

    assert [name for name, count in names.items() if count > 1] == []
    assert [host for host, count in hosts.items() if count > 1] == []
    assert duplicate_roles == []
    assert both == [
        "BCCC-SCRC-URUGUAY",
        "BCRC-CARIBBEAN",
        "BCRC-IRAN",
        "BCRC-SCRC-CHINA",
        "BCRC-SCRC-PANAMA",
        "BCRC-SCRC-SENEGAL",
        "BCRC-SEA",
        "BCRC-SOUTH-AFRICA",
    ]


def test_the_network_matches_what_the_secretariat_states() -> None:
    active = [record for record in NETWORK if "closed" not in record]
    basel = [record for record in active if has_role(record, BASEL_ROLES)]
    stockholm = [record for record in active if has_role(record, ("stockholm_centre",))]
    centres = [record for record in active if record["kind"] == "regional_centre"]

    assert len(basel) == NETWORK_COUNTS["basel"] == 14
    assert len(stockholm) == NETWORK_COUNTS["stockholm"] == 17
    assert len([record for record in basel if record in stockholm]) == NETWORK_COUNTS["both"] == 8
    assert len(centres) == NETWORK_COUNTS["centres"] == 23


def test_each_unep_region_has_one_regional_office_and_fao_has_five() -> None:
    unep = [record for record in NETWORK if has_role(record, ("unep_regional_office",))]
    fao = [record for record in NETWORK if has_role(record, ("fao_regional_office",))]
    unep_regions = sorted(region for record in unep for region in record["regions_served"])

    assert unep_regions == sorted(code for code, _name, kind in vocabulary.REGIONS if kind == "unep")
    assert {record["parent"] for record in unep} == {"UNEP"}
    assert len(fao) == 5
    assert {record["parent"] for record in fao} == {"FAO"}


def test_parents_and_focal_point_offices_resolve() -> None:
    demo_acronyms = {record["acronym"] for record in ORGANIZATIONS}
    offices = {record["key"] for record in NETWORK if has_role(record, ("unep_regional_office",))}

    assert [record["key"] for record in NETWORK if record.get("parent", "UNEP") not in demo_acronyms] == []
    assert [record["key"] for record in MEA_FOCAL_POINTS if record["office"] not in offices | {"all"}] == []
    assert len({record["key"] for record in MEA_FOCAL_POINTS}) == len(MEA_FOCAL_POINTS)


def test_no_contact_details_are_stored() -> None:
    """Contacts are internal: no e-mail address or telephone number in the reference data."""
    found = [
        text for record in [*NETWORK, *MEA_FOCAL_POINTS] for text in strings_in(record) if CONTACT_DETAIL.search(text)
    ]

    assert found == []


# --- Party status ---------------------------------------------------------------------------------


def party_status_problems(rows: list[PartyStatusRecord], treaties: list[TreatyRecord]) -> list[str]:
    """What is wrong with party-status rows, named by country and instrument."""
    by_instrument = {treaty["instrument"]: treaty for treaty in treaties}
    problems = []
    seen = Counter((row["country"], row["instrument"]) for row in rows)
    problems += [f"{country}/{instrument}: listed {n} times" for (country, instrument), n in seen.items() if n > 1]
    for row in rows:
        where = f"{row['country']}/{row['instrument']}"
        if row["country"] not in ISO_COUNTRIES:
            problems.append(f"{where}: unknown country")
        if row["instrument"] not in by_instrument:
            problems.append(f"{where}: no treaty record")
        if row["action"] not in ACTIONS:
            problems.append(f"{where}: unknown action {row['action']!r}")
        if not row["checked"].strip():
            problems.append(f"{where}: no source")
        dates = [row.get("signature"), row["action_date"], row.get("entry_into_force")]
        parsed = [date.fromisoformat(value) for value in dates if value]
        if parsed != sorted(parsed):
            problems.append(f"{where}: signature, action and entry into force out of order")
        treaty = by_instrument.get(row["instrument"])
        if row.get("entry_into_force_computed") and treaty:
            rule = treaty.get("later_parties_rule")
            expected = (
                date.fromisoformat(row["action_date"]) + timedelta(days=rule["days_after_deposit"]) if rule else None
            )
            if expected is None or row.get("entry_into_force") != expected.isoformat():
                problems.append(f"{where}: computed entry into force does not follow the treaty's rule")
    return problems


def test_treaty_records_are_cited_and_in_order() -> None:
    for treaty in TREATIES:
        assert treaty["instrument"] in INSTRUMENTS
        assert treaty["checked"].startswith("https://treaties.un.org/")
        assert date.fromisoformat(treaty["adopted"]) < date.fromisoformat(treaty["entry_into_force"])
        assert treaty["parties"] > 0 and treaty["signatories"] > 0
    assert len({treaty["instrument"] for treaty in TREATIES}) == len(TREATIES)


def test_party_status_rows_are_valid() -> None:
    assert party_status_problems(PARTY_STATUS, TREATIES) == []


def test_every_convention_without_complete_rows_says_what_is_missing() -> None:
    complete = {row["instrument"] for row in PARTY_STATUS}

    assert sorted(set(MISSING) | complete) == ["basel", "minamata", "rotterdam", "stockholm"]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (
            {"country": "XK", "instrument": "rotterdam", "action": "ratification", "action_date": "2005-01-10"},
            "XK/rotterdam: unknown country",
        ),
        (
            {"country": "KE", "instrument": "rotterdam", "action": "signing", "action_date": "2005-01-10"},
            "KE/rotterdam: unknown action 'signing'",
        ),
        (
            {
                "country": "KE",
                "instrument": "rotterdam",
                "action": "ratification",
                "signature": "2006-01-01",
                "action_date": "2005-01-10",
            },
            "KE/rotterdam: signature, action and entry into force out of order",
        ),
        (
            {
                "country": "KE",
                "instrument": "rotterdam",
                "action": "accession",
                "action_date": "2005-01-10",
                "entry_into_force": "2005-04-01",
                "entry_into_force_computed": True,
            },
            "KE/rotterdam: computed entry into force does not follow the treaty's rule",
        ),
    ],
)
def test_the_party_status_check_names_what_is_wrong(row: dict[str, object], problem: str) -> None:
    """Synthetic rows (test data, not depositary facts) show the check catches each kind of error."""
    synthetic: PartyStatusRecord = {"checked": "synthetic test row", **row}  # type: ignore[typeddict-item]

    assert party_status_problems([synthetic], TREATIES) == [problem]


def test_a_computed_entry_into_force_follows_the_ninetieth_day_rule() -> None:
    synthetic: PartyStatusRecord = {
        "country": "KE",
        "instrument": "rotterdam",
        "action": "accession",
        "action_date": "2005-01-10",
        "entry_into_force": "2005-04-10",
        "entry_into_force_computed": True,
        "checked": "synthetic test row",
    }

    assert party_status_problems([synthetic], TREATIES) == []
