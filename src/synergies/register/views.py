"""Pages of the register: the register itself, an activity, the mandates and the map.

Views stay thin: filters in ``filters.py``, what each page shows in ``queries.py``, who sees what
in ``accounts.policy`` and who edits what in ``permissions``; the big pages' bodies are cached
(``caching.py``). Internal notes and contact details reach the template only for staff.
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from synergies.accounts import policy
from synergies.register import caching, permissions, queries, spreadsheet
from synergies.register.filters import ActivityFilter, MandateFilter
from synergies.register.models import Mandate

MANDATES_PER_PAGE = 50
ACTIVITIES_PER_PAGE = 50


def register(request: HttpRequest) -> HttpResponse:
    return caching.render_page(
        request,
        "register",
        "register/register.html",
        "register/_register_body.html",
        lambda: _register_context(request),
    )


def _register_context(request: HttpRequest) -> tuple[dict[str, Any], int]:
    activity_filter = ActivityFilter(request.GET or None, queryset=queries.activities())
    rights = {
        "can_add_activity": permissions.can_create_activity(request.user),
        "can_edit_areas": permissions.can_edit_reference(request.user),
    }
    if activity_filter.is_bound and not activity_filter.is_valid():
        return {"filter": activity_filter, "areas": [], "error": activity_filter.error_text(), "total": 0}, 400
    summary = queries.area_summary(activity_filter.qs)
    paginator = Paginator(activity_filter.qs.values_list("pk", flat=True), ACTIVITIES_PER_PAGE)
    paginator.count = queries.selection_size(summary)  # known already: no COUNT query
    page = paginator.get_page(request.GET.get("page"))
    filtered = any(name in request.GET for name in activity_filter.filters)
    query = request.GET.copy()
    query.pop("page", None)
    rows = queries.page_of_activities(list(page.object_list))
    editable = {activity.pk for activity in rows if permissions.can_edit_activity(request.user, activity)}
    context = {
        "filter": activity_filter,
        "page": page,
        "query": query.urlencode(),
        "areas": queries.group_by_area(
            rows,
            summary=summary,
            with_empty_areas=not filtered and not page.has_next(),
            editable=editable,
        ),
        "total": page.paginator.count,
        **rights,
    }
    return context, 200


def register_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """``/register.csv`` and ``/register.xlsx``: the activities of ``/register/`` with the same filters.

    Anonymous people get public columns and public events only; staff also get internal notes.
    """
    activity_filter = ActivityFilter(request.GET or None, queryset=queries.activities().prefetch_related("events"))
    if activity_filter.is_bound and not activity_filter.is_valid():
        return HttpResponse(activity_filter.error_text(), status=400, content_type="text/plain; charset=utf-8")
    internal = policy.sees_internal(request.user)
    content = spreadsheet.export_activities(activity_filter.qs, fmt=fmt, internal=internal)
    response = HttpResponse(content, content_type=spreadsheet.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="register.{fmt}"'
    if not internal:
        response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "private, no-cache" if internal else "public, max-age=300"
    return response


def activity_detail(request: HttpRequest, key: str) -> HttpResponse:
    activity = get_object_or_404(queries.activities(), key=key)
    return render(request, "register/activity_detail.html", queries.activity_page(activity, request.user))


def mandate_list(request: HttpRequest) -> HttpResponse:
    return caching.render_page(
        request,
        "mandates",
        "register/mandate_list.html",
        "register/_mandate_list_body.html",
        lambda: _mandate_list_context(request),
    )


def _mandate_list_context(request: HttpRequest) -> tuple[dict[str, Any], int]:
    mandate_filter = MandateFilter(request.GET or None, queryset=queries.mandates())
    can_add = permissions.can_edit_reference(request.user)
    if mandate_filter.is_bound and not mandate_filter.is_valid():
        return {"filter": mandate_filter, "page": None, "error": mandate_filter.error_text(), "can_add": can_add}, 400
    page = Paginator(mandate_filter.qs, MANDATES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {"filter": mandate_filter, "page": page, "query": query.urlencode(), "can_add": can_add}, 200


def mandate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    mandate = get_object_or_404(Mandate.objects.select_related("body", "meeting"), pk=pk)
    return render(request, "register/mandate_detail.html", queries.mandate_page(mandate, request.user))


def mandate_map(request: HttpRequest) -> HttpResponse:
    return caching.render_page(
        request,
        "map",
        "register/map.html",
        "register/_map_body.html",
        lambda: (queries.map_table(sees_contacts=policy.sees_internal(request.user)), 200),
    )
