from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from synergies.core.models import DemoDataset


def site(request: HttpRequest) -> dict[str, Any]:
    """What the base layout needs on every page; each value is read only if a template uses it.

    The reader's roles (``sees_internal``, ``is_editor``) come from ``accounts.context_processors.roles``.
    """
    return {"is_demo_data": SimpleLazyObject(lambda: DemoDataset.objects.exists())}
