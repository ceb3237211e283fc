"""Builders of directory data: organizations and people. Everything they make is synthetic.

The directory has no write services for these (organizations are reference data kept by the admin
and the loaders), so this is the one place where tests write them with the ORM.
"""

from __future__ import annotations

from typing import Any

from synergies.directory.models import Country, Organization, Person, Topic
from synergies.testing._common import next_number


def make_organization(acronym: str | None = None, **fields: Any) -> Organization:
    """A synthetic organization, ``TEST<n>`` unless an acronym is given."""
    acronym = acronym or f"TEST{next_number()}"
    fields.setdefault("name", f"Test organization {acronym} (synthetic)")
    return Organization.objects.create(acronym=acronym, **fields)


def make_person(name: str | None = None, *, organization: Organization | None = None, **fields: Any) -> Person:
    """A synthetic person of ``organization`` (a new synthetic organization unless given)."""
    return Person.objects.create(
        name=name or f"Synthetic Person {next_number()}",
        organization=organization or make_organization(),
        **fields,
    )


def make_topic(slug: str | None = None, **fields: Any) -> Topic:
    """A synthetic topic beside the vocabulary's, as an administrator adds one in the admin."""
    slug = slug or f"synthetic-topic-{next_number()}"
    fields.setdefault("name", f"Synthetic topic {slug}")
    return Topic.objects.create(slug=slug, **fields)


def country(code: str) -> Country:
    """A country of the reference data every database carries (ISO 3166 alpha-2 code)."""
    return Country.objects.get(code=code)
