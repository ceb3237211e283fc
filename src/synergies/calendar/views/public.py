"""The public calendar: the home page, ``/events/`` as agenda, month grid or year overview, and
the event page.

Thin views: they parse the request, call ``calendar.queries`` for the events and the modules of each
concern for the rest (``filter_form``, ``presentation``, ``month_grid``, ``jsonld``), and render.
Every page reads events through ``Event.objects.visible_to(user)`` and the shared ``EventFilter``,
so a page shows exactly what the feeds and exports of the same filter contain. Pages cost a
constant number of queries (``with_related``) and paginate in the database.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from synergies.calendar import permissions, queries
from synergies.calendar.filter_form import VIEWS, CalendarViewForm, error_list, event_filter
from synergies.calendar.filters import clean_query, filter_query
from synergies.calendar.jsonld import event_json_ld
from synergies.calendar.models import UN_LANGUAGES, Event, EventOrganizer, EventQuerySet
from synergies.calendar.month_grid import build_month, month_end, weekdays
from synergies.calendar.presentation import (
    event_rows,
    group_by_month,
    organizers_in_order,
    query_with,
    subscribe_links,
    url_with_query,
)
from synergies.core import page_cache

#: How many events the home page lists, overall and per instrument.
HOME_UPCOMING = 8
HOME_PER_INSTRUMENT = 3
#: The home page picks each instrument's next events among this many coming events (a year or more
#: of the cluster's meetings), so that it stays fast on a calendar of any size.
HOME_HORIZON = 500
#: A month grid shows at most this many events; beyond, the reader is sent to the agenda.
MONTH_LIMIT = 120
#: Events listed per month in the year overview (each month links to its full grid).
YEAR_PER_MONTH = 8


def home(request: HttpRequest) -> HttpResponse:
    """What is coming: the next events, the next few per instrument, and where to go from here."""
    today = timezone.localdate()
    found = queries.home_events(
        request.user, today, upcoming=HOME_UPCOMING, per_instrument=HOME_PER_INSTRUMENT, horizon=HOME_HORIZON
    )
    instruments = []
    for instrument, events in found.by_instrument:
        query = QueryDict(mutable=True)
        query["instrument"] = instrument.code
        instruments.append(
            {
                "instrument": instrument,
                "rows": event_rows(events, request.user),
                "list_url": url_with_query("calendar:event_list", query),
                "subscribe_url": subscribe_links(request, query)["webcal"],
            }
        )
    return render(
        request,
        "calendar/home.html",
        {
            "today": today,
            "rows": event_rows(found.next_events, request.user),
            "recent_rows": event_rows(found.recent, request.user),
            "instruments": instruments,
            "month_url": url_with_query("calendar:event_list", QueryDict("view=month")),
            "year_url": url_with_query("calendar:event_list", QueryDict("view=year")),
            "past_url": url_with_query("calendar:event_list", query_with(QueryDict(), to=today - timedelta(days=1))),
            "links": subscribe_links(request, QueryDict()),
            "refresh_hours": settings.SYNERGIES_FEED_REFRESH_HOURS,
        },
    )


#: The parts of ``/events/`` that are rendered once per state of the data (``calendar/event_list.html``).
LIST_PARTS = ("title", "head", "content")


def list_cache_key(request: HttpRequest, today: date) -> str:
    """Besides what every cached page depends on (``core.page_cache``): the time zone, the day (the
    default window starts today), the site's address (the subscribe links are absolute) and the query."""
    return page_cache.page_key(
        request,
        "calendar-list",
        timezone.get_current_timezone_name(),
        today.isoformat(),
        str(request.scheme),
        request.get_host(),
        request.get_full_path(),
    )


def event_list(request: HttpRequest) -> HttpResponse:
    """``/events/``: the agenda (default), a month grid or a year overview of the filtered events.

    The page's own parts are kept in Django's cache under ``list_cache_key``: every write to the
    site's data raises ``DataGeneration`` in its transaction, so a change shows on the next request,
    and staff and the public never share an entry (docs/decisions/0411). Refused filters (400) are
    rendered every time.
    """
    query = clean_query(request.GET)
    if query.urlencode() != request.GET.urlencode():
        # Drop the empty fields a submitted form leaves, so the address stays short and shareable.
        return HttpResponseRedirect(url_with_query("calendar:event_list", query))

    today = timezone.localdate()

    def build() -> tuple[dict[str, str], int]:
        context, status = _event_list_context(request, query, today)
        parts: dict[str, str] = {
            name: render_to_string(f"calendar/event_list.html#{name}", context, request) for name in LIST_PARTS
        }
        return parts, status

    parts, status = page_cache.cached(list_cache_key(request, today), build)
    page = {name: mark_safe(html) for name, html in parts.items()}  # noqa: S308 - rendered by our template
    return render(request, "calendar/event_list.html", {"parts": page}, status=status)


def _event_list_context(request: HttpRequest, query: QueryDict, today: date) -> tuple[dict[str, Any], int]:
    """What the page shows, and its status: 400 when a filter or the view cannot be applied."""
    filterset = event_filter(request, query)
    view_form = CalendarViewForm(query)
    filters_ok = filterset.is_valid()
    view_ok = view_form.is_valid()
    filters = filter_query(query)
    view = view_form.cleaned_data.get("view", "agenda") if view_ok else (query.get("view") or "agenda")
    if view not in VIEWS:
        view = "agenda"

    context: dict[str, Any] = {
        "filterset": filterset,
        "form": filterset.form,
        "view_form": view_form,
        "view": view,
        "today": today,
        "description": filterset.describe(),
        "links": subscribe_links(request, filters),
        "filter_query": filters.urlencode(),
        "view_urls": {
            name: url_with_query("calendar:event_list", query_with(filters, view=None if name == "agenda" else name))
            for name in VIEWS
        },
        "clear_url": url_with_query(
            "calendar:event_list",
            query_with(
                QueryDict(),
                view=None if view == "agenda" else view,
                month=query.get("month") if view == "month" else None,
                year=query.get("year") if view == "year" else None,
            ),
        ),
        "refresh_hours": settings.SYNERGIES_FEED_REFRESH_HOURS,
        "errors": [*error_list(filterset.form), *error_list(view_form)],
    }
    if not (filters_ok and view_ok):
        return context, 400

    events = filterset.qs
    if view == "month":
        context.update(_month_context(request, events, filters, view_form, today))
    elif view == "year":
        context.update(_year_context(request, events, filters, view_form, today))
    else:
        context.update(_agenda_context(request, events, filters, query, filterset.form.cleaned_data, today))
    return context, 200


def _agenda_context(
    request: HttpRequest,
    events: EventQuerySet,
    filters: QueryDict,
    query: QueryDict,
    cleaned: dict[str, Any],
    today: date,
) -> dict[str, Any]:
    start, end = cleaned.get("from"), cleaned.get("to")
    window_start: date | None = start
    if start is None and end is None:
        # Default: what has not ended yet. Past events are one link away.
        window_start = today
    if window_start is not None:
        events = queries.not_ended_before(events, window_start)
    # Past events only: newest first, so the first page is the most recent.
    past = start is None and end is not None and end < today
    per_page = settings.SYNERGIES_EVENTS_PER_PAGE
    number = _page_number(query.get("page"))
    offset = (number - 1) * per_page
    page_events, has_next = queries.first_of(events, per_page, offset=offset, newest_first=past)
    groups = group_by_month(page_events, request.user, None if past else window_start)

    def page_url(page: int) -> str:
        return url_with_query("calendar:event_list", query_with(filters, page=page if page > 1 else None))

    return {
        "page": {
            "number": number,
            "first": offset + 1,
            "last": offset + len(page_events),
            # The exact total is known when everything fits on the first page.
            "total": len(page_events) if number == 1 and not has_next else None,
        },
        "groups": groups,
        "past": past,
        "default_window": start is None and end is None,
        "page_urls": {
            "previous": page_url(number - 1) if number > 1 else "",
            "next": page_url(number + 1) if has_next else "",
            "first": page_url(1),
        },
        "past_url": url_with_query(
            "calendar:event_list", query_with(filters, to=today - timedelta(days=1), **{"from": None})
        ),
        "upcoming_url": url_with_query("calendar:event_list", query_with(filters, to=None, **{"from": None})),
    }


def _page_number(text: str | None) -> int:
    """The page asked for; anything that is not a page number is the first page."""
    try:
        return max(1, min(int(text or 1), 100_000))
    except ValueError:
        return 1


def _month_context(
    request: HttpRequest, events: EventQuerySet, filters: QueryDict, view_form: CalendarViewForm, today: date
) -> dict[str, Any]:
    month: date = view_form.cleaned_data.get("month") or today.replace(day=1)
    last = month_end(month)
    found, truncated = queries.month_events(events, month, last, MONTH_LIMIT)
    rows = event_rows(found, request.user)
    names, first_weekday = weekdays()
    previous_month = (month - timedelta(days=1)).replace(day=1)
    next_month = last + timedelta(days=1)

    def month_url(day: date) -> str:
        return url_with_query("calendar:event_list", query_with(filters, view="month", month=day.strftime("%Y-%m")))

    def day_url(day: date) -> str:
        return url_with_query(
            "calendar:event_list", query_with(filters, **{"from": day.isoformat(), "to": day.isoformat()})
        )

    # Events known only by their month would fill the whole grid: they are listed above it instead.
    undated = [row for row in rows if row.event.date_precision == Event.DatePrecision.MONTH]
    dated = [row for row in rows if row.event.date_precision != Event.DatePrecision.MONTH]
    weeks = build_month(month, dated, first_weekday)
    for week in weeks:
        week.more_links = [
            (day, count, day_url(day) if count else "") for day, count in zip(week.days, week.more, strict=True)
        ]
    return {
        "month": month,
        "weeks": weeks,
        "undated": undated,
        "weekdays": names,
        "rows": rows,
        "truncated": truncated,
        "limit": MONTH_LIMIT,
        "month_agenda_url": url_with_query(
            "calendar:event_list", query_with(filters, **{"from": month.isoformat(), "to": last.isoformat()})
        ),
        "previous_url": month_url(previous_month),
        "next_url": month_url(next_month),
        "this_month_url": month_url(today),
        "previous_month": previous_month,
        "next_month": next_month,
    }


def _year_context(
    request: HttpRequest, events: EventQuerySet, filters: QueryDict, view_form: CalendarViewForm, today: date
) -> dict[str, Any]:
    year: int = view_form.cleaned_data.get("year") or today.year
    overview = queries.year_overview(events, year, YEAR_PER_MONTH)

    def year_url(number: int) -> str:
        return url_with_query("calendar:event_list", query_with(filters, view="year", year=number))

    months = []
    for number in range(1, 13):
        month = date(year, number, 1)
        months.append(
            {
                "month": month,
                "count": overview.counts.get(number, 0),
                "rows": event_rows(overview.by_month.get(number, []), request.user),
                "url": url_with_query(
                    "calendar:event_list", query_with(filters, view="month", month=month.strftime("%Y-%m"))
                ),
            }
        )
    return {
        "year": year,
        "months": months,
        "total": sum(overview.counts.values()),
        "per_month": YEAR_PER_MONTH,
        "previous_url": year_url(year - 1),
        "next_url": year_url(year + 1),
        "this_year_url": year_url(today.year),
    }


def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One event with every public field; staff also see its internal section."""
    user = request.user
    event = get_object_or_404(queries.for_event_page(user), pk=pk)
    sees_internal = permissions.may_view_internal(user)
    organizers = organizers_in_order(event)
    near = queries.neighbours(event, user)
    ics_url = reverse("calendar:event_ics", args=[event.pk])
    context = {
        "event": event,
        "parent": near.parent,
        "lead_organizers": [link for link in organizers if link.role == EventOrganizer.Role.LEAD],
        "co_organizers": [link for link in organizers if link.role == EventOrganizer.Role.CO_ORGANIZER],
        "side_events": near.side_events,
        "back_to_back": near.back_to_back,
        "event_languages": [UN_LANGUAGES.get(code, code) for code in event.languages],
        "sees_internal": sees_internal,
        "participations": near.participations,
        "can_edit": permissions.may_edit_event(user, event),
        "ics_url": ics_url,
        "webcal_url": re.sub(r"^https?://", "webcal://", request.build_absolute_uri(ics_url)),
        "json_ld": event_json_ld(event, request),
    }
    return render(request, "calendar/event_detail.html", context)
