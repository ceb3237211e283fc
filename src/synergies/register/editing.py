"""Pages that change the register: create and edit activities, mandates, areas and success stories.

Thin, like the calendar's editing views: forms translate the request, ``services`` decide and
write (version check, history with the author), ``permissions`` say who may. Anonymous visitors
are sent to sign in; signed-in users without the right get 403. Saving a form based on an older
version answers 409 with what changed since and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from synergies.core import editing
from synergies.core.writes import EditConflict
from synergies.register import permissions, queries, services
from synergies.register.forms import ActivityForm, AreaForm, EditFormMixin, FocalPointForm, MandateForm, StoryForm
from synergies.register.models import CooperationArea, FocalPoint, Mandate, SuccessStory

#: The form's sections: (legend, field names). Fields a form lacks (the key, once created) are skipped.
ACTIVITY_SECTIONS = [
    (_("What"), ["key", "area", "short_title", "text", "status", "resource_implications"]),
    (_("How deep the cooperation goes"), ["cooperation_level"]),
    (_("Who"), ["lead_organizations", "partner_organizations", "other_partners"]),
    (_("When"), ["period_text", "period_start", "period_end"]),
    (_("Events, mandates and outputs"), ["events", "mandates", "outputs"]),
]
MANDATE_SECTIONS = [
    (_("What"), ["reference", "title", "kind", "status", "excerpt", "url"]),
    (_("Where and when it was adopted"), ["body", "meeting", "meeting_text", "date"]),
    (_("What it concerns"), ["instruments", "topics", "areas", "activities"]),
]
STORY_SECTIONS = [(_("Success story"), ["title", "text", "activity", "area", "events", "published"])]
FOCAL_POINT_SECTIONS = [
    (_("Who"), ["organization", "name", "position"]),
    (_("For what"), ["area", "role", "mandate"]),
    (_("Contact — staff only"), ["email", "phone"]),
]
AREA_SECTIONS = [
    (
        _("Area of cooperation"),
        ["slug", "name", "kind", "order", "resource_implications", "description", "instruments", "topics"],
    )
]


@dataclass(frozen=True)
class _Kind:
    """What differs between editing an activity, a mandate, an area and a success story: the form, its
    sections and the services that create and update."""

    form: type[Any]
    sections: list[tuple[Any, list[str]]]
    create: Callable[[Any, AbstractBaseUser], Any]
    update: Callable[[Any, Any, int, AbstractBaseUser], Any]
    new_title: Any
    added: Any


ACTIVITY = _Kind(
    ActivityForm,
    ACTIVITY_SECTIONS,
    create=lambda data, by: services.create_activity(data, by=by),
    update=lambda activity, data, version, by: services.update_activity(
        activity, data, expected_version=version, by=by
    ),
    new_title=_("New activity"),
    added=_("The activity “%(name)s” was added."),
)
MANDATE = _Kind(
    MandateForm,
    MANDATE_SECTIONS,
    create=lambda data, by: services.create_mandate(data, by=by),
    update=lambda mandate, data, version, by: services.update_mandate(mandate, data, expected_version=version, by=by),
    new_title=_("New mandate"),
    added=_("The mandate “%(name)s” was added."),
)
AREA = _Kind(
    AreaForm,
    AREA_SECTIONS,
    create=lambda data, by: services.create_area(data, by=by),
    update=lambda area, data, version, by: services.update_area(area, data, expected_version=version, by=by),
    new_title=_("New area of cooperation"),
    added=_("The area “%(name)s” was added."),
)


def _form_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A page with a form: signed-in users only (others are sent to sign in), GET shows and POST saves."""
    return login_required(require_http_methods(["GET", "POST"])(view))


STORY = _Kind(
    StoryForm,
    STORY_SECTIONS,
    create=lambda data, by: services.create_success_story(data, by=by),
    update=lambda story, data, version, by: services.update_success_story(story, data, expected_version=version, by=by),
    new_title=_("New success story"),
    added=_("The success story “%(name)s” was added."),
)

FOCAL_POINT = _Kind(
    FocalPointForm,
    FOCAL_POINT_SECTIONS,
    create=lambda data, by: services.create_focal_point(data, by=by),
    update=lambda point, data, version, by: services.update_focal_point(point, data, expected_version=version, by=by),
    new_title=_("New focal point"),
    added=_("The focal point “%(name)s” was added."),
)


def _editor(request: HttpRequest) -> AbstractBaseUser:
    user = request.user
    assert isinstance(user, AbstractBaseUser)  # every view here requires a signed-in user
    return user


def _require_administrator(request: HttpRequest) -> None:
    permissions.require_edit_reference(request.user)


# --- Views ------------------------------------------------------------------------------------------


@_form_page
def activity_create(request: HttpRequest) -> HttpResponse:
    permissions.require_create_activity(request.user)
    return _create(request, ACTIVITY, initial={"area": request.GET.get("area")})


@_form_page
def activity_edit(request: HttpRequest, key: str) -> HttpResponse:
    activity = get_object_or_404(queries.activities(), key=key)
    permissions.require_edit_activity(request.user, activity)
    return _edit(request, ACTIVITY, activity, refetch=lambda: queries.activities().get(pk=activity.pk))


def _reference_pages(kind: _Kind, model: type[Any], lookup: str) -> tuple[Callable[..., HttpResponse], ...]:
    """The create and edit pages of reference data (mandates, areas): administrators only."""

    @_form_page
    def create(request: HttpRequest) -> HttpResponse:
        _require_administrator(request)
        return _create(request, kind)

    @_form_page
    def edit(request: HttpRequest, **address: Any) -> HttpResponse:
        _require_administrator(request)
        instance = get_object_or_404(model, **{lookup: address[lookup]})
        return _edit(request, kind, instance, refetch=lambda: model.objects.get(pk=instance.pk))

    return create, edit


@_form_page
def story_create(request: HttpRequest) -> HttpResponse:
    permissions.require_create_story(request.user)
    return _create(request, STORY, initial={"activity": request.GET.get("activity", "")})


@_form_page
def story_edit(request: HttpRequest, pk: int) -> HttpResponse:
    story = get_object_or_404(SuccessStory.objects.select_related("activity", "area"), pk=pk)
    permissions.require_edit_story(request.user, story)
    return _edit(request, STORY, story, refetch=lambda: SuccessStory.objects.get(pk=pk))


@_form_page
def focal_point_create(request: HttpRequest) -> HttpResponse:
    permissions.require_create_focal_point(request.user)
    return _create(request, FOCAL_POINT, initial={"area": request.GET.get("area")})


@_form_page
def focal_point_edit(request: HttpRequest, pk: int) -> HttpResponse:
    point = get_object_or_404(FocalPoint.objects.select_related("person__organization", "area", "mandate"), pk=pk)
    permissions.require_edit_focal_point(request.user, point)
    return _edit(request, FOCAL_POINT, point, refetch=lambda: FocalPoint.objects.get(pk=pk))


mandate_create, mandate_edit = _reference_pages(MANDATE, Mandate, "pk")
area_create, area_edit = _reference_pages(AREA, CooperationArea, "slug")


# --- Shared -------------------------------------------------------------------------------------


def _create(request: HttpRequest, kind: _Kind, initial: dict[str, Any] | None = None) -> HttpResponse:
    form = kind.form(request.POST or None, user=request.user, initial=initial)
    return _save(
        request,
        form,
        None,
        lambda f, _version: kind.create(f.to_data(), _editor(request)),
        title=str(kind.new_title),
        sections=kind.sections,
        done=str(kind.added),
    )


def _edit(request: HttpRequest, kind: _Kind, instance: Any, refetch: Callable[[], Any]) -> HttpResponse:
    form = kind.form(request.POST or None, user=request.user, instance=instance)
    return _save(
        request,
        form,
        instance,
        lambda f, version: kind.update(instance, f.to_data(), version, _editor(request)),
        title=gettext("Edit “%(name)s”") % {"name": instance},
        sections=kind.sections,
        done=gettext("Your changes to “%(name)s” were saved."),
        refetch=refetch,
    )


def _save(
    request: HttpRequest,
    form: Any,
    instance: Any,
    save: Callable[[Any, int], Any],
    *,
    title: str,
    sections: list[tuple[Any, list[str]]],
    done: str,
    refetch: Callable[[], Any] | None = None,
) -> HttpResponse:
    """GET shows the form; POST validates, checks the version and saves, or shows why not (nothing saved)."""
    context = {"form": form, "instance": instance, "title": title, "sections": sections, "conflict": None}
    if request.method != "POST":
        return render(request, "register/edit/form.html", context)
    if form.is_valid():
        started_from = form.cleaned_data.get("version") or 0
        try:
            if instance is not None and started_from != instance.version:
                raise EditConflict(instance, started_from)
            saved = save(form, started_from)
        except EditConflict:
            assert refetch is not None
            return _conflict(request, form, refetch(), started_from, context)
        except ValidationError as refused:
            form.add_service_errors(refused)
        else:
            messages.success(request, done % {"name": saved})
            return redirect(saved)
    return render(request, "register/edit/form.html", context, status=400)


def _conflict(
    request: HttpRequest,
    form: EditFormMixin,
    current: Any,
    started_from: int,
    context: dict[str, Any],
) -> HttpResponse:
    """409: what is saved now beside what this person sent. The form comes back with their values and
    the current version, so saving again is a choice made after seeing the other change."""
    form_class: Any = type(form)
    data = request.POST.copy()
    data["version"] = str(current.version)
    fresh = form_class(data, user=request.user, instance=current)
    fresh.is_valid()
    mine = form.to_data()  # type: ignore[attr-defined]
    context.update(
        form=fresh,
        instance=current,
        conflict=editing.conflict_context(
            current,
            started_from,
            differences=fresh.differences(fresh.saved_data(), mine),
            reload_url=request.path,
        ),
    )
    return render(request, "register/edit/form.html", context, status=409)
