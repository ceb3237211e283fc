"""The InforMEA toolkit fixtures are what the toolkit serves: a $metadata a real OData v2 client reads,
and JSON pages whose every entity has a declared type and exactly that type's properties and navigations.

The fixtures (fixtures/informea_odata/, see its README and docs/informea-odata.md) are reconstructed from
the toolkit's model and Olingo 2.0.12, not written by our code; this test keeps them honest, so that the
reader and the provider built against them are tested against the toolkit's shape.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from pyodata.v2.model import MetadataBuilder, Schema

FIXTURES = Path(__file__).parent / "fixtures" / "informea_odata"
SERVICE_ROOT = "https://toolkit.example/informea.svc/"
EDM = "{http://schemas.microsoft.com/ado/2008/09/edm}"
PAGES = sorted(path.name for path in FIXTURES.glob("*.json"))
DATE = re.compile(r"^/Date\(-?\d+\)/$")


@pytest.fixture(scope="module")
def schema() -> Schema:
    return MetadataBuilder((FIXTURES / "metadata.xml").read_bytes()).build()


def entity_sets_declared() -> list[tuple[str, str]]:
    """(name, entity type) of every EntitySet as the document declares them, duplicates included."""
    root = ElementTree.parse(FIXTURES / "metadata.xml").getroot()
    return [(node.get("Name", ""), node.get("EntityType", "")) for node in root.iter(f"{EDM}EntitySet")]


def entries(node: Any) -> Iterator[tuple[dict[str, Any], str]]:
    """Every entity in a page or an inline feed, with the navigation path that led to it."""

    def walk(entity: dict[str, Any], path: str) -> Iterator[tuple[dict[str, Any], str]]:
        yield entity, path
        for name, value in entity.items():
            if isinstance(value, dict) and "results" in value:
                for child in value["results"]:
                    yield from walk(child, f"{path}/{name}")

    for entity in node["d"]["results"]:
        yield from walk(entity, "")


def test_a_real_odata_v2_client_reads_the_toolkits_metadata(schema: Schema) -> None:
    assert schema.namespaces == ["informea"]
    assert len(schema.entity_types) == 35
    assert len(schema.associations) == 52
    for name, type_name in [
        ("Meetings", "Meeting"),
        ("Decisions", "Decision"),
        ("Contacts", "Contact"),
        ("CountryReports", "CountryReport"),
        ("NationalPlans", "NationalPlan"),
        ("Sites", "Site"),
        ("Treaties", "Treaty"),
        ("Documents", "Document"),
    ]:
        assert schema.entity_set(name).entity_type.name == type_name
    meeting = schema.entity_type("Meeting")
    assert [key.name for key in meeting.key_proprties] == ["id"]
    assert [(nav.name, nav.to_role.entity_type_name, nav.to_role.multiplicity) for nav in meeting.nav_proprties] == [
        ("description", "MeetingDescription", "*"),
        ("title", "MeetingTitle", "*"),
    ]
    title = schema.entity_type("MeetingTitle")
    assert [(prop.name, prop.typ.name, prop.nullable) for prop in title.proprties()] == [
        ("Id", "Edm.String", False),
        ("language", "Edm.String", True),
        ("value", "Edm.String", True),
    ]
    assert [(nav.name, nav.to_role.multiplicity) for nav in title.nav_proprties] == [("MeetingDetails", "1")]
    treaty = schema.entity_type("Meeting").proprty("treaty")
    assert (treaty.nullable, treaty.max_length) == (False, 1024)


def test_the_toolkits_duplicate_entity_set_names_are_kept() -> None:
    """jpa_edm_mapping.xml names two sets "treaty" and two "description"; Olingo declares both of each."""
    declared = entity_sets_declared()
    assert len(declared) == 35
    assert sorted(type_name for name, type_name in declared if name == "treaty") == [
        "informea.ContactTreaty",
        "informea.DocumentTreaty",
    ]
    assert sorted(type_name for name, type_name in declared if name == "description") == [
        "informea.MeetingDescription",
        "informea.TreatyDescription",
    ]


@pytest.mark.parametrize("page", PAGES)
def test_every_entity_has_a_declared_type_and_exactly_its_declared_fields(schema: Schema, page: str) -> None:
    data = json.loads((FIXTURES / page).read_text(encoding="utf-8"))
    set_of_type = {type_name.removeprefix("informea."): name for name, type_name in entity_sets_declared()}
    count = 0
    for entity, path in entries(data):
        count += 1
        metadata = entity["__metadata"]
        assert metadata["type"].startswith("informea."), (page, path)
        entity_type = schema.entity_type(metadata["type"].removeprefix("informea."))
        key = entity_type.key_proprties[0].name
        uri = f"{SERVICE_ROOT}{set_of_type[entity_type.name]}('{entity[key]}')"
        assert metadata == {"id": uri, "uri": uri, "type": metadata["type"]}, (page, path)
        properties = [prop.name for prop in entity_type.proprties()]
        navigations = [nav.name for nav in entity_type.nav_proprties]
        assert list(entity) == ["__metadata", *properties, *navigations], (page, path)
        for prop in entity_type.proprties():
            value = entity[prop.name]
            if value is None:
                assert prop.nullable, (page, path, prop.name)
                continue
            if prop.typ.name == "Edm.DateTime":
                assert DATE.match(value), (page, path, prop.name, value)
            if prop.typ.name == "Edm.Double":
                assert isinstance(value, str), (page, path, prop.name)  # Olingo quotes doubles
            if prop.max_length:
                assert len(value) <= prop.max_length, (page, path, prop.name)
            prop.typ.traits.from_json(value)  # the client library's own reading of the value
        for nav in entity_type.nav_proprties:
            value = entity[nav.name]
            if "__deferred" in value:
                assert value == {"__deferred": {"uri": f"{uri}/{nav.name}"}}, (page, path, nav.name)
                continue
            # Olingo finds the inline set by name, so a same-named set's type may stand in (see the doc).
            expected_set = set_of_type[nav.to_role.entity_type_name]
            for child in value["results"]:
                child_type = child["__metadata"]["type"].removeprefix("informea.")
                assert set_of_type[child_type] == expected_set, (page, path, nav.name, child_type)
    assert count > 0


@pytest.mark.parametrize("page", PAGES)
def test_dates_are_written_with_escaped_slashes_as_olingo_writes_them(page: str) -> None:
    text = (FIXTURES / page).read_text(encoding="utf-8")
    assert '"/Date(' not in text
    if "Date(" in text:
        assert '"\\/Date(' in text


def test_meeting_pages_chain_through_relative_next_links_with_a_skiptoken() -> None:
    pages = [json.loads((FIXTURES / f"meetings_expanded_page{n}.json").read_text(encoding="utf-8")) for n in (1, 2, 3)]
    query = "Meetings?$format=json&$inlinecount=allpages&$expand=title,description"
    assert [page["d"].get("__next") for page in pages] == [f"{query}&$skiptoken=2", f"{query}&$skiptoken=4", None]
    assert [page["d"]["__count"] for page in pages] == ["5", "5", "5"]
    ids = [meeting["id"] for page in pages for meeting in page["d"]["results"]]
    assert len(ids) == len(set(ids)) == 5
    assert ids == sorted(ids)  # server paging orders by the key


def test_deferred_links_answer_the_expanded_texts() -> None:
    def load(name: str) -> Any:
        return json.loads((FIXTURES / name).read_text(encoding="utf-8"))

    deferred = load("meetings_deferred_page1.json")["d"]
    assert "__count" not in deferred
    meeting = deferred["results"][1]
    expanded = load("meetings_expanded_page1.json")["d"]["results"][1]
    assert meeting["id"] == expanded["id"] == "af2078a9-357d-4b12-8f44-fdd1e63ea63f"
    for name, fixture in [
        ("title", "meeting_title_deferred.json"),
        ("description", "meeting_description_deferred.json"),
    ]:
        assert meeting[name]["__deferred"]["uri"] == f"{meeting['__metadata']['uri']}/{name}"
        assert load(fixture)["d"]["results"] == expanded[name]["results"]
    assert [(t["language"], t["value"]) for t in expanded["title"]["results"]] == [
        ("en", "12th Meeting of the Conference of the Parties"),
        ("es", "12ª Reunión de la Conferencia de las Partes"),
        ("fr", "12e Session de la Conférence des Parties"),
    ]
