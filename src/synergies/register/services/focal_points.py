"""Focal points: who to call about an area of cooperation, on each organization's side."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _

from synergies.core.actors import check_actor
from synergies.core.writes import claim_version, save_with_history
from synergies.directory.models import Organization, Person
from synergies.register import permissions
from synergies.register.models import CooperationArea, FocalPoint, Mandate

if TYPE_CHECKING:
    from synergies.core.actors import Actor

from synergies.register.services._common import _Errors, _pk

# --- Focal points and success stories -------------------------------------------------------------


@dataclass
class FocalPointData:
    """A focal point as the site's form hands it over: the person (by organization and name) and their role."""

    organization: Organization
    name: str
    area: CooperationArea
    role: str
    position: str = ""
    email: str = ""
    phone: str = ""
    mandate: Mandate | None = None

    @classmethod
    def from_focal_point(cls, focal_point: FocalPoint) -> FocalPointData:
        person = focal_point.person
        return cls(
            organization=person.organization,
            name=person.name,
            area=focal_point.area,
            role=focal_point.role,
            position=person.position,
            email=person.email,
            phone=person.phone,
            mandate=focal_point.mandate,
        )


def validate_focal_point_data(data: FocalPointData, *, instance: FocalPoint | None = None) -> None:
    errors = _Errors()
    if not data.name.strip():
        errors.add("name", _("A focal point needs a name or a position."))
    if not data.role.strip():
        errors.add("role", _("A focal point needs a role, e.g. technical-assistance focal point."))
    if data.email and "@" not in data.email:
        errors.add("email", _("“%(email)s” is not an e-mail address.") % {"email": data.email})
    taken = FocalPoint.objects.filter(
        person__organization=data.organization, person__name=data.name.strip(), area=data.area, role=data.role.strip()
    ).exclude(pk=_pk(instance))
    if data.name.strip() and data.role.strip() and taken.exists():
        errors.add(
            "role", _("%(name)s is already a focal point with this role for this area.") % {"name": data.name.strip()}
        )
    errors.raise_if_any()


def _person(organization: Organization, name: str, **contact: str | None) -> Person:
    """The organization's person of that name (created when new), with the contact details given set
    (those left at ``None`` keep what the person has)."""
    person, _created = Person.objects.get_or_create(organization=organization, name=name.strip())
    changes = {
        key: value.strip()
        for key, value in contact.items()
        if value is not None and getattr(person, key) != value.strip()
    }
    if changes:
        for key, value in changes.items():
            setattr(person, key, value)
        person.save()
    return person


@transaction.atomic
def create_focal_point(data: FocalPointData, *, by: Actor) -> FocalPoint:
    """Create a focal point (editors, for the organizations they edit for). The person is found by
    organization and name, or created; their position, e-mail and telephone are set as given."""
    return _save_focal_point(data, None, None, by)


@transaction.atomic
def update_focal_point(
    focal_point: FocalPoint,
    data: FocalPointData,
    *,
    expected_version: int | None = None,
    by: Actor,
) -> FocalPoint:
    """Change ``focal_point`` (refused with ``EditConflict`` if someone else changed it since
    ``expected_version``), as :func:`create_focal_point` does for a new one: editors of the person's
    organization, who may move it only to another organization they edit for."""
    return _save_focal_point(data, focal_point, expected_version, by)


def _save_focal_point(
    data: FocalPointData,
    instance: FocalPoint | None,
    expected_version: int | None,
    by: Actor,
) -> FocalPoint:
    check_actor(by)
    if instance is None:
        permissions.require_create_focal_point(by)
    else:
        permissions.require_edit_focal_point(by, instance)
    permissions.require_focal_point_organization(by, data.organization)
    validate_focal_point_data(data, instance=instance)
    if instance is not None:
        claim_version(instance, instance.version if expected_version is None else expected_version)
    person = _person(data.organization, data.name, position=data.position, email=data.email, phone=data.phone)
    focal_point = instance or FocalPoint()
    focal_point.person, focal_point.area, focal_point.role = person, data.area, data.role.strip()
    focal_point.mandate = data.mandate
    save_with_history(focal_point, by, _("Edited") if instance is not None else _("Created"))
    return focal_point


@transaction.atomic
def create_or_update_focal_point(
    *,
    by: Actor,
    organization: Organization,
    name: str,
    area: CooperationArea,
    role: str,
    position: str | None = None,
    mandate: Mandate | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> FocalPoint:
    """Record who to call about ``area`` on ``organization``'s side, for loaders and imports: the focal
    point of that person, area and role is created, or updated when it exists; reuses the person if known.

    ``name`` may be a position ("Technical-assistance focal point") where no person is named.
    ``position``, ``email`` and ``phone`` left at ``None`` keep what the person already has.
    Editors of ``organization`` only (the loaders and the spreadsheet import pass ``SYSTEM``).
    """
    check_actor(by)
    permissions.require_create_focal_point(by)
    permissions.require_focal_point_organization(by, organization)
    data = FocalPointData(
        organization=organization,
        name=name,
        area=area,
        role=role,
        position=position or "",
        email=email or "",
        phone=phone or "",
        mandate=mandate,
    )
    existing = FocalPoint.objects.filter(
        person__organization=organization, person__name=name.strip(), area=area, role=role.strip()
    ).first()
    validate_focal_point_data(data, instance=existing)
    person = _person(organization, name, position=position, email=email, phone=phone)
    focal_point = FocalPoint.objects.filter(person=person, area=area, role=role.strip()).first()
    created = focal_point is None
    if focal_point is None:
        focal_point = FocalPoint(person=person, area=area, role=role.strip())
    focal_point.mandate = mandate
    save_with_history(focal_point, by, _("Created") if created else _("Edited"))
    return focal_point
