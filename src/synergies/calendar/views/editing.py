"""Staff pages that change events: create, edit, cancel, postpone; and each event's history.

The views are thin: forms translate the request, ``services`` decide and write. Who may do what is
asked of ``calendar.permissions``: anonymous users are sent to sign in, signed-in users without the
right get 403.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from synergies.alignment import planning
from synergies.alignment.planning import PlanningAdvice
from synergies.calendar import permissions, services
from synergies.calendar.forms import CancelForm, EventForm, PostponeForm
from synergies.calendar.models import UN_LANGUAGES, Event
from synergies.calendar.services import EditConflict, EventData
from synergies.core import editing

HISTORY_PER_PAGE = 25

#: Fields left out of "what changed": bookkeeping, shown elsewhere or never edited.
_NOT_SHOWN_IN_CHANGES = {"id", "uid", "version", "created_at", "updated_at"}


# --- Access -----------------------------------------------------------------------------------


def _editor(request: HttpRequest) -> AbstractBaseUser:
    """The signed-in user (every view here requires one), as the services record them in the history."""
    user = request.user
    assert isinstance(user, AbstractBaseUser)
    return user


def _editable_event(request: HttpRequest, pk: int) -> Event:
    """The event, if this user may change it: 404 if they may not see it, 403 if they may not edit it."""
    event = get_object_or_404(Event.objects.visible_to(request.user).with_related(), pk=pk)
    if not permissions.may_edit_event(request.user, event):
        raise PermissionDenied(gettext("You may edit only the events of the organizations you are an editor for."))
    return event


# --- Create and edit --------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def event_create(request: HttpRequest) -> HttpResponse:
    if not permissions.may_create_event(request.user):
        raise PermissionDenied(gettext("Only editors of an organization can add events."))
    form = EventForm(request.POST or None, user=request.user)
    if request.method == "POST":
        if form.is_valid():
            duplicates = form.unconfirmed_duplicates()
            if duplicates:
                return _render_form(request, form, duplicates=duplicates)
            advice = planning.advise(form.event_data(), user=request.user)
            if _unseen(advice, form):
                return _render_form(request, form, advice=advice, confirm_findings=True)
            try:
                event = services.create_event(form.event_data(), by=_editor(request))
            except ValidationError as refused:
                form.add_service_errors(refused)
            else:
                messages.success(request, gettext("The event “%(title)s” was added.") % {"title": event.title})
                return redirect(event)
        return _render_form(request, form, status=400)
    return _render_form(request, form)


@login_required
@require_http_methods(["GET", "POST"])
def event_edit(request: HttpRequest, pk: int) -> HttpResponse:
    event = _editable_event(request, pk)
    if request.method != "POST":
        return _render_form(request, EventForm(user=request.user, instance=event), event=event)
    form = EventForm(request.POST, user=request.user, instance=event)
    if form.is_valid():
        started_from = form.cleaned_data["version"] or 0
        if started_from != event.version:
            return _conflict(request, event, form, started_from)
        duplicates = form.unconfirmed_duplicates()
        if duplicates:
            return _render_form(request, form, event=event, duplicates=duplicates)
        advice = planning.advise(form.event_data(), user=request.user, editing=event)
        if _unseen(advice, form):
            return _render_form(request, form, event=event, advice=advice, confirm_findings=True)
        try:
            services.update_event(event, form.event_data(), expected_version=started_from, by=_editor(request))
        except EditConflict:  # someone saved between our check and our write
            return _conflict(request, event, form, started_from)
        except ValidationError as refused:
            form.add_service_errors(refused)
        else:
            messages.success(request, gettext("Your changes to “%(title)s” were saved.") % {"title": event.title})
            return redirect(event)
    return _render_form(request, form, event=event, status=400)


def _render_form(
    request: HttpRequest,
    form: EventForm,
    *,
    event: Event | None = None,
    duplicates: Iterable[Event] = (),
    status: int = 200,
    conflict: dict[str, Any] | None = None,
    advice: PlanningAdvice | None = None,
    confirm_findings: bool = False,
) -> HttpResponse:
    """The form with the planning assistant's findings for what it holds; ``confirm_findings``: the
    editor must see them before saving (the "Save anyway" step)."""
    context = {
        "form": form,
        "event": event,
        "duplicates": list(duplicates),
        "conflict": conflict,
        "advice": advice or _advice(request, form, event),
        "confirm_findings": confirm_findings,
    }
    return render(request, "calendar/edit/form.html", context, status=status)


def _advice(request: HttpRequest, form: EventForm | PostponeForm, event: Event | None = None) -> PlanningAdvice:
    """The planning assistant's findings for the form as it stands (the stored event on first view)."""
    if isinstance(form, EventForm) and not form.is_bound:
        data: EventData | str = (
            EventData.from_event(event) if event else gettext("Give the dates to see what else happens then.")
        )
    else:
        data = form.planning_data()
    return planning.advise_or_explain(data, user=request.user, editing=event)


def _unseen(advice: PlanningAdvice, form: EventForm | PostponeForm) -> bool:
    """Whether these findings were not shown on the page the editor saved from (call after validation).

    The page carries the fingerprint of the findings it showed; when the values sent give the same
    findings, the editor has seen them (and saves anyway), so nothing stops the save.
    """
    return advice.has_findings and form.cleaned_data.get("assistant_seen") != advice.fingerprint


def _conflict(request: HttpRequest, event: Event, form: EventForm, started_from: int) -> HttpResponse:
    """409: show what is saved now beside what this editor sent; overwrite nothing.

    The form comes back with the editor's values and the *current* version, so saving it again is a
    deliberate choice made after seeing the other change, never a silent overwrite.
    """
    event = Event.objects.with_related().get(pk=event.pk)
    current = EventData.from_event(event)
    mine = form.event_data() if form.is_valid() else None
    data = request.POST.copy()
    data[form.add_prefix("version")] = str(event.version)
    fresh_form = EventForm(data, user=request.user, instance=event)
    fresh_form.is_valid()
    conflict = editing.conflict_context(
        event,
        started_from,
        differences=_data_differences(current, mine, form) if mine is not None else None,
        reload_url=request.path,
        conflict=EditConflict,
        subject=gettext("this event"),
    )
    return _render_form(request, fresh_form, event=event, status=409, conflict=conflict)


def _data_differences(current: EventData, mine: EventData, form: EventForm) -> list[tuple[str, str, str]]:
    """(label, saved now, yours) for every field where the two differ."""
    return [
        (_data_label(name, form), _display(name, saved, current.timezone), _display(name, yours, mine.timezone))
        for name, saved, yours in (
            (item.name, getattr(current, item.name), getattr(mine, item.name)) for item in fields(EventData)
        )
        if name != "uid" and _comparable(saved) != _comparable(yours)
    ]


def _comparable(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_comparable(item) for item in value]
    if hasattr(value, "_meta"):
        return (value._meta.label, value.pk)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value


def _data_label(name: str, form: EventForm) -> str:
    if name in ("start", "end"):
        return {"start": gettext("Start"), "end": gettext("End")}[name]
    if name == "links":
        return gettext("Links")
    return str(form.fields[name].label)


# --- Cancel and postpone ----------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def event_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    event = _editable_event(request, pk)

    def act(form: CancelForm) -> Event:
        return services.cancel_event(
            event, expected_version=form.cleaned_data["version"], by=_editor(request), note=form.cleaned_data["note"]
        )

    return _confirm(
        request,
        event,
        CancelForm(request.POST or None, event=event),
        act,
        "calendar/edit/cancel.html",
        gettext("“%(title)s” is now cancelled. It stays in the feeds as cancelled, so subscribed calendars remove it."),
    )


@login_required
@require_http_methods(["GET", "POST"])
def event_postpone(request: HttpRequest, pk: int) -> HttpResponse:
    event = _editable_event(request, pk)

    def act(form: PostponeForm) -> Event:
        return services.postpone_event(
            event,
            expected_version=form.cleaned_data["version"],
            by=_editor(request),
            new_start=form.cleaned_data.get("new_start"),
            new_end=form.cleaned_data.get("new_end"),
        )

    return _confirm(
        request,
        event,
        PostponeForm(request.POST or None, event=event),
        act,
        "calendar/edit/postpone.html",
        gettext("“%(title)s” is now marked as postponed."),
        planning_assistant=True,
    )


def _confirm(
    request: HttpRequest,
    event: Event,
    form: Any,
    act: Callable[[Any], Event],
    template: str,
    done: str,
    planning_assistant: bool = False,
) -> HttpResponse:
    """A confirmation page: GET asks, POST acts (with the version check), errors stay on the page.

    With ``planning_assistant`` (postponing to new dates), the page shows the planning assistant, and
    findings not shown yet stop the action once, as in the event form."""
    context: dict[str, Any] = {"event": event, "form": form, "conflict": None}
    if planning_assistant:
        context["advice"] = _advice(request, form, event)
    if request.method != "POST":
        return render(request, template, context)
    if form.is_valid():
        started_from = form.cleaned_data["version"]
        if planning_assistant and started_from == event.version and _unseen(context["advice"], form):
            context["confirm_findings"] = True
            return render(request, template, context)
        try:
            if started_from != event.version:
                raise EditConflict(event, started_from)
            act(form)
        except EditConflict as conflict:
            event.refresh_from_db()
            context["conflict"] = editing.conflict_context(
                event,
                conflict.expected_version,
                differences=None,
                reload_url=request.path,
                conflict=EditConflict,
                subject=gettext("this event"),
            )
            context["form"] = type(form)(event=event)
            return render(request, template, context, status=409)
        except ValidationError as refused:
            form.add_service_errors(refused)
        else:
            messages.success(request, done % {"title": event.title})
            return redirect(event)
    return render(request, template, context, status=400)


# --- History ----------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET"])
def event_history(request: HttpRequest, pk: int) -> HttpResponse:
    """Who changed what and when: each record of the event's history against the one before it."""
    if not permissions.may_view_internal(request.user):
        raise PermissionDenied(gettext("The history of an event is shown to staff only."))
    event = get_object_or_404(Event.objects.visible_to(request.user), pk=pk)
    records = editing.history_records(event)
    page = Paginator(records, HISTORY_PER_PAGE).get_page(request.GET.get("page"))
    entries = editing.history_entries(
        list(page.object_list),
        changes=_record_changes,
        show_authors=True,  # the page is for staff only
        older=records[page.end_index()] if page.has_next() else None,
    )
    context = {
        "event": event,
        "entries": entries,
        "page": page,
        "can_edit": permissions.may_edit_event(request.user, event),
    }
    return render(request, "calendar/edit/history.html", context)


def _record_changes(record: Any, previous: Any) -> list[editing.Change]:
    changes = editing.field_changes(
        record,
        previous,
        model=Event,
        hidden=_NOT_SHOWN_IN_CHANGES,
        display=lambda name, value, owner: _display(name, value, owner.timezone),
    )
    for name, label in (("organizers_snapshot", gettext("Organizers")), ("links_snapshot", gettext("Links"))):
        old, new = getattr(previous, name, []), getattr(record, name, [])
        if old != new:
            changes.append(editing.Change(label, "; ".join(old) or editing.empty(), "; ".join(new) or editing.empty()))
    return changes


# --- Showing values ---------------------------------------------------------------------------


def _display(name: str, value: Any, zone: str) -> str:
    """A stored value in words: choice labels, local times with their zone, names of related objects."""
    if value in (None, "", [], ()):
        return editing.empty()
    if name == "languages":
        return ", ".join(str(UN_LANGUAGES.get(code, code)) for code in value)
    if isinstance(value, list | tuple):
        return "; ".join(_display_item(item) for item in value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return f"{value:%Y-%m-%d %H:%M} {zone}"
        local = value.astimezone(ZoneInfo(zone))
        return f"{local:%Y-%m-%d %H:%M} {zone} ({local:%Z})"
    try:
        field = Event._meta.get_field(name)
    except FieldDoesNotExist:  # EventData names that are not model fields (start, end, ...)
        field = None
    return editing.display_value(value, choices=getattr(field, "choices", None))


def _display_item(item: Any) -> str:
    """One element of a list: a related object, a many-to-many history row, or a link."""
    if isinstance(item, dict):  # a many-to-many row of the history: {"event": ..., "topic": <Topic>}
        return ", ".join(str(value) for key, value in item.items() if key not in ("event", "history"))
    if hasattr(item, "url") and hasattr(item, "title"):
        return f"{item.title} <{item.url}>"
    return str(item)
