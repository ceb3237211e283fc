"""A party delegate in a real browser (Debian chromium through Playwright): filter the calendar,
open an event, find its subscribe link and add it to a calendar."""

from __future__ import annotations

import re
from datetime import date

import icalendar
import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from synergies.calendar.models import Event
from synergies.directory.models import Topic
from synergies.testing import make_event
from synergies.testing.ics import time_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_delegate_filters_opens_an_event_and_subscribes(page: Page) -> None:
    mercury = make_event(
        title="Synthetic regional workshop on mercury",
        start=date(2030, 3, 4),
        end=date(2030, 3, 6),
        topics=[Topic.objects.get(slug="mercury")],
    )
    make_event(title="Synthetic plastics dialogue", topics=[Topic.objects.get(slug="plastics")])
    make_event(
        title="Synthetic internal coordination call",
        topics=[Topic.objects.get(slug="mercury")],
        visibility=Event.Visibility.INTERNAL,
    )

    page.goto("/events/?from=2030-01-01")
    page.get_by_label("Topic").select_option("mercury")
    page.get_by_role("button", name="Show events").click()

    expect(page).to_have_url(re.compile(r"[?&]topic=mercury"))
    results = page.locator("main")
    expect(results.get_by_role("link", name="Synthetic regional workshop on mercury")).to_be_visible()
    expect(results.get_by_text("Synthetic plastics dialogue")).to_have_count(0)
    expect(results.get_by_text("Synthetic internal coordination call")).to_have_count(0)

    # The filtered view offers the same filter as a subscription.
    subscribe = page.locator("#subscribe-url")
    expect(subscribe).to_have_value(re.compile(r"/events\.ics\?.*topic=mercury"))

    results.get_by_role("link", name="Synthetic regional workshop on mercury").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Synthetic regional workshop on mercury")
    add = page.get_by_role("link", name="Add to my calendar")
    href = add.get_attribute("href") or ""
    assert href.endswith(f"/events/{mercury.pk}.ics")

    answer = page.request.get(href)
    assert answer.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(answer.body())
    [vevent] = calendar.walk("VEVENT")
    assert (str(vevent["SUMMARY"]), time_of(vevent, "DTSTART")) == (mercury.title, date(2030, 3, 4))


def test_calendar_is_usable_on_a_phone(browser: Browser, live_server: LiveServer, transactional_db: None) -> None:
    make_event(title="Synthetic meeting seen on a phone", start=date(2030, 3, 4), end=date(2030, 3, 6))
    context = browser.new_context(base_url=live_server.url, viewport={"width": 360, "height": 740})
    phone = context.new_page()
    phone.goto("/events/?from=2030-01-01")
    expect(phone.get_by_role("link", name="Synthetic meeting seen on a phone")).to_be_visible()
    # Nothing wider than the screen: no sideways scrolling.
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    context.close()
