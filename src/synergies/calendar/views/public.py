"""The public calendar: the home page, ``/events/`` as agenda, month grid or year overview, and
the event page.

Every page reads events through ``Event.objects.visible_to(user)`` and the shared ``EventFilter``,
so a page shows exactly what the feeds and exports of the same filter contain. Pages cost a
constant number of queries (``with_related``) and paginate in the database.
"""

from __future__ import annotations

import calendar as pycalendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from itertools import groupby
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.forms.utils import flatatt
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import get_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from synergies.accounts import policy
from synergies.calendar import queries
from synergies.calendar.filters import FILTER_PARAMETERS, EventFilter
from synergies.calendar.models import UN_LANGUAGES, Event, EventOrganizer, EventQuerySet
from synergies.calendar.templatetags import calendar_format
from synergies.core import page_cache
from synergies.directory.models import Country, Instrument, Organization, Region, Topic

#: How many events the home page lists, overall and per instrument.
HOME_UPCOMING = 8
HOME_PER_INSTRUMENT = 3
#: The home page picks each instrument's next events among this many coming events (a year or more
#: of the cluster's meetings), so that it stays fast on a calendar of any size.
HOME_HORIZON = 500
#: A month grid shows at most this many events; beyond, the reader is sent to the agenda.
MONTH_LIMIT = 120
#: Events drawn in one week of the grid before the rest become "+N more" per day.
MONTH_LANES = 6
#: Events listed per month in the year overview (each month links to its full grid).
YEAR_PER_MONTH = 8

VIEWS = ("agenda", "month", "year")
FORM_ORDER = ("q", "organizer", "instrument", "topic", "region", "country", "kind", "status", "from", "to")

# --- The filter form ----------------------------------------------------------------------------


class FilterSelect(forms.SelectMultiple):
    """A plain ``<select>`` with an "all" option, that turns into a multiple select when the URL
    holds several values (``?topic=mercury&topic=pcbs``), so every filter URL shows as it filters.

    Rendered in Python from plain ``(value, label)`` rows: the country list alone has 250 options,
    and a template (or a model instance) per option would cost more than the rest of the page.
    """

    def __init__(self, any_label: str, options: Callable[[], Iterable[tuple[Any, Any]]]) -> None:
        super().__init__()
        self.any_label = any_label
        self.option_rows = options

    def value_from_datadict(self, data: Any, files: Any, name: str) -> list[str]:
        return [value for value in super().value_from_datadict(data, files, name) if value]

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> SafeString:
        selected = {str(item) for item in self.format_value(value)}
        final_attrs = self.build_attrs(self.attrs, attrs)
        final_attrs["name"] = name
        multiple = len(selected) > 1
        if multiple:
            final_attrs["multiple"] = True
        lines = [] if multiple else [f'<option value="">{escape(self.any_label)}</option>']
        for option_value, label in self.option_rows():
            key = str(option_value)
            mark = " selected" if key in selected else ""
            lines.append(f'<option value="{escape(key)}"{mark}>{escape(label)}</option>')
        return format_html("<select{}>\n{}\n</select>", flatatt(final_attrs), mark_safe("\n".join(lines)))  # noqa: S308


def _model_options(queryset: QuerySet[Any], key: str, label: str) -> Callable[[], Iterable[tuple[Any, Any]]]:
    return lambda: queryset.values_list(key, label)


def _organization_options() -> Iterable[tuple[str, str]]:
    for acronym, name in Organization.objects.values_list("acronym", "name"):
        yield acronym, (f"{acronym} — {name}" if name else acronym)


#: What each filter's select offers, and what its "all" option says.
_SELECTS: dict[str, tuple[Any, Callable[[], Iterable[tuple[Any, Any]]]]] = {
    "organizer": (gettext_lazy("All organizers"), _organization_options),
    "instrument": (gettext_lazy("All instruments"), _model_options(Instrument.objects.all(), "code", "short_name")),
    "topic": (gettext_lazy("All topics"), _model_options(Topic.objects.all(), "slug", "name")),
    "region": (gettext_lazy("All regions"), _model_options(Region.objects.all(), "code", "name")),
    "country": (gettext_lazy("All countries"), _model_options(Country.objects.all(), "code", "name")),
    "kind": (gettext_lazy("All kinds"), lambda: Event.Kind.choices),
    "status": (gettext_lazy("All statuses"), lambda: Event.Status.choices),
}


def clean_query(query: QueryDict) -> QueryDict:
    """The query without empty values: an untouched form field submits ``organizer=``."""
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        kept = [value for value in values if value.strip()]
        if kept:
            cleaned.setlist(key, kept)
    return cleaned


def filter_query(query: QueryDict) -> QueryDict:
    """Only the public filter parameters: what a feed or export of the same view takes."""
    kept = QueryDict(mutable=True)
    for key in FILTER_PARAMETERS:
        values = query.getlist(key)
        if values:
            kept.setlist(key, values)
    return kept


def event_filter(request: HttpRequest, data: QueryDict) -> EventFilter:
    """The shared ``EventFilter`` over what ``request.user`` may see, with selects for the page."""
    filterset = EventFilter(data, queryset=Event.objects.visible_to(request.user), request=request)
    fields = filterset.form.fields
    for name, (any_label, options) in _SELECTS.items():
        fields[name].widget = FilterSelect(str(any_label), options)
    fields["q"].widget.attrs.update({"type": "search"})
    fields["from"].help_text = _("Empty: from today.")
    # The form reads in the order of the documented parameters ("from" was renamed, so it came last).
    filterset.form.fields = {name: fields[name] for name in FORM_ORDER}
    return filterset


class CalendarViewForm(forms.Form):
    """How ``/events/`` is shown: ``view`` (agenda, month, year), ``month`` and ``year``."""

    view = forms.ChoiceField(
        label=gettext_lazy("Show as"),
        required=False,
        choices=[("agenda", gettext_lazy("Agenda")), ("month", gettext_lazy("Month")), ("year", gettext_lazy("Year"))],
    )
    month = forms.CharField(
        label=gettext_lazy("Month"),
        required=False,
        help_text=gettext_lazy("Year and month, e.g. 2015-05."),
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "2015-05", "pattern": r"\d{4}-\d{2}"}),
    )
    year = forms.IntegerField(label=gettext_lazy("Year"), required=False, min_value=1900, max_value=2200)

    def clean_view(self) -> str:
        return self.cleaned_data["view"] or "agenda"

    def clean_month(self) -> date | None:
        text = self.cleaned_data["month"].strip()
        if not text:
            return None
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
        if match is None or not 1900 <= int(match[1]) <= 2200 or not 1 <= int(match[2]) <= 12:
            raise ValidationError(
                _("“%(value)s” is not a month: give the year and the month, e.g. 2015-05.") % {"value": text}
            )
        return date(int(match[1]), int(match[2]), 1)


# --- Page pieces -----------------------------------------------------------------------------------


def _url(name: str, query: QueryDict | None = None, **kwargs: Any) -> str:
    url = reverse(name, kwargs=kwargs or None)
    encoded = query.urlencode() if query else ""
    return f"{url}?{encoded}" if encoded else url


def _with(query: QueryDict, **values: Any) -> QueryDict:
    """A copy of ``query`` with some parameters set (or removed, when given ``None``)."""
    changed = query.copy()
    for key, value in values.items():
        changed.pop(key, None)
        if value is not None:
            changed[key] = str(value)
    return changed


def subscribe_links(request: HttpRequest, query: QueryDict) -> dict[str, str]:
    """Absolute addresses of the feeds and exports of a filter, for the subscribe box."""
    links = {
        fmt: request.build_absolute_uri(_url("calendar:event_feed", query, fmt=fmt))
        for fmt in ("ics", "atom", "csv", "xlsx")
    }
    links["webcal"] = re.sub(r"^https?://", "webcal://", links["ics"])
    return links


def organizers_in_order(event: Event) -> list[EventOrganizer]:
    """Lead organizers first, then co-organizers, each in their recorded order (from the prefetch)."""
    return sorted(event.event_organizers.all(), key=lambda link: (link.role != EventOrganizer.Role.LEAD, link.position))


@dataclass
class EventRow:
    """An event as a list shows it, with its parent already checked for visibility and its texts
    written once in Python (cheaper than template logic, 50 times per page)."""

    event: Event
    parent: Event | None
    organizers: list[EventOrganizer]

    @cached_property
    def when(self) -> str:
        return calendar_format.event_when(self.event)

    @cached_property
    def iso_start(self) -> str:
        return calendar_format.iso_start(self.event)

    @cached_property
    def place(self) -> str:
        return calendar_format.event_place(self.event)

    @cached_property
    def badges(self) -> SafeString:
        return calendar_format.event_badges(self.event)

    @cached_property
    def kind(self) -> str:
        # Not get_kind_display(): that hashes every (lazy, translated) choice label on each call.
        return str(Event.Kind(self.event.kind).label) if self.event.kind in Event.Kind.values else self.event.kind

    @cached_property
    def organizer_acronyms(self) -> str:
        return ", ".join(link.organization.acronym for link in self.organizers)


def _rows(events: list[Event], user: Any) -> list[EventRow]:
    return [EventRow(event, queries.visible_parent(event, user), organizers_in_order(event)) for event in events]


@dataclass
class MonthGroup:
    month: date
    rows: list[EventRow]


def _group_by_month(events: list[Event], user: Any, window_start: date | None) -> list[MonthGroup]:
    """Agenda sections; an event already running when the window opens is listed under that month."""

    def key(event: Event) -> date:
        day = max(event.start_date, window_start) if window_start else event.start_date
        return day.replace(day=1)

    return [MonthGroup(month, _rows(list(items), user)) for month, items in groupby(events, key=key)]


# --- Month grid -------------------------------------------------------------------------------------


@dataclass
class Segment:
    """The part of an event drawn in one week: from column ``start`` over ``span`` days."""

    row: EventRow
    start: int
    span: int
    continues_before: bool
    continues_after: bool


@dataclass
class Week:
    days: list[date]
    lanes: list[list[Segment | None]] = field(default_factory=list)
    more: list[int] = field(default_factory=list)
    #: (day, how many events did not fit, address of that day's agenda) for each day of the week.
    more_links: list[tuple[date, int, str]] = field(default_factory=list)

    @property
    def has_more(self) -> bool:
        return any(self.more)


def _weekdays() -> tuple[list[tuple[str, str]], int]:
    """Names of the week's days, starting on the first day of the reader's locale, and that day."""
    first = (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7  # Django: 0 is Sunday; Python: 0 is Monday
    return [(str(WEEKDAYS[(first + i) % 7]), str(WEEKDAYS_ABBR[(first + i) % 7])) for i in range(7)], first


def build_month(month: date, rows: list[EventRow], first_weekday: int) -> list[Week]:
    """Weeks of the month with each event laid in the first free lane, spanning its days.

    Cells outside the month stay empty; an event running on is marked as continuing.
    """
    month_end = month.replace(day=pycalendar.monthrange(month.year, month.month)[1])
    weeks = []
    for days in pycalendar.Calendar(first_weekday).monthdatescalendar(month.year, month.month):
        week = Week(days=days, more=[0] * 7)
        occupied: list[list[bool]] = []
        lane_cells: list[list[Segment | None]] = []
        first_day, last_day = max(days[0], month), min(days[-1], month_end)
        in_week = [r for r in rows if r.event.start_date <= last_day and r.event.end_date >= first_day]
        segments = []
        for row in in_week:
            start, end = max(row.event.start_date, first_day), min(row.event.end_date, last_day)
            segments.append(
                Segment(
                    row,
                    (start - days[0]).days,
                    (end - start).days + 1,
                    row.event.start_date < start,
                    row.event.end_date > end,
                )
            )
        segments.sort(key=lambda s: (s.start, -s.span))
        for segment in segments:
            columns = range(segment.start, segment.start + segment.span)
            lane = next((i for i, used in enumerate(occupied) if not any(used[c] for c in columns)), None)
            if lane is None and len(occupied) < MONTH_LANES:
                occupied.append([False] * 7)
                lane_cells.append([None] * 7)
                lane = len(occupied) - 1
            if lane is None:
                for column in columns:
                    week.more[column] += 1
                continue
            for column in columns:
                occupied[lane][column] = True
            lane_cells[lane][segment.start] = segment
        for cells in lane_cells:
            # A segment covers its columns: keep it at its first column, drop the cells it spans.
            laid: list[Segment | None] = []
            column = 0
            while column < 7:
                cell = cells[column]
                laid.append(cell)
                column += cell.span if cell is not None else 1
            week.lanes.append(laid)
        weeks.append(week)
    return weeks


# --- Views --------------------------------------------------------------------------------------


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
                "rows": _rows(events, request.user),
                "list_url": _url("calendar:event_list", query),
                "subscribe_url": subscribe_links(request, query)["webcal"],
            }
        )
    return render(
        request,
        "calendar/home.html",
        {
            "today": today,
            "rows": _rows(found.next_events, request.user),
            "recent_rows": _rows(found.recent, request.user),
            "instruments": instruments,
            "month_url": _url("calendar:event_list", QueryDict("view=month")),
            "year_url": _url("calendar:event_list", QueryDict("view=year")),
            "past_url": _url("calendar:event_list", _with(QueryDict(), to=today - timedelta(days=1))),
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
        return HttpResponseRedirect(_url("calendar:event_list", query))

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
            name: _url("calendar:event_list", _with(filters, view=None if name == "agenda" else name)) for name in VIEWS
        },
        "clear_url": _url(
            "calendar:event_list",
            _with(
                QueryDict(),
                view=None if view == "agenda" else view,
                month=query.get("month") if view == "month" else None,
                year=query.get("year") if view == "year" else None,
            ),
        ),
        "refresh_hours": settings.SYNERGIES_FEED_REFRESH_HOURS,
        "errors": [*_error_list(filterset.form), *_error_list(view_form)],
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


def _error_list(form: forms.Form) -> list[dict[str, str]]:
    """Each refused value, named, with the id of its field so the summary can link to it."""
    errors: list[dict[str, str]] = []
    for name, messages in form.errors.items():
        label = str(form.fields[name].label) if name in form.fields else name
        field_id = f"id_{name}" if name in form.fields else ""
        errors.extend({"label": label, "message": str(message), "field_id": field_id} for message in messages)
    return errors


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
    groups = _group_by_month(page_events, request.user, None if past else window_start)

    def page_url(page: int) -> str:
        return _url("calendar:event_list", _with(filters, page=page if page > 1 else None))

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
        "past_url": _url("calendar:event_list", _with(filters, to=today - timedelta(days=1), **{"from": None})),
        "upcoming_url": _url("calendar:event_list", _with(filters, to=None, **{"from": None})),
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
    month_end = month.replace(day=pycalendar.monthrange(month.year, month.month)[1])
    found, truncated = queries.month_events(events, month, month_end, MONTH_LIMIT)
    rows = _rows(found, request.user)
    weekdays, first_weekday = _weekdays()
    previous_month = (month - timedelta(days=1)).replace(day=1)
    next_month = month_end + timedelta(days=1)

    def month_url(day: date) -> str:
        return _url("calendar:event_list", _with(filters, view="month", month=day.strftime("%Y-%m")))

    def day_url(day: date) -> str:
        return _url("calendar:event_list", _with(filters, **{"from": day.isoformat(), "to": day.isoformat()}))

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
        "weekdays": weekdays,
        "rows": rows,
        "truncated": truncated,
        "limit": MONTH_LIMIT,
        "month_agenda_url": _url(
            "calendar:event_list", _with(filters, **{"from": month.isoformat(), "to": month_end.isoformat()})
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
        return _url("calendar:event_list", _with(filters, view="year", year=number))

    months = []
    for number in range(1, 13):
        month = date(year, number, 1)
        months.append(
            {
                "month": month,
                "count": overview.counts.get(number, 0),
                "rows": _rows(overview.by_month.get(number, []), request.user),
                "url": _url("calendar:event_list", _with(filters, view="month", month=month.strftime("%Y-%m"))),
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
    sees_internal = policy.sees_internal(user)
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
        "can_edit": policy.can_edit_event(user, event),
        "ics_url": ics_url,
        "webcal_url": re.sub(r"^https?://", "webcal://", request.build_absolute_uri(ics_url)),
        "json_ld": event_json_ld(event, request),
    }
    return render(request, "calendar/event_detail.html", context)


_SCHEMA_STATUS = {
    Event.Status.CANCELLED: "https://schema.org/EventCancelled",
    Event.Status.POSTPONED: "https://schema.org/EventPostponed",
}
_SCHEMA_ATTENDANCE = {
    Event.AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Event.AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Event.AttendanceMode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def _schema_date(event: Event, *, end: bool) -> str:
    if event.date_precision == Event.DatePrecision.MONTH:
        return (event.end_date if end else event.start_date).strftime("%Y-%m")
    moment = event.local_end if end else event.local_start
    if event.all_day or moment is None:
        return (event.end_date if end else event.start_date).isoformat()
    return moment.isoformat()


def event_json_ld(event: Event, request: HttpRequest) -> dict[str, Any]:
    """The event as schema.org ``Event``: public fields only, for search engines and other sites."""
    url = request.build_absolute_uri(event.get_absolute_url())
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": _schema_date(event, end=False),
        "endDate": _schema_date(event, end=True),
        "eventStatus": _SCHEMA_STATUS.get(event.status, "https://schema.org/EventScheduled"),  # type: ignore[call-overload]
        "eventAttendanceMode": _SCHEMA_ATTENDANCE[event.attendance_mode],  # type: ignore[index]
        "url": url,
    }
    if event.description:
        data["description"] = event.description
    locations: list[dict[str, Any]] = []
    if event.attendance_mode != Event.AttendanceMode.ONLINE and (event.venue or event.city or event.country):
        address: dict[str, Any] = {"@type": "PostalAddress"}
        if event.city:
            address["addressLocality"] = event.city
        if event.country:
            address["addressCountry"] = event.country.code
        locations.append(
            {
                "@type": "Place",
                "name": event.venue or event.city or event.country.name,  # type: ignore[union-attr]
                "address": address,
            }
        )
    if event.attendance_mode != Event.AttendanceMode.IN_PERSON:
        locations.append({"@type": "VirtualLocation", "url": event.online_url or event.website or url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    organizers = []
    for link in organizers_in_order(event):
        organization: dict[str, Any] = {
            "@type": "Organization",
            "name": link.organization.name or link.organization.acronym,
        }
        if link.organization.website:
            organization["url"] = link.organization.website
        organizers.append(organization)
    if organizers:
        data["organizer"] = organizers[0] if len(organizers) == 1 else organizers
    if event.languages:
        data["inLanguage"] = list(event.languages)
    return data
