"""Builders of directory data: organizations, people and topics. Everything they make is synthetic.

They save through ``directory.services.save_entry``, as ``SYSTEM`` unless a test names the acting user
(``by=``; reference data is for administrators, ``directory.permissions``).
"""

from __future__ import annotations

from typing import Any

from synergies.directory.models import Country, Organization, Person, Topic
from synergies.directory.services import save_entry
from synergies.testing._common import acting, next_number


def make_organization(acronym: str | None = None, *, by: Any = None, **fields: Any) -> Organization:
    """A synthetic organization, ``TEST<n>`` unless an acronym is given."""
    acronym = acronym or f"TEST{next_number()}"
    fields.setdefault("name", f"Test organization {acronym} (synthetic)")
    organization = Organization(acronym=acronym, **fields)
    save_entry(organization, by=acting(by))
    return organization


def make_person(
    name: str | None = None, *, organization: Organization | None = None, by: Any = None, **fields: Any
) -> Person:
    """A synthetic person of ``organization`` (a new synthetic organization unless given)."""
    person = Person(
        name=name or f"Synthetic Person {next_number()}",
        organization=organization or make_organization(),
        **fields,
    )
    save_entry(person, by=acting(by))
    return person


def make_topic(slug: str | None = None, *, by: Any = None, **fields: Any) -> Topic:
    """A synthetic topic beside the vocabulary's, as an administrator adds one in the admin."""
    slug = slug or f"synthetic-topic-{next_number()}"
    fields.setdefault("name", f"Synthetic topic {slug}")
    topic = Topic(slug=slug, **fields)
    save_entry(topic, by=acting(by))
    return topic


def country(code: str) -> Country:
    """A country of the reference data every database carries (ISO 3166 alpha-2 code)."""
    return Country.objects.get(code=code)
