"""Shared pytest fixtures. Tests run on a real database: SQLite by default, PostgreSQL when
DATABASE_URL points at one (see .ci/run)."""

from __future__ import annotations

import pytest
from django.test import Client

from synergies.testing import make_organization, make_user


@pytest.fixture
def organization(db):  # type: ignore[no-untyped-def]
    return make_organization("TESTORG", name="Test organization (synthetic)")


@pytest.fixture
def editor(organization):  # type: ignore[no-untyped-def]
    return make_user("editor", editor_of=organization)


@pytest.fixture
def staff_user(db):  # type: ignore[no-untyped-def]
    return make_user("staff", is_staff=True)


@pytest.fixture
def admin_user(db):  # type: ignore[no-untyped-def]
    return make_user("admin", is_staff=True, is_superuser=True)


@pytest.fixture
def editor_client(editor) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def staff_client(staff_user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(staff_user)
    return client
