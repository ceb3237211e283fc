"""Fixtures of the API's tests: tokens for each role, and a client that sends them."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from synergies.api.tokens import create_token


@pytest.fixture(autouse=True)
def _fresh_rate_counters() -> Any:
    cache.clear()
    yield
    cache.clear()


def bearer(user: Any, name: str = "test token (synthetic)") -> dict[str, Any]:
    return {"HTTP_AUTHORIZATION": f"Bearer {create_token(user, name).secret}"}


@pytest.fixture
def api() -> Client:
    return Client()


@pytest.fixture
def staff_auth(staff_user: Any) -> dict[str, Any]:
    return bearer(staff_user)


@pytest.fixture
def editor_auth(editor: Any) -> dict[str, Any]:
    return bearer(editor)
