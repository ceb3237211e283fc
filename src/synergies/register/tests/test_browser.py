"""An officer in a real browser (Debian chromium through Playwright) walks from the map to a focal point,
to the activities of that focal point's organization in the area, to an activity and to its event."""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from synergies.register import services
from synergies.register.tests.builders import make_activity, make_area, make_mandate
from synergies.testing import make_event, make_organization

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_walks_from_the_map_to_a_focal_point_an_activity_and_its_event(page):
    brs, chem = make_organization("SYNBRS"), make_organization("SYNCHEM")
    area = make_area(slug="synthetic-mercury-waste", name="Synthetic mercury waste area")
    event = make_event(title="Synthetic workshop on mercury waste", start=date(2030, 3, 4), end=date(2030, 3, 6),
                       lead_organizers=[chem])
    make_activity(key="synthetic-mercury-waste-guidance", area=area, short_title="Synthetic mercury waste guidance",
                  lead_organizations=[chem], partner_organizations=[brs], events=[event])
    make_activity(area=area, short_title="Synthetic activity of another organization",
                  lead_organizations=[make_organization("SYNOTHER")])
    make_mandate(reference="SYN-1/1", title="Synthetic mercury waste decision", areas=[area])
    services.add_focal_point(organization=chem, name="Synthetic mercury waste focal point", area=area,
                             role="Area focal point", email="hidden@example.org")

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


def test_register_is_usable_on_a_phone(browser, live_server, transactional_db):
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
