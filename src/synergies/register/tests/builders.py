"""Small builders for the register's tests: synthetic data made through the services."""

from __future__ import annotations

import itertools
from typing import Any

from synergies.register import services
from synergies.register.models import Activity, CooperationArea, Mandate
from synergies.testing import make_organization

_counter = itertools.count(1)


def make_area(**overrides: Any) -> CooperationArea:
    number = next(_counter)
    fields: dict[str, Any] = {
        "slug": f"test-area-{number}",
        "name": f"Test area {number} (synthetic)",
        "kind": "programmatic",
        "order": number,
    }
    fields.update(overrides)
    return services.create_area(services.AreaData(**fields))


def activity_data(**overrides: Any) -> services.ActivityData:
    number = next(_counter)
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


def make_activity(**overrides: Any) -> Activity:
    return services.create_activity(activity_data(**overrides))


def make_mandate(**overrides: Any) -> Mandate:
    number = next(_counter)
    fields: dict[str, Any] = {
        "reference": f"TEST-{number}/1",
        "title": f"Synthetic test decision {number}",
        "kind": "decision",
    }
    fields.update(overrides)
    return services.create_mandate(services.MandateData(**fields))
