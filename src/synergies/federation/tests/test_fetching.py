"""Fetching feeds over the network: only what is safe, within limits, and nothing twice."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from synergies.federation import fetching
from synergies.federation.fetching import fetch
from synergies.federation.formats.base import FeedError

FEED = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"


class PartnerServer(BaseHTTPRequestHandler):
    """A partner's web server on loopback (synthetic)."""

    def do_GET(self) -> None:  # the name http.server calls
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/calendar.ics")
            self.end_headers()
            return
        if self.path == "/huge.ics":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"X" * (fetching.MAX_BYTES + 10))
            return
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Type", "text/calendar")
        self.end_headers()
        self.wfile.write(FEED)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def partner() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), PartnerServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_loopback_is_refused_unless_allowed(partner: str) -> None:
    with pytest.raises(FeedError, match="private, loopback or reserved address"):
        fetch(f"{partner}/calendar.ics")
    assert fetch(f"{partner}/calendar.ics", allow_private=True).content == FEED


def test_only_http_and_https(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="only http and https"):
        fetch(f"file://{tmp_path}/calendar.ics", allow_private=True)


def test_conditional_request_costs_nothing_when_unchanged(partner: str) -> None:
    first = fetch(f"{partner}/calendar.ics", allow_private=True)
    assert first.etag == '"v1"'
    again = fetch(f"{partner}/calendar.ics", allow_private=True, etag=first.etag)
    assert again.content is None


def test_redirects_are_followed_and_checked(partner: str) -> None:
    assert fetch(f"{partner}/redirect", allow_private=True).content == FEED


def test_size_limit(partner: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetching, "MAX_BYTES", 1024)
    with pytest.raises(FeedError, match="larger than"):
        fetch(f"{partner}/huge.ics", allow_private=True)
