"""Writes to the directory: the reference data every database carries.

``save_entry`` and ``delete_entry`` write one entry (an organization, person, country, region,
instrument, body or topic) for the admin and the demo loader; the admin's form has validated it.

``sync_reference_data`` is idempotent: it creates what is missing and corrects names, never
deletes. It runs after every ``migrate`` (see ``apps.py``, as ``SYSTEM``), so a fresh database, a
test database and production all have the same countries, regions, instruments, bodies and topics.
Like every write it takes the acting user ``by`` (required) and refuses anyone but an administrator
or ``SYSTEM`` (``permissions.require_may_change_reference_data``).
"""

from __future__ import annotations

from typing import Any

import pycountry
from django.db import models, transaction

from synergies.core.actors import Actor
from synergies.directory import permissions
from synergies.directory.data import vocabulary
from synergies.directory.models import Body, Country, Instrument, Organization, Person, Region, Topic

try:  # country membership of regions, where known
    from synergies.directory.data.regions import REGION_MEMBERS
except ImportError:  # pragma: no cover - the data module ships with the package
    REGION_MEMBERS = {}


ENTRY_MODELS: tuple[type[models.Model], ...] = (Body, Country, Instrument, Organization, Person, Region, Topic)


def save_entry(entry: models.Model, *, by: Actor) -> models.Model:
    """Save a new or changed reference entry; administrators and ``SYSTEM`` only."""
    permissions.require_may_change_reference_data(by)
    if not isinstance(entry, ENTRY_MODELS):
        raise TypeError(f"Not an entry of the directory: {entry!r}")
    entry.save()
    return entry


def delete_entry(entry: models.Model, *, by: Actor) -> None:
    """Delete a reference entry; administrators and ``SYSTEM`` only. (The database refuses to delete an
    organization that events, feeds or people still name.)"""
    permissions.require_may_change_reference_data(by)
    if not isinstance(entry, ENTRY_MODELS):
        raise TypeError(f"Not an entry of the directory: {entry!r}")
    entry.delete()


def _country_name(record: Any) -> str:
    return str(getattr(record, "common_name", None) or record.name)


@transaction.atomic
def sync_reference_data(*, by: Actor) -> None:
    """Bring the reference data in step with the package's vocabulary (administrators and ``SYSTEM``)."""
    permissions.require_may_change_reference_data(by)
    existing_countries = {c.code: c for c in Country.objects.all()}
    new_countries, renamed = [], []
    for record in pycountry.countries:
        code, name = record.alpha_2, _country_name(record)
        country = existing_countries.get(code)
        if country is None:
            new_countries.append(Country(code=code, name=name))
        elif country.name != name:
            country.name = name
            renamed.append(country)
    Country.objects.bulk_create(new_countries)
    Country.objects.bulk_update(renamed, ["name"])

    for code, name, kind in vocabulary.REGIONS:
        Region.objects.update_or_create(code=code, defaults={"name": name, "kind": kind})
    for item in vocabulary.INSTRUMENTS:
        Instrument.objects.update_or_create(code=item["code"], defaults={k: v for k, v in item.items() if k != "code"})
    instruments = {i.code: i for i in Instrument.objects.all()}
    for code, acronym, name, kind, instrument in vocabulary.BODIES:
        Body.objects.update_or_create(
            code=code,
            defaults={"acronym": acronym, "name": name, "kind": kind, "instrument": instruments.get(instrument)},
        )
    for slug, name, synonyms in vocabulary.TOPICS:
        Topic.objects.update_or_create(slug=slug, defaults={"name": name, "synonyms": synonyms})

    regions = {r.code: r for r in Region.objects.all()}
    countries = {c.code: c for c in Country.objects.all()}
    through = Country.regions.through
    wanted = {
        (countries[country_code].pk, regions[region_code].pk)
        for region_code, members in REGION_MEMBERS.items()
        for country_code in members
        if country_code in countries and region_code in regions
    }
    have = set(through.objects.values_list("country_id", "region_id"))
    through.objects.bulk_create(through(country_id=c, region_id=r) for c, r in wanted - have)
