"""The reference data every database carries after ``migrate``: loaded once, corrected, never deleted."""

from __future__ import annotations

import pycountry
import pytest

from synergies.core.actors import SYSTEM
from synergies.directory.data import vocabulary
from synergies.directory.data.regions import REGION_MEMBERS
from synergies.directory.models import Body, Country, Instrument, Region, Topic
from synergies.directory.services import sync_reference_data
from synergies.testing import make_topic

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {
        "countries": Country.objects.count(),
        "regions": Region.objects.count(),
        "instruments": Instrument.objects.count(),
        "bodies": Body.objects.count(),
        "topics": Topic.objects.count(),
        "memberships": Country.regions.through.objects.count(),
    }


def test_every_database_has_the_countries_regions_instruments_bodies_and_topics() -> None:
    assert Country.objects.count() == len(pycountry.countries)
    assert set(Region.objects.values_list("code", flat=True)) == {code for code, _name, _kind in vocabulary.REGIONS}
    assert set(Instrument.objects.values_list("code", flat=True)) == {item["code"] for item in vocabulary.INSTRUMENTS}
    assert set(Topic.objects.values_list("slug", flat=True)) == {slug for slug, _name, _synonyms in vocabulary.TOPICS}
    assert Body.objects.get(code="bc-cop").instrument == Instrument.objects.get(code="basel")


def test_countries_belong_to_their_regions() -> None:
    kenya = Country.objects.get(code="KE")
    assert "africa" in set(kenya.regions.values_list("code", flat=True))
    for region_code, members in REGION_MEMBERS.items():
        stored = set(Region.objects.get(code=region_code).countries.values_list("code", flat=True))
        assert stored == set(members) & set(Country.objects.values_list("code", flat=True)), region_code


def test_loading_again_changes_nothing() -> None:
    before = _counts()
    sync_reference_data(by=SYSTEM)
    assert _counts() == before


def test_loading_again_corrects_names_and_lost_memberships() -> None:
    Country.objects.filter(code="KE").update(name="Synthetic wrong name")
    Topic.objects.filter(slug="mercury").update(name="Synthetic wrong topic")
    Region.objects.filter(code="africa").update(name="Synthetic wrong region")
    kenya = Country.objects.get(code="KE")
    kenya.regions.clear()
    sync_reference_data(by=SYSTEM)
    assert Country.objects.get(code="KE").name == "Kenya"
    assert Topic.objects.get(slug="mercury").name == "Mercury"
    assert Region.objects.get(code="africa").name == "African States"
    assert "africa" in set(kenya.regions.values_list("code", flat=True))


def test_loading_never_deletes_what_was_added_here() -> None:
    make_topic("synthetic-topic")
    sync_reference_data(by=SYSTEM)
    assert Topic.objects.filter(slug="synthetic-topic").exists()
