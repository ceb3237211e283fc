"""/coordination/upcoming/: the periodic list, its exports and the checklist filled in place (staff).

Thin: parse the request, call ``services``, render. Every edit works in two ways: with htmx the
checklist of the event is swapped in place (forms open inside it); without JavaScript the same
addresses serve full form pages and redirect back to the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from synergies.calendar import services as calendar_services
from synergies.calendar.models import Event, Participation
from synergies.core.writes import EditConflict
from synergies.upcoming import permissions, queries, rendering, services
from synergies.upcoming.checklist import UpcomingItem
from synergies.upcoming.forms import (
    CommunicationForm,
    NotesForm,
    NotNeededForm,
    ParticipationForm,
    UpcomingFilterForm,
)
from synergies.upcoming.models import CommunicationItem, EventChecklist

EXPORTS: dict[str, tuple[str, str]] = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "attachment"),
    "txt": ("text/plain; charset=utf-8", "inline"),
    "html": ("text/html; charset=utf-8", "inline"),
}


def _gate(request: HttpRequest) -> HttpResponse | None:
    """Anonymous people are sent to sign in; signed-in people who are not staff are refused."""
    if not request.user.is_authenticated:
        return redirect(f"{reverse('accounts:login')}?next={quote(request.get_full_path())}")
    permissions.require_staff(request.user)
    return None


def _user(request: HttpRequest) -> AbstractBaseUser:
    """The signed-in user (``_gate`` ran first), as the services record them in the history."""
    user = request.user
    assert isinstance(user, AbstractBaseUser)
    return user


def _next(request: HttpRequest, event: Event) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("upcoming:event", args=[event.pk])
    return target


def _export_links(request: HttpRequest) -> dict[str, str]:
    query = request.GET.urlencode()
    suffix = f"?{query}" if query else ""
    return {fmt: f"{reverse(f'upcoming:export_{fmt}')}{suffix}" for fmt in EXPORTS}


def _entry(request: HttpRequest, item: UpcomingItem, *, next_url: str) -> dict[str, Any]:
    """One event's checklist, with what this user may change in it (``entry`` in the templates)."""
    user, event = request.user, item.event
    checklist = item.checklist
    return {
        "item": item,
        "can_add": permissions.can_add(user, event),
        "editable_participations": {
            p.pk for p in checklist.participations if permissions.can_edit_for_event(user, event, p.organization_id)
        },
        "editable_communications": {
            c.pk for c in checklist.communications if permissions.can_edit_for_event(user, event, c.organization_id)
        },
        "markable": {r.key for r in checklist.requirements if permissions.can_mark(user, event, r.key)},
        "can_note": permissions.can_mark(user, event, ""),
        "next": next_url,
    }


# --- The list and its exports -----------------------------------------------------------------


@require_GET
def upcoming_list(request: HttpRequest) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    form = UpcomingFilterForm(request.GET)
    plist = None
    if form.is_valid():
        plist = queries.build_periodic_list(viewer=request.user, **form.query())
    months = [
        {
            "month": group.month,
            "entries": [_entry(request, item, next_url=request.get_full_path()) for item in group.items],
        }
        for group in (plist.months if plist else [])
    ]
    return render(
        request,
        "upcoming/list.html",
        {
            "form": form,
            "plist": plist,
            "months": months,
            "exports": _export_links(request),
            "incomplete": sum(1 for item in plist.items if item.missing) if plist else 0,
        },
        status=200 if plist else 400,
    )


@require_GET
def upcoming_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    form = UpcomingFilterForm(request.GET)
    if not form.is_valid():
        return HttpResponse(
            _("The list was not exported: %(errors)s") % {"errors": form.error_text()},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    plist = queries.build_periodic_list(viewer=request.user, **form.query())
    if fmt == "docx":
        body: bytes = rendering.as_docx(plist)
    elif fmt == "txt":
        body = rendering.as_text(plist).encode()
    else:
        body = rendering.as_html(plist, base_url=request.build_absolute_uri("/")).encode()
    content_type, disposition = EXPORTS[fmt]
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'{disposition}; filename="upcoming-{plist.start:%Y-%m-%d}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


# --- One event's checklist ----------------------------------------------------------------------


def _render_checklist(
    request: HttpRequest, event: Event, *, next: str, status: int = 200, **extra: Any
) -> HttpResponse:
    item = queries.event_checklist(event)
    context = {"entry": _entry(request, item, next_url=next), "event": event, "next": next, **extra}
    template = "upcoming/_checklist.html" if request.htmx else "upcoming/event.html"  # type: ignore[attr-defined]
    return render(request, template, context, status=status)


def _event(request: HttpRequest, pk: int) -> Event:
    return get_object_or_404(Event.objects.visible_to(request.user), pk=pk)


@require_GET
def event_checklist(request: HttpRequest, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    event = _event(request, pk)
    return _render_checklist(request, event, next=_next(request, event))


def _edit(
    request: HttpRequest,
    event: Event,
    form: Form,
    *,
    title: str,
    action: str,
    save: Callable[[], object],
) -> HttpResponse:
    """Show ``form`` (GET) or save it (POST) through ``save``; errors at their fields, conflicts on top."""
    target = _next(request, event)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                save()
            except EditConflict as conflict:
                form.add_error(None, str(conflict))
                status = 409
            except ValidationError as error:
                _add_errors(form, error)
                status = 400
            else:
                if request.htmx:  # type: ignore[attr-defined]
                    return _render_checklist(request, event, next=target, notice=_("Saved."))
                messages.success(request, _("Saved: %(event)s.") % {"event": event.title})
                return redirect(target)
        else:
            status = 400
    extra = {"checklist_form": form, "form_title": title, "form_action": action}
    if request.htmx:  # type: ignore[attr-defined]
        return _render_checklist(request, event, next=target, status=status, **extra)
    return render(request, "upcoming/form.html", {"event": event, "next": target, **extra}, status=status)


def _add_errors(form: Form, error: ValidationError) -> None:
    """The service's errors at the fields they name (or on top of the form)."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, field_messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, field_messages)


@dataclass(frozen=True)
class ItemKind:
    """A kind of checklist item people add, edit and remove: its model, form and services."""

    model: type[Participation] | type[CommunicationItem]
    form: type[ParticipationForm] | type[CommunicationForm]
    add_title: str | Promise
    edit_title: str | Promise
    add: Callable[[Event, Any, AbstractBaseUser], object]  # (event, form data, by)
    update: Callable[[Any, Any, int, AbstractBaseUser], object]  # (item, form data, expected, by)
    remove: Callable[[Any, int, AbstractBaseUser], None]  # (item, expected, by)
    #: The hidden form field that carries the version the edit started from.
    version_field: str


#: The two kinds of checklist item, by the ``kind`` their addresses name.
ITEM_KINDS: dict[str, ItemKind] = {
    "participation": ItemKind(
        Participation,
        ParticipationForm,
        gettext_lazy("Add participation"),
        gettext_lazy("Edit participation"),
        add=lambda event, data, by: calendar_services.create_participation(event, data, by=by),
        update=lambda item, data, expected, by: calendar_services.update_participation(
            item, data, expected_token=expected, by=by
        ),
        remove=lambda item, expected, by: calendar_services.delete_participation(item, expected_token=expected, by=by),
        version_field="token",
    ),
    "communication": ItemKind(
        CommunicationItem,
        CommunicationForm,
        gettext_lazy("Add a communication opportunity"),
        gettext_lazy("Edit communication opportunity"),
        add=lambda event, data, by: services.create_communication(event, data, by=by),
        update=lambda item, data, expected, by: services.update_communication(
            item, data, expected_version=expected, by=by
        ),
        remove=lambda item, expected, by: services.delete_communication(item, expected_version=expected, by=by),
        version_field="version",
    ),
}


def add_item(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    spec = ITEM_KINDS[kind]
    event = _event(request, pk)
    form = spec.form(request.POST or None, user=request.user, event=event)
    return _edit(
        request,
        event,
        form,
        title=str(spec.add_title),
        action=request.path,
        save=lambda: spec.add(event, form.data_for_service(), _user(request)),
    )


def _editable(request: HttpRequest, spec: ItemKind, pk: int) -> Any:
    """A participation or communication item this user may change (403 otherwise)."""
    obj: Any = get_object_or_404(spec.model.objects.select_related("event", "organization"), pk=pk)
    permissions.require_editor(request.user, obj.event, obj.organization)
    return obj


def edit_item(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    spec = ITEM_KINDS[kind]
    item = _editable(request, spec, pk)
    form = spec.form(request.POST or None, user=request.user, event=item.event, initial=spec.form.initial_for(item))
    return _edit(
        request,
        item.event,
        form,
        title=str(spec.edit_title),
        action=request.path,
        save=lambda: spec.update(
            item, form.data_for_service(), form.cleaned_data[spec.version_field] or 0, _user(request)
        ),
    )


def _done(request: HttpRequest, event: Event, *, ok: str | None, error: str | None) -> HttpResponse:
    """After a one-button change (remove, not needed): the checklist in place, or back to the list."""
    if request.htmx:  # type: ignore[attr-defined]
        return _render_checklist(
            request, event, status=409 if error else 200, next=_next(request, event), notice=ok, problem=error
        )
    if error:
        messages.error(request, error)
    elif ok:
        messages.success(request, ok)
    return redirect(_next(request, event))


def _removal(request: HttpRequest, event: Event, remove: Callable[[int], None]) -> HttpResponse:
    try:
        expected = int(request.POST.get("version", ""))
    except ValueError:
        return _done(request, event, ok=None, error=_("The removal was refused: the form was incomplete."))
    try:
        remove(expected)
    except EditConflict as conflict:
        return _done(request, event, ok=None, error=str(conflict))
    return _done(request, event, ok=_("Removed."), error=None)


@require_POST
def remove_item(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    spec = ITEM_KINDS[kind]
    item = _editable(request, spec, pk)
    return _removal(request, item.event, lambda expected: spec.remove(item, expected, _user(request)))


@require_POST
def not_needed(request: HttpRequest, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    event = _event(request, pk)
    form = NotNeededForm(request.POST)
    if not form.is_valid():
        return _done(request, event, ok=None, error=_("Nothing was changed: the form was incomplete."))
    data = form.cleaned_data
    try:
        services.mark_not_needed(
            event, data["key"], not_needed=data["not_needed"], expected_version=data["version"], by=_user(request)
        )
    except EditConflict as conflict:
        return _done(request, event, ok=None, error=str(conflict))
    except ValidationError as error:
        return _done(request, event, ok=None, error=" ".join(error.messages))
    return _done(
        request, event, ok=_("Marked not needed.") if data["not_needed"] else _("Marked needed again."), error=None
    )


def notes(request: HttpRequest, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    event = _event(request, pk)
    if not permissions.can_mark(request.user, event, ""):
        raise PermissionDenied(_("Only editors of the event's organizers can change this."))
    stored = EventChecklist.objects.filter(event=event).first()
    form = NotesForm(
        request.POST or None,
        event=event,
        initial={"notes": stored.notes if stored else "", "version": stored.version if stored else 0},
    )
    return _edit(
        request,
        event,
        form,
        title=_("Coordination notes"),
        action=reverse("upcoming:notes", args=[event.pk]),
        save=lambda: services.set_checklist_notes(
            event, form.cleaned_data["notes"], expected_version=form.cleaned_data["version"] or 0, by=_user(request)
        ),
    )
