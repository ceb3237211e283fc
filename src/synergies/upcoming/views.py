"""/coordination/upcoming/: the periodic list, its exports and the checklist filled in place (staff).

Thin: parse the request, call ``services``, render. Every edit works in two ways: with htmx the
checklist of the event is swapped in place (forms open inside it); without JavaScript the same
addresses serve full form pages and redirect back to the list.

A stale edit gets the site's one conflict page (``core.editing``, ``core/editing/_conflict.html``):
409, who saved last and when, the fields where what is saved now and the editor's version differ, and
the form again with the editor's values and the current version, so that saving it ("Save anyway")
is a deliberate overwrite. The event's page shows the checklist's history (``queries.checklist_history``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from synergies.calendar import services as calendar_services
from synergies.calendar.models import Event, Participation
from synergies.core import editing
from synergies.core.writes import EditConflict, ItemConflict
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
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "upcoming/_checklist.html", context, status=status)
    labels = {r.key: str(r.label) for r in item.checklist.requirements}
    context["history"] = queries.checklist_history(event, viewer=request.user, labels=labels)
    return render(request, "upcoming/event.html", context, status=status)


def _event(request: HttpRequest, pk: int) -> Event:
    return get_object_or_404(Event.objects.visible_to(request.user), pk=pk)


@require_GET
def event_checklist(request: HttpRequest, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    event = _event(request, pk)
    return _render_checklist(request, event, next=_next(request, event))


@dataclass(frozen=True)
class Compared:
    """What a conflict compares for one kind of record: its model, the form fields that hold its
    values (named as the model's fields), the hidden field with the version the edit started from,
    and how to read that version from a record."""

    model: type[Model]
    fields: tuple[str, ...]
    version_field: str
    version_of: Callable[[Any], int]


def _edit(
    request: HttpRequest,
    event: Event,
    make_form: Callable[[QueryDict | None], Form],
    *,
    title: str,
    action: str,
    save: Callable[[Form], object],
    compared: Compared,
) -> HttpResponse:
    """Show the form (GET) or save it (POST) through ``save``; errors at their fields.

    A conflict answers 409 with the conflict block above the form, which keeps the editor's values
    and carries the current version (saving again overwrites, deliberately); when the record was
    removed meanwhile, the block stands above the checklist instead.
    """
    target = _next(request, event)
    status = 200
    form = make_form(request.POST if request.method == "POST" else None)
    conflict: dict[str, Any] | None = None
    if request.method == "POST":
        if form.is_valid():
            try:
                save(form)
            except EditConflict as error:
                current = _current(error.obj)
                if error.removed:
                    context = _conflict_context(request, error, current)
                    return _render_checklist(request, event, next=target, status=409, conflict=context)
                conflict = _conflict_context(request, error, current, differences=_differences(compared, current, form))
                data = request.POST.copy()
                data[compared.version_field] = str(compared.version_of(current))
                form = make_form(data)
                form.is_valid()
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
    extra = {"checklist_form": form, "form_title": title, "form_action": action, "conflict": conflict}
    if request.htmx:  # type: ignore[attr-defined]
        return _render_checklist(request, event, next=target, status=status, **extra)
    return render(request, "upcoming/form.html", {"event": event, "next": target, **extra}, status=status)


def _current(obj: Any) -> Any:
    """The record as saved now (a checklist created by someone else at the same moment is read back)."""
    if obj.pk is None and isinstance(obj, EventChecklist):
        return EventChecklist.objects.filter(event_id=obj.event_id).first() or obj
    return obj


def _conflict_context(
    request: HttpRequest,
    error: EditConflict,
    current: Any,
    *,
    differences: list[tuple[str, str, str]] | None = None,
) -> dict[str, Any]:
    """``core/editing/_conflict.html``'s context for a conflict on a checklist's record (whose version
    people do not see); with ``differences``, the form page (reloaded from ``request.get_full_path()``)."""
    return editing.conflict_context(
        current,
        error.expected_version,
        differences=differences,
        reload_url=request.get_full_path() if differences is not None else "",
        conflict=type(error),
        removed=error.removed,
        show_version=False,
    )


def _differences(compared: Compared, current: Any, form: Form) -> list[tuple[str, str, str]]:
    """(field, saved now, your version) for every field where the record and the form differ."""

    def words(name: str, value: Any) -> str:
        field = compared.model._meta.get_field(name)
        if isinstance(value, str):
            value = value.strip()
        return editing.display_value(value, choices=getattr(field, "choices", None))

    return editing.differences(
        (
            editing.field_label(compared.model, name),
            words(name, getattr(current, name)),
            words(name, form.cleaned_data[name]),
        )
        for name in compared.fields
    )


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
    #: What a conflict compares, and the hidden form field that carries the version the edit started from.
    compared: Compared


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
        compared=Compared(
            Participation,
            ("organization", "role", "person", "status", "notes"),
            "token",
            calendar_services.participation_token,
        ),
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
        compared=Compared(
            CommunicationItem,
            ("organization", "kind", "title", "status", "due_date", "notes"),
            "version",
            lambda item: item.version,
        ),
    ),
}


def add_item(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    spec = ITEM_KINDS[kind]
    event = _event(request, pk)
    return _edit(
        request,
        event,
        lambda data: spec.form(data, user=request.user, event=event),
        title=str(spec.add_title),
        action=request.path,
        save=lambda form: spec.add(event, form.data_for_service(), _user(request)),  # type: ignore[attr-defined]
        compared=spec.compared,
    )


def _editable(request: HttpRequest, spec: ItemKind, pk: int) -> Any:
    """A participation or communication item this user may change (403 otherwise); ``None`` when
    someone removed it (404 if it never was)."""
    obj: Any = spec.model.objects.select_related("event", "organization").filter(pk=pk).first()
    if obj is None:
        return None
    permissions.require_editor(request.user, obj.event, obj.organization)
    return obj


def _removed(request: HttpRequest, spec: ItemKind, pk: int) -> HttpResponse:
    """An item someone else removed: the conflict block, with who removed it and when, over the checklist
    (404 for an item that never was or an event this user may not see; 403 for an item not theirs)."""
    record: Any = spec.model.history.filter(id=pk).order_by("-history_date", "-history_id").first()
    if record is None or record.history_type != "-":
        raise Http404
    gone = record.instance
    event = _event(request, gone.event_id)
    permissions.require_editor(request.user, event, gone.organization_id)
    conflict = ItemConflict(gone, 0, removed=True)
    return _done(request, event, ok=None, error=None, conflict=_conflict_context(request, conflict, gone))


def edit_item(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    spec = ITEM_KINDS[kind]
    item = _editable(request, spec, pk)
    if item is None:
        return _removed(request, spec, pk)
    version_field = spec.compared.version_field
    return _edit(
        request,
        item.event,
        lambda data: spec.form(data, user=request.user, event=item.event, initial=spec.form.initial_for(item)),
        title=str(spec.edit_title),
        action=request.path,
        save=lambda form: spec.update(
            item,
            form.data_for_service(),  # type: ignore[attr-defined]
            form.cleaned_data[version_field] or 0,
            _user(request),
        ),
        compared=spec.compared,
    )


def _done(
    request: HttpRequest,
    event: Event,
    *,
    ok: str | None,
    error: str | None,
    conflict: dict[str, Any] | None = None,
) -> HttpResponse:
    """After a one-button change (remove, not needed): the checklist in place, or back to the list.

    A ``conflict`` (``_conflict_context``) is the conflict block: above the checklist in place, or,
    without JavaScript, the message shown on the page the editor goes back to."""
    if request.htmx:  # type: ignore[attr-defined]
        return _render_checklist(
            request,
            event,
            status=409 if error or conflict else 200,
            next=_next(request, event),
            notice=ok,
            problem=error,
            conflict=conflict,
        )
    if conflict:
        # Rendered (and so escaped) by the template: safe to show as it is.
        block = render_to_string("core/editing/_conflict.html", {"conflict": conflict}, request=request)
        messages.error(request, mark_safe(block))  # noqa: S308
    elif error:
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
        return _done(request, event, ok=None, error=None, conflict=_conflict_context(request, conflict, conflict.obj))
    return _done(request, event, ok=_("Removed."), error=None)


@require_POST
def remove_item(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    if (answer := _gate(request)) is not None:
        return answer
    spec = ITEM_KINDS[kind]
    item = _editable(request, spec, pk)
    if item is None:
        return _removed(request, spec, pk)
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
        current = _current(conflict.obj)
        return _done(request, event, ok=None, error=None, conflict=_conflict_context(request, conflict, current))
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
    initial = {"notes": stored.notes if stored else "", "version": stored.version if stored else 0}
    return _edit(
        request,
        event,
        lambda data: NotesForm(data, event=event, initial=initial),
        title=_("Coordination notes"),
        action=reverse("upcoming:notes", args=[event.pk]),
        save=lambda form: services.set_checklist_notes(
            event, form.cleaned_data["notes"], expected_version=form.cleaned_data["version"] or 0, by=_user(request)
        ),
        compared=Compared(EventChecklist, ("notes",), "version", lambda stored: stored.version),
    )
