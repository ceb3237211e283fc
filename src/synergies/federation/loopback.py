"""A partner's feed (or page) served on loopback, for tests and benchmarks (SYNTHETIC partners only).

``serve_feed(published)`` serves ``published["feed"]`` (changeable while it runs) with an ETag
derived from the bytes, answering 304 to a matching ``If-None-Match``, and yields the feed's address.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def serve_feed(
    published: dict[str, bytes], *, path: str = "/calendar.ics", content_type: str = "text/calendar; charset=utf-8"
) -> Iterator[str]:
    class Feed(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the name http.server calls
            body = published["feed"]
            etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Feed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{path}"
    finally:
        server.shutdown()
        server.server_close()
