"""Areas of cooperation: reference data kept by administrators."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _

from synergies.core.actors import check_actor
from synergies.core.writes import claim_version, save_with_history, without_history
from synergies.directory.models import Instrument, Topic
from synergies.register import permissions
from synergies.register.models import CooperationArea

if TYPE_CHECKING:
    from synergies.core.actors import Actor

from synergies.register.services._common import _SLUG, _Errors, _pk

# --- Areas ------------------------------------------------------------------------------------


@dataclass
class AreaData:
    slug: str
    name: str
    kind: str
    order: int = 0
    resource_implications: bool = False
    description: str = ""
    instruments: Sequence[Instrument] = ()
    topics: Sequence[Topic] = ()

    @classmethod
    def from_area(cls, area: CooperationArea) -> AreaData:
        return cls(
            slug=area.slug,
            name=area.name,
            kind=area.kind,
            order=area.order,
            resource_implications=area.resource_implications,
            description=area.description,
            instruments=list(area.instruments.all()),
            topics=list(area.topics.all()),
        )


def validate_area_data(data: AreaData, *, instance: CooperationArea | None = None) -> None:
    errors = _Errors()
    if not data.slug.strip():
        errors.add("slug", _("An area needs a key."))
    elif not _SLUG.fullmatch(data.slug):
        errors.add(
            "slug",
            _("“%(key)s” cannot be a key: use only lower-case letters, digits and hyphens, such as mercury-waste.")
            % {"key": data.slug},
        )
    elif CooperationArea.objects.filter(slug=data.slug).exclude(pk=_pk(instance)).exists():
        errors.add("slug", _("Another area already has the key “%(key)s”.") % {"key": data.slug})
    if not data.name.strip():
        errors.add("name", _("An area needs a name."))
    if data.kind not in CooperationArea.Kind.values:
        errors.add(
            "kind", _("“%(kind)s” is not a kind of area; use programmatic or operational.") % {"kind": data.kind}
        )
    errors.raise_if_any()


@transaction.atomic
def create_area(data: AreaData, *, by: Actor) -> CooperationArea:
    """Create an area of cooperation (administrators: areas are reference data)."""
    return _save_area(data, None, None, by)


@transaction.atomic
def update_area(
    area: CooperationArea,
    data: AreaData,
    *,
    expected_version: int | None = None,
    by: Actor,
) -> CooperationArea:
    """Change ``area``. With ``expected_version`` (the site's form) a change made by someone else since
    is refused with ``EditConflict``; the spreadsheet import compares whole rows instead."""
    return _save_area(data, area, expected_version, by)


def _save_area(
    data: AreaData,
    instance: CooperationArea | None,
    expected_version: int | None,
    by: Actor,
) -> CooperationArea:
    check_actor(by)
    permissions.require_edit_reference(by)
    validate_area_data(data, instance=instance)
    area = instance or CooperationArea()
    if instance is not None:
        claim_version(area, area.version if expected_version is None else expected_version)
    for name in ("slug", "name", "kind", "order", "resource_implications", "description"):
        value = getattr(data, name)
        setattr(area, name, value.strip() if isinstance(value, str) else value)
    with without_history(area):
        area.save()
        area.instruments.set(data.instruments)
        area.topics.set(data.topics)
    save_with_history(area, by, _("Edited") if instance is not None else _("Created"))
    return area
