"""In a real browser (JavaScript on), the planning assistant follows the dates and place as the editor
types them, before anything is saved; and what was shown there counts as seen when saving."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from synergies.calendar.models import Event
from synergies.directory.models import Country
from synergies.testing import make_event, make_organization, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_sees_a_back_to_back_opportunity_while_typing_dates_and_city(page: Page) -> None:
    make_user("synthetic-editor", editor_of=make_organization("TESTORG"))
    make_event(
        title="Synthetic regional preparatory meeting",
        start=date(2030, 5, 1),
        end=date(2030, 5, 3),
        city="Geneva",
        country=Country.objects.get(code="CH"),
    )
    problems: list[str] = []  # CSP violations and script errors show up here
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto("/accounts/login/?next=/events/new/")
    page.get_by_label("Username").fill("synthetic-editor")
    page.get_by_label("Password").fill("test-password")
    page.get_by_role("button", name="Sign in").click()

    findings = page.locator("#planning-assistant-findings")
    expect(findings).to_contain_text("Give the dates to see what else happens then.")
    page.get_by_label("Title").fill("Synthetic regional workshop planned in the browser")
    page.get_by_label("First day").fill("2030-05-05")
    page.get_by_label("Time zone").select_option("Europe/Zurich")
    page.get_by_label("City").fill("Geneva")
    page.get_by_label("Country").select_option("CH")

    expect(findings).to_contain_text("It could be held back-to-back with")
    expect(findings).to_contain_text("Synthetic regional preparatory meeting")
    expect(findings).to_contain_text("both in Geneva; 1 day apart")
    assert not Event.objects.filter(title="Synthetic regional workshop planned in the browser").exists()

    # Seen while typing: saving goes through at once, without the "Save anyway" step.
    page.get_by_label("TESTORG — Test organization TESTORG (synthetic)").first.check()
    page.get_by_role("button", name="Add the event").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Synthetic regional workshop planned in the browser")
    assert Event.objects.filter(title="Synthetic regional workshop planned in the browser").exists()
    assert problems == []
