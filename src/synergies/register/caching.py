"""The rendered body of the register's big pages (``/register/``, ``/mandates/``, ``/map/``), kept in
Django's cache so that a page nobody changed is not built again.

A body is stored under a key made of everything it depends on:
- the data generation (``core.models.DataGeneration``: its value and when it last rose), which
  every write to the site's data raises in the same transaction — so an edit, an import or a change
  to an organization or an event makes every stored body stale at once;
- what the viewer may see (public or internal) and edit (``permissions.editing_rights_key``), so a
  visitor never gets a body rendered for staff and edit links appear only for those who may edit;
- the language and the query string (filters, page number).

Only answers with status 200 are stored. The page around the body (header, sign-in state, CSRF
token, messages) is rendered for every request. See docs/decisions/0112-register-page-speed.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from synergies.core import page_cache
from synergies.register import permissions


def body_key(request: HttpRequest, name: str) -> str:
    """Besides what every cached page depends on (``core.page_cache``): the viewer's editing rights and
    the query string."""
    query = "&".join(f"{k}={v}" for k, values in sorted(request.GET.lists()) for v in values)
    return page_cache.page_key(request, f"register-body-{name}", permissions.editing_rights_key(request.user), query)


def render_page(
    request: HttpRequest,
    name: str,
    page_template: str,
    body_template: str,
    build: Callable[[], tuple[dict[str, Any], int]],
) -> HttpResponse:
    """Render ``page_template`` around the body, taken from the cache or built with ``build()``
    (which returns the body's context and the status)."""

    def build_body() -> tuple[str, int]:
        context, status = build()
        return render_to_string(body_template, context, request), status

    body, status = page_cache.cached(body_key(request, name), build_body)
    return render(request, page_template, {"body": mark_safe(body)}, status=status)  # noqa: S308 - rendered above
