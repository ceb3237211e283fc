"""``/api/v1/events``: the calendar, read with the filters of ``/events/``, and written with a token."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Status
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from synergies.api import schemas, services
from synergies.api.pagination import PageQuery, paginate
from synergies.api.representation import events_as_dicts, events_for_api
from synergies.api.security import OPTIONAL_SECURITY, caller, optional_token, refuse_control_characters
from synergies.calendar import queries
from synergies.calendar.filters import EventFilter, clean_query, filter_query
from synergies.calendar.models import Event
from synergies.calendar.services import EditConflict

router = Router(tags=["events"])

READ_ERRORS: dict[int, Any] = {401: schemas.Message, 422: schemas.ValidationErrors, 429: schemas.Message}


class EventQuery(PageQuery):
    """The filters of ``/events/`` (each of the first seven may be repeated; empty values are ignored, as
    the page's own form sends them), and incremental reads. ``EventFilter`` checks the values."""

    organizer: list[str] = Field([], description="Organization acronym, e.g. BRS.")
    instrument: list[str] = Field([], description="Instrument code, e.g. minamata.")
    topic: list[str] = Field([], description="Topic slug, e.g. mercury.")
    region: list[str] = Field([], description="Region code: events aimed at it or held in one of its countries.")
    country: list[str] = Field([], description="ISO alpha-2 code: events held in or aimed at the country.")
    kind: list[str] = Field([], json_schema_extra={"items": {"type": "string", "enum": list(Event.Kind.values)}})
    status: list[str] = Field([], json_schema_extra={"items": {"type": "string", "enum": list(Event.Status.values)}})
    from_: str | None = Field(None, alias="from", description="Events not ended before this day (YYYY-MM-DD).")
    to: str | None = Field(None, description="Events started on or before this day (YYYY-MM-DD).")
    q: str | None = Field(None, description="Words in the title, description, venue or city.")
    updated_since: datetime | None = Field(
        None, description="Only events changed at or after this instant (ISO 8601): incremental reads."
    )


def filtered_events(request: HttpRequest, query: EventQuery) -> Any:
    """The caller's visible events through the calendar's own ``EventFilter``; 422 naming a bad filter."""
    user = caller(request).user
    refuse_control_characters(request)
    filterset = EventFilter(filter_query(clean_query(request.GET)), queryset=events_for_api(user), request=request)
    if not filterset.is_valid():
        raise NinjaValidationError(
            [
                {"loc": ["query", name], "msg": " ".join(messages), "type": "invalid"}
                for name, messages in filterset.form.errors.items()
            ]
        )
    events = filterset.qs
    if query.updated_since is not None:
        since = query.updated_since
        events = events.filter(updated_at__gte=since if since.tzinfo else since.replace(tzinfo=UTC))
    return queries.in_calendar_order(events)


@router.get(
    "/events",
    response={200: schemas.EventPage, **READ_ERRORS},
    auth=optional_token,
    exclude_unset=True,
    openapi_extra=OPTIONAL_SECURITY,
    summary="List events",
)
def list_events(request: HttpRequest, query: Query[EventQuery]) -> dict[str, Any]:
    user = caller(request).user
    return paginate(request, filtered_events(request, query), query, lambda rows: events_as_dicts(rows, request, user))


@router.get(
    "/events/{event_id}",
    response={200: schemas.EventOut, 404: schemas.Message, **READ_ERRORS},
    auth=optional_token,
    exclude_unset=True,
    openapi_extra=OPTIONAL_SECURITY,
    summary="One event",
)
def get_event(request: HttpRequest, event_id: int) -> dict[str, Any]:
    user = caller(request).user
    event = get_object_or_404(events_for_api(user), pk=event_id)
    return events_as_dicts([event], request, user)[0]


# --- Writes (a token of an editor) ------------------------------------------------------------------

WRITE_ERRORS: dict[int, Any] = {
    400: schemas.Message,
    401: schemas.Message,
    403: schemas.Message,
    404: schemas.Message,
    409: schemas.Conflict,
    422: schemas.ValidationErrors,
    429: schemas.Message,
}


def _refused(refused: services.Refused) -> NinjaValidationError:
    return NinjaValidationError(
        [
            {"loc": ["body", field], "msg": " ".join(messages), "type": "invalid"}
            for field, messages in refused.errors.items()
        ]
    )


def _written(request: HttpRequest, write: Any) -> dict[str, Any]:
    """Run a write and answer with the event as it now stands; refusals as 403, 409 or 422."""
    user = caller(request).user
    try:
        event: Event = write()
    except (services.Forbidden, PermissionDenied) as forbidden:
        raise HttpError(403, str(forbidden)) from None
    except services.Refused as refused:
        raise _refused(refused) from None
    except EditConflict as conflict:
        raise Conflicted(conflict) from None
    return events_as_dicts([events_for_api(user).get(pk=event.pk)], request, user)[0]


class Conflicted(Exception):
    """A stale ``version``: answered with 409 and the current version."""

    def __init__(self, conflict: EditConflict) -> None:
        super().__init__(str(conflict))
        self.current_version = conflict.event.version


def _editable(request: HttpRequest, event_id: int) -> Event:
    try:
        return services.editable_event(caller(request).user, event_id)
    except Event.DoesNotExist:
        raise Http404 from None
    except services.Forbidden as forbidden:
        raise HttpError(403, str(forbidden)) from None


@router.post("/events", response={201: schemas.EventOut, **WRITE_ERRORS}, exclude_unset=True, summary="Create an event")
def create_event(request: HttpRequest, payload: schemas.EventIn) -> Status:
    changes = payload.model_dump(exclude_unset=True)
    return Status(201, _written(request, lambda: services.create_event(caller(request).user, changes)))


def _change(request: HttpRequest, event_id: int, payload: Any, act: Any) -> dict[str, Any]:
    """An existing event changed by ``act(user, event, changes)``, where ``changes`` are the fields sent."""
    event = _editable(request, event_id)
    changes = payload.model_dump(exclude_unset=True)
    return _written(request, lambda: act(caller(request).user, event, changes))


def _route(method: str, path: str, summary: str) -> Any:
    return router.api_operation(
        [method], path, response={200: schemas.EventOut, **WRITE_ERRORS}, exclude_unset=True, summary=summary
    )


@_route("PUT", "/events/{event_id}", "Replace an event (fields left out take their defaults)")
def replace_event(request: HttpRequest, event_id: int, payload: schemas.EventReplace) -> dict[str, Any]:
    return _change(
        request, event_id, payload, lambda user, event, changes: services.update_event(user, event, changes, full=True)
    )


@_route("PATCH", "/events/{event_id}", "Change some fields of an event (fields left out keep their values)")
def patch_event(request: HttpRequest, event_id: int, payload: schemas.EventPatch) -> dict[str, Any]:
    return _change(
        request, event_id, payload, lambda user, event, changes: services.update_event(user, event, changes, full=False)
    )


@_route("POST", "/events/{event_id}/cancel", "Cancel an event (it stays in feeds as cancelled)")
def cancel_event(request: HttpRequest, event_id: int, payload: schemas.CancelIn) -> dict[str, Any]:
    return _change(
        request,
        event_id,
        payload,
        lambda user, event, changes: services.cancel_event(
            user, event, version=changes["version"], note=changes.get("note", "")
        ),
    )


@_route("POST", "/events/{event_id}/postpone", "Postpone an event, with its new dates when known")
def postpone_event(request: HttpRequest, event_id: int, payload: schemas.PostponeIn) -> dict[str, Any]:
    return _change(request, event_id, payload, services.postpone_event)
