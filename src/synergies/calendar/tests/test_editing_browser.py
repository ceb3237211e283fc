"""An editor signs in and adds a timed event in a real browser with JavaScript switched off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page
from pytest_django.live_server_helper import LiveServer

from synergies.calendar.models import Event
from synergies.testing import aware, make_organization, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page_without_javascript(browser: Browser, live_server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 360, "height": 800}
    )
    opened = context.new_page()
    yield opened
    context.close()


def test_editor_adds_a_timed_event_without_javascript_on_a_phone(page_without_javascript: Page) -> None:
    page = page_without_javascript
    make_user("synthetic-editor", editor_of=make_organization("TESTORG"))
    page.goto("/events/new/")
    assert "/accounts/login/" in page.url
    page.get_by_label("Username").fill("synthetic-editor")
    page.get_by_label("Password").fill("test-password")
    page.get_by_role("button", name="Sign in").click()
    assert page.url.endswith("/events/new/")

    page.get_by_label("Title").fill("Synthetic browser-test webinar")
    page.get_by_label("At set times").check()
    assert page.get_by_label("Starts at").is_visible()
    assert not page.get_by_label("First day").is_visible()
    page.get_by_label("Starts at").fill("2030-06-02T18:00")
    page.get_by_label("Ends at").fill("2030-06-02T19:30")
    page.get_by_label("Time zone").select_option("Africa/Nairobi")
    page.get_by_label("Online", exact=True).check()
    page.get_by_label("TESTORG — Test organization TESTORG (synthetic)").first.check()
    page.get_by_role("button", name="Add the event").click()

    event = Event.objects.get(title="Synthetic browser-test webinar")
    assert page.url.endswith(f"/events/{event.pk}/")
    assert (event.start_at, event.end_at, event.attendance_mode) == (
        aware(2030, 6, 2, 15, 0),
        aware(2030, 6, 2, 16, 30),
        "online",
    )


def test_refusal_is_shown_beside_the_field_in_the_browser(page_without_javascript: Page) -> None:
    page = page_without_javascript
    make_user("synthetic-editor", editor_of=make_organization("TESTORG"))
    page.goto("/accounts/login/?next=/events/new/")
    page.get_by_label("Username").fill("synthetic-editor")
    page.get_by_label("Password").fill("test-password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Title").fill("Synthetic backwards meeting")
    page.get_by_label("First day").fill("2030-05-06")
    page.get_by_label("Last day").fill("2030-05-04")
    page.get_by_label("City").fill("Geneva")
    page.get_by_label("TESTORG — Test organization TESTORG (synthetic)").first.check()
    page.get_by_role("button", name="Add the event").click()
    assert page.get_by_role("alert").first.is_visible()
    message = page.locator("#id_end_date_error")
    assert message.inner_text() == "The event ends (2030-05-04) before it starts (2030-05-06)."
    assert page.get_by_label("Last day").get_attribute("aria-invalid") == "true"
    assert not Event.objects.exists()
