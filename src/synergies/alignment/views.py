"""/coordination/: clashes, back-to-back opportunities, missing partners and crowded weeks (staff)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from synergies.alignment import permissions, planning
from synergies.alignment.forms import AlignmentForm, ReviewForm
from synergies.alignment.models import FindingReview
from synergies.alignment.services import (
    AlignmentQuery,
    align,
    finding_key,
    findings_as_dict,
    link_as_back_to_back,
    review_finding,
    standing_reviews,
)
from synergies.calendar.forms import EventForm, PostponeForm
from synergies.calendar.models import Event

SECTIONS = [
    ("clashes", FindingReview.Kind.CLASH, gettext_lazy("Clashes")),
    ("back_to_back", FindingReview.Kind.BACK_TO_BACK, gettext_lazy("Back-to-back opportunities")),
    ("missing_partners", FindingReview.Kind.MISSING_PARTNER, gettext_lazy("Missing partners")),
    ("crowded_weeks", FindingReview.Kind.CROWDED_WEEK, gettext_lazy("Crowded weeks")),
]


def _require_staff(request: HttpRequest) -> None:
    if not permissions.may_view_coordination(request.user):
        raise PermissionDenied(permissions.coordination_refusal())


def _extra(section: str, finding: dict[str, Any]) -> str:
    if section == "missing_partners":
        return str(finding["organization"])
    if section == "crowded_weeks":
        return f"{finding['region']}@{finding['week_start']}"
    return ""


def coordination(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect(f"{reverse('accounts:login')}?next={request.get_full_path()}")
    _require_staff(request)
    start, end = AlignmentForm.default_period()
    form = AlignmentForm(request.GET or {"start": start, "end": end})
    sections: list[dict[str, Any]] = []
    if form.is_valid():
        data = form.cleaned_data
        query = AlignmentQuery(
            start=data["start"],
            end=data["end"],
            region=data["region"].code if data["region"] else None,
            organization=data["organization"].pk if data["organization"] else None,
            topic=data["topic"].slug if data["topic"] else None,
        )
        result = findings_as_dict(align(query))
        for section, kind, heading in SECTIONS:
            rows: list[dict[str, Any]] = []
            for finding in result[section]:
                extra = _extra(section, finding)
                ids = [event["id"] for event in finding["events"]]
                rows.append(
                    {"finding": finding, "ids": ",".join(map(str, ids)), "extra": extra, "key": finding_key(ids, extra)}
                )
            reviews = standing_reviews(kind, [row["key"] for row in rows])
            for row in rows:
                row["review"] = reviews.get(row["key"])
            shown = [
                row
                for row in rows
                if data["show_dismissed"]
                or not row["review"]
                or row["review"].decision != FindingReview.Decision.DISMISSED
            ]
            sections.append(
                {"id": section, "kind": kind, "heading": heading, "rows": shown, "hidden": len(rows) - len(shown)}
            )
    status = 200 if form.is_valid() else 400
    return render(
        request,
        "alignment/coordination.html",
        {
            "form": form,
            "sections": sections,
            "decisions": FindingReview.Decision,
            "can_link": permissions.may_link(request.user),
        },
        status=status,
    )


@require_POST
def review(request: HttpRequest) -> HttpResponse:
    _require_staff(request)
    form = ReviewForm(request.POST)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("alignment:coordination")
    if not form.is_valid():
        messages.error(
            request,
            _("The decision was not recorded: %(errors)s")
            % {"errors": " ".join(str(message) for messages in form.errors.values() for message in messages)},
        )
        return redirect(target)
    data = form.cleaned_data
    try:
        if data["decision"] == FindingReview.Decision.LINKED:
            ids = data["events"]
            if data["kind"] != FindingReview.Kind.BACK_TO_BACK or len(ids) != 2:
                raise ValidationError({"decision": _("Only a back-to-back opportunity can be linked.")})
            if not permissions.may_link(request.user):
                raise PermissionDenied(_("Only editors can link events."))
            link_as_back_to_back(first_id=ids[0], second_id=ids[1], by=request.user)
        else:
            review_finding(
                kind=data["kind"],
                event_ids=data["events"],
                decision=data["decision"],
                reason=data["reason"],
                extra=data["extra"],
                by=request.user,
            )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Recorded: %(decision)s.") % {"decision": FindingReview.Decision(data["decision"]).label}
        )
    return redirect(target)


# --- The planning assistant (a fragment of the event form) -------------------------------------------


@login_required
@require_POST
def planning_assistant(request: HttpRequest) -> HttpResponse:
    """What the event typed so far in the event form would clash with, could be held back-to-back with,
    and whom to invite: the form posts itself here (htmx) as the editor types. Editors only.

    Half-typed or invalid values answer with what to give, never with an error page: the fragment
    replaces a live region of the form."""
    if not permissions.may_plan(request.user):
        raise PermissionDenied(_("Only editors of an organization can plan events."))
    editing = None
    event_id = request.GET.get("event", "")
    if event_id:
        visible = Event.objects.visible_to(request.user).with_related()
        editing = get_object_or_404(visible, pk=int(event_id) if event_id.isdigit() else 0)
        if not permissions.may_plan(request.user, editing):
            raise PermissionDenied(_("You may edit only the events of the organizations you are an editor for."))
    form: EventForm | PostponeForm
    if editing is not None and request.GET.get("form") == "postpone":
        form = PostponeForm(request.POST, event=editing)
    else:
        form = EventForm(request.POST, user=request.user, instance=editing)
    advice = planning.advise_or_explain(form.planning_data(), user=request.user, editing=editing)
    return render(request, "alignment/_planning_assistant.html", {"advice": advice})
