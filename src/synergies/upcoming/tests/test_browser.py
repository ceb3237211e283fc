"""In a real browser (JavaScript on), an editor fills the checklist in place and the flag goes away."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from synergies.calendar import services as calendar_services
from synergies.calendar.models import Event, Participation
from synergies.calendar.services import ParticipationData
from synergies.core.actors import SYSTEM
from synergies.directory.models import Body, Instrument
from synergies.testing import make_event, make_organization, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_adds_a_participation_in_place_and_the_missing_flag_disappears(page: Any) -> None:
    brs = make_organization("BRS-SYN", kind="secretariat")
    chemicals = make_organization("CHEM-SYN", kind="unep")
    make_user("synthetic-chemicals-editor", editor_of=chemicals)
    cop = make_event(
        title="Synthetic COP",
        kind=Event.Kind.COP,
        lead_organizers=[brs],
        instruments=[Instrument.objects.get(code="basel")],
        bodies=[Body.objects.get(code="bc-cop")],
    )
    calendar_services.create_participation(
        cop, ParticipationData(organization=chemicals, person="Synthetic officer"), by=SYSTEM
    )
    problems: list[str] = []  # CSP violations and script errors show up here
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))

    address = "/coordination/upcoming/?from=2030-03-01"
    page.goto(f"/accounts/login/?next={address.replace('?', '%3F').replace('=', '%3D')}")
    page.get_by_label("Username").fill("synthetic-chemicals-editor")
    page.get_by_label("Password").fill("test-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{address}")
    page.wait_for_load_state()  # htmx (a deferred script) is in place

    checklist = page.locator(f"#checklist-{cop.pk}")
    missing = checklist.locator(".missing")
    expect(missing).to_contain_text("No one confirmed from CHEM-SYN")
    checklist.get_by_role("link", name="Add participation").click()
    form = checklist.locator("form.checklist-form")
    expect(form).to_be_visible()
    assert page.url.endswith(address), "the form opened in place, on the same page"
    form.get_by_label("Role").select_option("attend")
    form.get_by_label("Person").fill("Synthetic head of branch")
    form.get_by_label("Status").select_option("confirmed")
    form.get_by_role("button", name="Save").click()

    expect(checklist).to_contain_text("Saved.")
    expect(checklist).to_contain_text("Synthetic head of branch")
    expect(missing).not_to_contain_text("No one confirmed from CHEM-SYN")
    expect(missing).to_contain_text("No statement planned")
    assert page.url.endswith(address)
    assert Participation.objects.filter(person="Synthetic head of branch", status="confirmed").exists()

    # Statements are the organizers' call: UNEP Chemicals' editor is not offered to waive them.
    expect(checklist.get_by_role("button", name="Not needed — No statement planned")).to_have_count(0)
    expect(checklist.get_by_role("button", name="Not needed — No communication planned")).to_have_count(0)
    assert problems == []


def test_organizer_marks_an_item_not_needed_from_the_keyboard(page: Any) -> None:
    brs = make_organization("BRS-SYN", kind="secretariat")
    make_user("synthetic-brs-editor", editor_of=brs)
    cop = make_event(
        title="Synthetic COP",
        kind=Event.Kind.COP,
        lead_organizers=[brs],
        instruments=[Instrument.objects.get(code="basel")],
        bodies=[Body.objects.get(code="bc-cop")],
    )
    page.goto("/accounts/login/?next=/coordination/upcoming/%3Ffrom%3D2030-03-01")
    page.get_by_label("Username").fill("synthetic-brs-editor")
    page.get_by_label("Password").fill("test-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/coordination/upcoming/?from=2030-03-01")
    page.wait_for_load_state()  # htmx (a deferred script) is in place
    checklist = page.locator(f"#checklist-{cop.pk}")
    checklist.get_by_role("button", name="Not needed — No side event planned").focus()
    page.keyboard.press("Enter")
    expect(checklist).to_contain_text("Marked not needed.")
    expect(checklist.locator(".not-needed")).to_contain_text("No side event planned")
    expect(checklist.locator(".missing")).not_to_contain_text("No side event planned")
