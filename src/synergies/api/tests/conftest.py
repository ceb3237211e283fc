"""Fixtures of the API's tests: tokens for each role, and a client that sends them."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from synergies.testing import bearer


@pytest.fixture(autouse=True)
def _fresh_rate_counters() -> Any:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api() -> Client:
    return Client()


@pytest.fixture
def staff_auth(staff_user: Any) -> dict[str, Any]:
    return bearer(staff_user)


@pytest.fixture
def editor_auth(editor: Any) -> dict[str, Any]:
    return bearer(editor)
