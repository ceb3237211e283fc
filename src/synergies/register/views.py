"""Pages of the register: the register itself, an activity, the mandates and the map.

Views stay thin: filters in ``filters.py``, what each page shows in ``queries.py``, who sees what
in ``accounts.policy``. Internal notes and contact details reach the template only for staff.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from synergies.accounts import policy
from synergies.register import queries, spreadsheet
from synergies.register.filters import ActivityFilter, MandateFilter
from synergies.register.models import Mandate

MANDATES_PER_PAGE = 50
ACTIVITIES_PER_PAGE = 50


def register(request: HttpRequest) -> HttpResponse:
    activity_filter = ActivityFilter(request.GET or None, queryset=queries.activities())
    if activity_filter.is_bound and not activity_filter.is_valid():
        context = {"filter": activity_filter, "areas": [], "error": activity_filter.error_text(), "total": 0}
        return render(request, "register/register.html", context, status=400)
    page = Paginator(activity_filter.qs, ACTIVITIES_PER_PAGE).get_page(request.GET.get("page"))
    filtered = any(name in request.GET for name in activity_filter.filters)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "filter": activity_filter,
        "page": page,
        "query": query.urlencode(),
        "areas": queries.group_by_area(
            list(page.object_list), summary=queries.area_summary(activity_filter.qs),
            with_empty_areas=not filtered and not page.has_next(),
        ),
        "total": page.paginator.count,
    }
    return render(request, "register/register.html", context)


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
    mandate_filter = MandateFilter(request.GET or None, queryset=queries.mandates())
    if mandate_filter.is_bound and not mandate_filter.is_valid():
        context: dict[str, object] = {"filter": mandate_filter, "page": None, "error": mandate_filter.error_text()}
        return render(request, "register/mandate_list.html", context, status=400)
    page = Paginator(mandate_filter.qs, MANDATES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"filter": mandate_filter, "page": page, "query": query.urlencode()}
    return render(request, "register/mandate_list.html", context)


def mandate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    mandate = get_object_or_404(Mandate.objects.select_related("body", "meeting"), pk=pk)
    return render(request, "register/mandate_detail.html", queries.mandate_page(mandate, request.user))


def mandate_map(request: HttpRequest) -> HttpResponse:
    context = queries.map_table(sees_contacts=policy.sees_internal(request.user))
    return render(request, "register/map.html", context)
