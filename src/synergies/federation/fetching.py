"""Fetching partners' feeds safely: only http(s), no private or loopback addresses unless allowed,
timeouts, a size limit, few redirects, and conditional requests so unchanged feeds cost nothing."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from synergies.federation.formats.base import FeedError

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 3
USER_AGENT = "Synergies feed harvester (+https://github.com/)"


@dataclass
class Fetched:
    content: bytes | None  # None: not modified since the last harvest
    etag: str = ""
    last_modified: str = ""
    url: str = ""
    content_type: str = ""


def check_address(url: str, *, allow_private: bool) -> None:
    """Refuse addresses we must not call: other schemes, and private, loopback or link-local hosts."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FeedError([f"{url}: only http and https addresses can be harvested"])
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror:
        raise FeedError([f"{url}: the host name {parts.hostname} cannot be resolved"]) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise FeedError(
                [
                    f"{url}: {parts.hostname} is a private, loopback or reserved address ({address}); an "
                    "administrator must allow private addresses for this source"
                ]
            )


def fetch(url: str, *, allow_private: bool = False, etag: str = "", last_modified: str = "") -> Fetched:
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    with httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_address(current, allow_private=allow_private)
            try:
                with client.stream("GET", current, headers=headers) as response:
                    if response.status_code == 304:
                        return Fetched(None, etag, last_modified, current)
                    if response.is_redirect and response.next_request is not None:
                        current = str(response.next_request.url)
                        continue
                    if response.status_code != 200:
                        raise FeedError([f"{current}: the server answered {response.status_code}"])
                    chunks, size = [], 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > MAX_BYTES:
                            raise FeedError([f"{current}: the feed is larger than {MAX_BYTES // (1024 * 1024)} MB"])
                        chunks.append(chunk)
                    return Fetched(
                        b"".join(chunks),
                        response.headers.get("ETag", ""),
                        response.headers.get("Last-Modified", ""),
                        current,
                        response.headers.get("Content-Type", ""),
                    )
            except httpx.HTTPError as error:
                raise FeedError([f"{current}: {error.__class__.__name__}: {error}"]) from None
    raise FeedError([f"{url}: more than {MAX_REDIRECTS} redirects"])
