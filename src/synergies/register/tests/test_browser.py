"""An officer in a real browser (Debian chromium through Playwright) walks from the map to a focal point,
to the activities of that focal point's organization in the area, to an activity and to its event."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from playwright.sync_api import expect

from synergies.core.actors import SYSTEM
from synergies.register import services
from synergies.testing import make_activity, make_area, make_event, make_mandate, make_organization, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_walks_from_the_map_to_a_focal_point_an_activity_and_its_event(page: Any) -> None:
    brs, chem = make_organization("SYNBRS"), make_organization("SYNCHEM")
    area = make_area(slug="synthetic-mercury-waste", name="Synthetic mercury waste area")
    event = make_event(
        title="Synthetic workshop on mercury waste",
        start=date(2030, 3, 4),
        end=date(2030, 3, 6),
        lead_organizers=[chem],
    )
    make_activity(
        key="synthetic-mercury-waste-guidance",
        area=area,
        short_title="Synthetic mercury waste guidance",
        lead_organizations=[chem],
        partner_organizations=[brs],
        events=[event],
    )
    make_activity(
        area=area,
        short_title="Synthetic activity of another organization",
        lead_organizations=[make_organization("SYNOTHER")],
    )
    make_mandate(reference="SYN-1/1", title="Synthetic mercury waste decision", areas=[area])
    services.create_or_update_focal_point(
        organization=chem,
        name="Synthetic mercury waste focal point",
        area=area,
        role="Area focal point",
        email="hidden@example.org",
        by=SYSTEM,
    )

    page.goto("/map/")
    map_table = page.get_by_role("table", name="Areas of cooperation against instruments and organizations")
    expect(map_table.get_by_role("link", name="SYN-1/1")).to_have_count(0)  # no instrument yet, no column
    expect(page.get_by_text("hidden@example.org")).to_have_count(0)
    map_table.get_by_role("link", name="Synthetic mercury waste focal point").click()

    expect(page).to_have_url(re.compile(r"/register/\?area=synthetic-mercury-waste&organization=SYNCHEM$"))
    main = page.locator("main")
    expect(main.get_by_text("Synthetic activity of another organization")).to_have_count(0)
    main.get_by_role("link", name="Synthetic mercury waste guidance").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Synthetic mercury waste guidance")
    expect(page.get_by_text("Synthetic mercury waste focal point")).to_be_visible()
    page.get_by_role("link", name="Synthetic workshop on mercury waste").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Synthetic workshop on mercury waste")
    expect(page).to_have_url(re.compile(rf"/events/{event.pk}/$"))


def test_register_is_usable_on_a_phone(browser: Any, live_server: Any, transactional_db: None) -> None:
    make_activity(short_title="Synthetic activity seen on a phone")
    context = browser.new_context(base_url=live_server.url, viewport={"width": 360, "height": 740})
    phone = context.new_page()
    phone.goto("/register/")
    expect(phone.get_by_role("link", name="Synthetic activity seen on a phone")).to_be_visible()
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    phone.goto("/map/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360  # the table scrolls in its frame
    context.close()


def test_editor_edits_an_activity_without_javascript_on_a_phone_and_sees_the_change(
    browser: Any, live_server: Any, transactional_db: None
) -> None:
    lead = make_organization("SYNLEAD")
    make_user("synthetic-register-editor", editor_of=lead)
    area = make_area(slug="synthetic-bat-bep", name="Synthetic BAT and BEP area")
    make_activity(
        key="synthetic-bat-bep-guidance",
        area=area,
        short_title="Synthetic BAT/BEP guidance",
        status="potential",
        lead_organizations=[lead],
    )
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 360, "height": 800}
    )
    page = context.new_page()
    page.goto("/register/synthetic-bat-bep-guidance/")
    expect(page.get_by_role("link", name="Edit this activity")).to_have_count(0)  # not signed in
    page.goto("/accounts/login/?next=/register/synthetic-bat-bep-guidance/")
    page.get_by_label("Username").fill("synthetic-register-editor")
    page.get_by_label("Password").fill("test-password")
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("link", name="Edit this activity").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit “Synthetic BAT/BEP guidance”")
    page.get_by_label("Period starts").fill("2030-06-01")
    page.get_by_label("Period ends").fill("2030-05-01")
    page.get_by_role("button", name="Save changes").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Nothing was saved")
    summary.get_by_role("link", name="Period ends: The period ends (2030-05-01) before it starts (2030-06-01).").click()
    expect(page.get_by_label("Period ends")).to_be_focused()

    page.get_by_label("Period ends").fill("2030-12-31")
    page.get_by_label("Status").select_option(label="Ongoing")
    page.get_by_label("Short title").fill("Synthetic joint BAT/BEP guidance")
    page.get_by_label("Develop and implement together").check()
    page.get_by_role("button", name="Save changes").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Synthetic joint BAT/BEP guidance")
    expect(page.get_by_text("Your changes to “Synthetic joint BAT/BEP guidance” were saved.")).to_be_visible()
    expect(page.locator(".register-history tr", has_text="Status")).to_contain_text("Potential")
    expect(page.locator(".register-history tr", has_text="Status")).to_contain_text("Ongoing")
    expect(page.locator(".register-history")).to_contain_text("UTC — synthetic-register-editor")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.goto("/register/")
    expect(page.get_by_role("link", name="Synthetic joint BAT/BEP guidance", exact=True)).to_be_visible()
    context.close()
