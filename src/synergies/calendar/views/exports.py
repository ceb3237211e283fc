"""Feeds and exports of the calendar: ``/events.ics|.atom|.csv|.xlsx`` and ``/events/<id>.ics``.

Thin views: the filter and the viewer decide the selection, ``serve_export`` does the rest (ETag,
304, CORS, caching, content type). The format comes from the address only, never from ``Accept``:
Google's importer sends none and calendar apps send anything.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from synergies.calendar import permissions
from synergies.calendar.exporters import EXPORTERS
from synergies.calendar.filters import FILTER_PARAMETERS, EventFilter, clean_query, filter_query
from synergies.calendar.models import Event
from synergies.core.exporting import ExportContext, Fingerprint, filter_key, not_modified, serve_export


def _context(
    request: HttpRequest, fingerprint: Fingerprint, *, title: str, page: str, sees_internal: bool, description: str = ""
) -> ExportContext:
    """What every exporter is told of the request: titles, the feed's and the page's addresses, the audience."""
    return ExportContext(
        title=title,
        filter_description=description,
        feed_url=request.build_absolute_uri(),
        page_url=request.build_absolute_uri(page),
        base_url=request.build_absolute_uri("/").rstrip("/"),
        sees_internal=sees_internal,
        last_modified=fingerprint.latest,
        language=get_language() or "en",
    )


@require_safe
def event_feed(request: HttpRequest, fmt: str) -> HttpResponse:
    exporter = EXPORTERS[fmt]
    sees_internal = permissions.may_view_internal(request.user)
    key = (filter_key(request.GET, FILTER_PARAMETERS),)
    unchanged = not_modified(request, exporter, sees_internal=sees_internal, key=key)
    if unchanged is not None:  # calendar clients poll: answer them before any other work
        return unchanged
    event_filter = EventFilter(request.GET, queryset=Event.objects.visible_to(request.user))
    if not event_filter.is_valid():
        message = _("This filter cannot be used: %(errors)s") % {"errors": event_filter.error_text()}
        return HttpResponseBadRequest(message + "\n", content_type="text/plain; charset=utf-8")

    def make_context(fingerprint: Fingerprint) -> ExportContext:
        description = event_filter.describe()
        title = _("Synergies: chemicals and waste joint calendar")
        if description:
            title = f"{title} · {description}"
        query = filter_query(clean_query(request.GET)).urlencode()  # the HTML page of the same selection
        page = reverse("calendar:event_list") + (f"?{query}" if query else "")
        return _context(
            request, fingerprint, title=title, description=description, page=page, sees_internal=sees_internal
        )

    return serve_export(
        request,
        exporter,
        event_filter.qs,
        sees_internal=sees_internal,
        make_context=make_context,
        key=key,
    )


@require_safe
def event_ics(request: HttpRequest, pk: int) -> HttpResponse:
    """One event, for "add to my calendar"; 404 for events the viewer may not see."""
    sees_internal = permissions.may_view_internal(request.user)
    events = Event.objects.visible_to(request.user).filter(pk=pk)
    title = events.values_list("title", flat=True).first()
    if title is None:
        raise Http404(_("There is no event with this number, or it is not public."))

    def make_context(fingerprint: Fingerprint) -> ExportContext:
        page = reverse("calendar:event_detail", args=[pk])
        return _context(
            request, fingerprint, title=f"{_('Synergies')}: {title}", page=page, sees_internal=sees_internal
        )

    return serve_export(
        request,
        EXPORTERS["ics"],
        events,
        sees_internal=sees_internal,
        make_context=make_context,
        key=(f"event={pk}",),
        download_name=f"synergies-event-{pk}",
    )
