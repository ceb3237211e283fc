"""What every page's layout needs to know of the reader's roles (``policy``), for ``base.html``.

Here rather than in ``core``: ``core`` sits below ``accounts`` and knows nothing of roles (decision 0013).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from synergies.accounts import policy


def roles(request: HttpRequest) -> dict[str, Any]:
    """Whether the reader sees internal data and may edit; each value is read only if a template uses it."""
    user = request.user
    return {
        "sees_internal": SimpleLazyObject(lambda: policy.sees_internal(user)),
        "is_editor": SimpleLazyObject(lambda: policy.is_editor(user)),
    }
