"""The machinery behind every feed and export: exporter classes and the one way to serve them.

An *exporter* is a small class per format (see ``synergies.calendar.exporters``): an identifier, a
content type, a file name, whether anonymous people may have it, and ``render(items, context)``
returning bytes. ``serve_export`` is the one view path all of them go through. It

- fingerprints the (already filtered, already permission-checked) queryset with one aggregate
  query — count, latest change and the sum of versions — and turns it, with the filter, the
  viewer's visibility class, the language and the format, into an ETag and a Last-Modified date;
- answers ``304 Not Modified`` to ``If-None-Match`` / ``If-Modified-Since`` without loading a row;
- otherwise renders and sets the content type, ``Cache-Control``, CORS for public answers, and a
  ``Content-Disposition`` file name.

Answers are never compressed here (Outlook's subscriptions break on gzip-encoded calendars):
``no-transform`` asks proxies not to do it either. See docs/feeds.md for the behaviour users see.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language

from synergies.core.models import DataGeneration

#: Raise to invalidate every ETag handed out so far (when the output of an exporter changes shape).
OUTPUT_GENERATION = "1"

#: How long shared caches and browsers may keep a public answer before asking again (seconds).
#: Short on purpose: revalidation is a cheap 304, and an edit should show within minutes.
PUBLIC_MAX_AGE = 300


@dataclass(frozen=True)
class ExportContext:
    """What an exporter may know about the request, already decided by the view."""

    #: Names the feed, including the active filter in words ("… · Topic: Mercury").
    title: str
    #: The active filter in words, empty without a filter.
    filter_description: str
    #: Absolute address of this very answer (feed, file).
    feed_url: str
    #: Absolute address of the HTML page showing the same selection.
    page_url: str
    #: Scheme and host, without a trailing slash, to make paths absolute.
    base_url: str
    #: Whether the viewer may see internal data (staff); exporters add internal columns only then.
    sees_internal: bool
    #: Newest change in the selection, ``None`` when it is empty.
    last_modified: datetime | None
    language: str = "en"

    def absolute(self, path: str) -> str:
        return f"{self.base_url}{path}"


class Exporter:
    """One export format. Subclasses set the class attributes and implement ``render``."""

    identifier: ClassVar[str]
    content_type: ClassVar[str]
    #: File name offered to browsers, without the extension.
    filename: ClassVar[str] = "export"
    extension: ClassVar[str]
    #: Whether people who are not signed in may have this format (with public data only).
    public: ClassVar[bool] = True
    #: ``attachment`` makes browsers save the file; ``inline`` lets them show it (feeds).
    disposition: ClassVar[str] = "attachment"

    def prepare(self, queryset: QuerySet[Any], context: ExportContext) -> Iterable[Any]:
        """The rows to render: add ordering, limits and related data here, in a constant number of queries."""
        return queryset

    def render(self, items: Iterable[Any], context: ExportContext) -> bytes:
        raise NotImplementedError


@dataclass(frozen=True)
class Fingerprint:
    """What the output depends on: the site's data generation, plus the format, language, viewer and
    filter in ``key``. It changes whenever what we would render does, and costs one primary-key read."""

    count: int
    latest: datetime | None
    versions: int
    key: Sequence[str] = field(default=())

    @classmethod
    def of(cls, *, key: Sequence[str]) -> Fingerprint:
        generation = DataGeneration.current()
        return cls(
            count=0,
            latest=generation.changed_at if generation.value else None,
            versions=generation.value,
            key=tuple(key),
        )

    @property
    def etag(self) -> str:
        latest = self.latest.isoformat() if self.latest else "-"
        material = "\x1f".join((OUTPUT_GENERATION, *self.key, str(self.count), latest, str(self.versions)))
        return '"' + hashlib.sha256(material.encode()).hexdigest()[:40] + '"'

    @property
    def last_modified(self) -> int | None:
        """Seconds since the epoch, rounded up: HTTP dates have no fractions."""
        if self.latest is None:
            return None
        return math.ceil(self.latest.timestamp())


def filter_key(query: Any, parameters: Iterable[str]) -> str:
    """A canonical text for the filter parameters of a query dict: order and repetition do not matter."""
    parts = []
    for name in parameters:
        values = sorted({value for value in query.getlist(name) if value != ""})
        if values:
            parts.append(f"{name}=" + ",".join(values))
    return "&".join(parts)


def _set_common_headers(
    response: HttpResponse, exporter: Exporter, fingerprint: Fingerprint, *, public_answer: bool, download_name: str
) -> None:
    response["ETag"] = fingerprint.etag
    if fingerprint.last_modified is not None:
        response["Last-Modified"] = http_date(fingerprint.last_modified)
    if public_answer:
        response["Cache-Control"] = f"public, max-age={PUBLIC_MAX_AGE}, no-transform"
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
    else:
        # Staff answers hold internal data: only the viewer's own browser may keep them.
        response["Cache-Control"] = "private, no-cache, no-transform"
    response["X-Content-Type-Options"] = "nosniff"
    # The same address answers differently to staff (session cookie) and per language.
    patch_vary_headers(response, ("Cookie", "Accept-Language"))
    if response.status_code == 200:
        response["Content-Type"] = exporter.content_type
        response["Content-Disposition"] = f'{exporter.disposition}; filename="{download_name}.{exporter.extension}"'


def _fingerprint(request: HttpRequest, exporter: Exporter, *, sees_internal: bool, key: Sequence[str]) -> Fingerprint:
    """The answer's fingerprint, read once per request."""
    full_key = (exporter.identifier, get_language() or "", "internal" if sees_internal else "public", *key)
    known: dict[tuple[str, ...], Fingerprint] = request.__dict__.setdefault("_synergies_fingerprints", {})
    if full_key not in known:
        known[full_key] = Fingerprint.of(key=full_key)
    return known[full_key]


def not_modified(
    request: HttpRequest,
    exporter: Exporter,
    *,
    sees_internal: bool,
    key: Sequence[str] = (),
    download_name: str | None = None,
) -> HttpResponse | None:
    """The 304 answer when the client's copy is current, else ``None``; costs one primary-key read.

    Views call it before they build their selection: a poll of an unchanged feed then does no other
    work. (An invalid filter never got an ETag, so it cannot be answered 304 by mistake.)
    """
    fingerprint = _fingerprint(request, exporter, sees_internal=sees_internal, key=key)
    answer = get_conditional_response(request, etag=fingerprint.etag, last_modified=fingerprint.last_modified)
    if answer is not None:
        _set_common_headers(
            answer,
            exporter,
            fingerprint,
            public_answer=not sees_internal,
            download_name=download_name or exporter.filename,
        )
    return answer


def serve_export(
    request: HttpRequest,
    exporter: Exporter,
    queryset: QuerySet[Any],
    *,
    sees_internal: bool,
    make_context: Callable[[Fingerprint], ExportContext],
    key: Sequence[str] = (),
    download_name: str | None = None,
) -> HttpResponse:
    """Serve ``queryset`` (filtered, and limited to what the viewer may see) in ``exporter``'s format.

    ``key`` holds what else decides the output (the filter); the format, the language and the
    viewer's visibility class are added here. ``make_context(fingerprint)`` is called only when a
    body is rendered, so a 304 costs one query.
    """
    if not exporter.public and not sees_internal:
        raise Http404
    name = download_name or exporter.filename
    answer = not_modified(request, exporter, sees_internal=sees_internal, key=key, download_name=name)
    if answer is not None:
        return answer
    fingerprint = _fingerprint(request, exporter, sees_internal=sees_internal, key=key)
    context = make_context(fingerprint)
    body = exporter.render(exporter.prepare(queryset, context), context)
    response = HttpResponse(body, content_type=exporter.content_type)
    _set_common_headers(response, exporter, fingerprint, public_answer=not sees_internal, download_name=name)
    return response
