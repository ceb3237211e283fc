"""Rendered page parts kept in Django's cache until the site's data changes.

Every write to the site's data raises ``DataGeneration`` in its own transaction, so a key that holds
the generation never serves a stale page; the timeout only frees the memory of old generations. The
key also holds what the viewer may see (public or internal), the language and the database, plus what
each page adds (query, rights, day ...). Only answers with status 200 are stored. Used by the
calendar's lists (decision 0411) and the register's pages (decision 0112).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest
from django.utils import translation

from synergies.accounts import policy
from synergies.core.models import DataGeneration

TIMEOUT = 60 * 60
Value = TypeVar("Value")


def page_key(request: HttpRequest, namespace: str, *extra: str) -> str:
    generation = DataGeneration.current()
    parts = [
        namespace,
        str(connection.settings_dict["NAME"]),
        str(generation.value),
        generation.changed_at.isoformat(),
        "internal" if policy.sees_internal(request.user) else "public",
        translation.get_language() or "",
        *extra,
    ]
    return f"{namespace}:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def cached(key: str, build: Callable[[], tuple[Value, int]]) -> tuple[Value, int]:
    """The value stored under ``key``, else ``build()``'s (value, status), stored when the status is 200."""
    value = cache.get(key)
    if value is not None:
        return value, 200
    value, status = build()
    if status == 200:
        cache.set(key, value, TIMEOUT)
    return value, status
