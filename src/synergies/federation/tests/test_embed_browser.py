"""The embedding script in a real browser: a partner's page gets the iframe, sized to the list."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from synergies.federation.loopback import serve_feed
from synergies.testing import make_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_script_inserts_the_list_and_sizes_it_to_its_content(page: Any, live_server: Any) -> None:
    soon = timezone.localdate() + timedelta(days=3)
    for number in range(8):
        make_event(title=f"Synthetic embedded meeting {number}", start=soon, end=soon)
    partner_page = f"""<!DOCTYPE html><html lang="en"><body><h1>A partner's page (synthetic)</h1>
      <div data-synergies-events="{live_server.url}/embed/events/?limit=8" data-title="Coming events"></div>
      <script src="{live_server.url}/static/federation/embed.js"></script></body></html>"""
    with serve_feed({"feed": partner_page.encode()}, path="/partner.html", content_type="text/html") as address:
        page.goto(address)  # another origin than ours, as a partner's site
        _check(page)


def _check(page: Any) -> None:
    frame_element = page.wait_for_selector("iframe[title='Coming events']")
    frame = frame_element.content_frame()
    frame.wait_for_selector("text=Synthetic embedded meeting 7")
    page.wait_for_function("document.querySelector('iframe').style.height.endsWith('px')")
    height = page.evaluate("parseInt(document.querySelector('iframe').style.height)")
    content = frame.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)")
    assert height == content
    assert frame.locator("a", has_text="Subscribe in your calendar").get_attribute("href").startswith("webcal://")
