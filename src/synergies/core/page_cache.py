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

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest
from django.utils import translation
from django.utils.module_loading import import_string

from synergies.core.models import DataGeneration

TIMEOUT = 60 * 60
Value = TypeVar("Value")


def sees_internal(request: HttpRequest) -> bool:
    """Whether the reader sees internal data, as the roles decide: ``settings.SYNERGIES_SEES_INTERNAL``
    names the function (``accounts.policy.sees_internal``), since ``core`` may not import ``accounts``."""
    decide: Callable[[object], bool] = import_string(settings.SYNERGIES_SEES_INTERNAL)
    return decide(request.user)


def page_key(request: HttpRequest, namespace: str, *extra: str) -> str:
    generation = DataGeneration.current()
    parts = [
        namespace,
        str(connection.settings_dict["NAME"]),
        str(generation.value),
        generation.changed_at.isoformat(),
        "internal" if sees_internal(request) else "public",
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
