from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from synergies.accounts import policy
from synergies.core.models import DemoDataset


def site(request: HttpRequest) -> dict[str, Any]:
    """What the base layout needs on every page; each value is read only if a template uses it."""
    user = request.user
    return {
        "is_demo_data": SimpleLazyObject(lambda: DemoDataset.objects.exists()),
        "sees_internal": SimpleLazyObject(lambda: policy.sees_internal(user)),
        "is_editor": SimpleLazyObject(lambda: policy.is_editor(user)),
    }
