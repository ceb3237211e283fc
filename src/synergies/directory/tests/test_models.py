"""How the directory's entries are named wherever they are listed: by their short stable key or name."""

from __future__ import annotations

import pytest

from synergies.directory.models import Body, Country, Instrument, Organization, Region, Topic
from synergies.testing import make_organization, make_person

pytestmark = pytest.mark.django_db


def test_reference_entries_read_as_their_names() -> None:
    assert str(Country.objects.get(code="KE")) == "Kenya"
    assert str(Region.objects.get(code="africa")) == "African States"
    assert str(Instrument.objects.get(code="basel")) == "Basel Convention"
    assert str(Topic.objects.get(slug="mercury")) == "Mercury"


def test_a_body_reads_as_its_acronym_else_its_name() -> None:
    assert str(Body.objects.get(code="bc-cop")) == "BC COP"
    nameless = Body(code="synthetic-body", name="Synthetic expert group", acronym="", kind=Body.Kind.EXPERT_GROUP)
    assert str(nameless) == "Synthetic expert group"


def test_an_organization_reads_as_its_acronym_and_a_person_with_their_organization() -> None:
    organization = make_organization("SYN-ORG", name="Synthetic organization")
    assert str(organization) == "SYN-ORG"
    assert str(make_person("Synthetic Focal Person", organization=organization)) == "Synthetic Focal Person (SYN-ORG)"


def test_organizations_are_listed_by_acronym() -> None:
    for acronym in ("SYN-C", "SYN-A", "SYN-B"):
        make_organization(acronym)
    listed = Organization.objects.filter(acronym__startswith="SYN-").values_list("acronym", flat=True)
    assert list(listed) == ["SYN-A", "SYN-B", "SYN-C"]
