"""Builders of cooperation-register data, made through ``register.services``. All of it is synthetic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from synergies.register import services
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory
from synergies.testing._common import acting, next_number
from synergies.testing.directory import make_organization

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from synergies.core.actors import Actor


def make_area(*, by: Actor | AbstractBaseUser | None = None, **overrides: Any) -> CooperationArea:
    """A synthetic programmatic cooperation area, ``test-area-<n>``."""
    number = next_number()
    fields: dict[str, Any] = {
        "slug": f"test-area-{number}",
        "name": f"Test area {number} (synthetic)",
        "kind": "programmatic",
        "order": number,
    }
    fields.update(overrides)
    return services.create_area(services.AreaData(**fields), by=acting(by))


def activity_data(**overrides: Any) -> services.ActivityData:
    """A synthetic activity of a new area, led by a new synthetic organization, unless told otherwise."""
    number = next_number()
    if "area" not in overrides:
        overrides["area"] = make_area()
    if "lead_organizations" not in overrides:
        overrides["lead_organizations"] = [make_organization()]
    fields: dict[str, Any] = {
        "key": f"test-activity-{number}",
        "short_title": f"Test activity {number} (synthetic)",
        "text": f"Synthetic test activity number {number}.",
    }
    fields.update(overrides)
    return services.ActivityData(**fields)


def make_activity(*, by: Actor | AbstractBaseUser | None = None, **overrides: Any) -> Activity:
    """Create the activity of :func:`activity_data` with ``overrides``."""
    return services.create_activity(activity_data(**overrides), by=acting(by))


def make_mandate(*, by: Actor | AbstractBaseUser | None = None, **overrides: Any) -> Mandate:
    """A synthetic decision, ``TEST-<n>/1``."""
    number = next_number()
    fields: dict[str, Any] = {
        "reference": f"TEST-{number}/1",
        "title": f"Synthetic test decision {number}",
        "kind": "decision",
    }
    fields.update(overrides)
    return services.create_mandate(services.MandateData(**fields), by=acting(by))


def focal_point_data(**overrides: Any) -> services.FocalPointData:
    """A synthetic focal point of a new synthetic organization for a new area, unless told otherwise."""
    number = next_number()
    if "organization" not in overrides:
        overrides["organization"] = make_organization()
    if "area" not in overrides:
        overrides["area"] = make_area()
    fields: dict[str, Any] = {"name": f"Test focal point {number} (synthetic)", "role": "Area focal point"}
    fields.update(overrides)
    return services.FocalPointData(**fields)


def make_focal_point(*, by: Actor | AbstractBaseUser | None = None, **overrides: Any) -> FocalPoint:
    """Create the focal point of :func:`focal_point_data` with ``overrides``."""
    return services.create_focal_point(focal_point_data(**overrides), by=acting(by))


def story_data(**overrides: Any) -> services.StoryData:
    """A synthetic draft success story about a new synthetic activity, unless told otherwise."""
    number = next_number()
    if "activity" not in overrides and "area" not in overrides:
        overrides["activity"] = make_activity()
    fields: dict[str, Any] = {
        "title": f"Test success story {number} (synthetic)",
        "text": f"Synthetic success story number {number}.",
    }
    fields.update(overrides)
    return services.StoryData(**fields)


def make_story(*, by: Actor | AbstractBaseUser | None = None, **overrides: Any) -> SuccessStory:
    """Create the success story of :func:`story_data` with ``overrides`` (a draft unless ``published``)."""
    return services.create_success_story(story_data(**overrides), by=acting(by))
