"""Shared pytest fixtures. Tests run on a real database: SQLite by default, PostgreSQL when
DATABASE_URL points at one (see .ci/run)."""

from __future__ import annotations

import os

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


# --- Browser tests ---------------------------------------------------------------------------------
# They drive Debian's chromium (never a browser downloaded by Playwright). Where it is missing they are
# skipped with a message; in CI (CI=true) a missing browser is an error, so they always run there.

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    if not os.path.exists(CHROMIUM_PATH):
        message = f"Browser tests need Debian's chromium at {CHROMIUM_PATH} (apt-get install chromium)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message + " Skipped.")
    # Playwright's sync API runs an event loop in this thread; the ORM calls of the test itself are
    # still synchronous, so Django's async-safety guard must be told so.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, live_server):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()
