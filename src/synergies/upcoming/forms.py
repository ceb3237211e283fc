"""Forms of the periodic list: its filters, and the checklist's participation and communication items.

The forms only translate between HTML inputs and the services' data; the rules (permissions,
conflicts, validation) live in ``services`` and their ``ValidationError`` is shown at the field named.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from synergies.accounts import policy
from synergies.calendar import permissions as calendar_permissions
from synergies.calendar import services as calendar_services
from synergies.calendar.models import Event, Participation
from synergies.core.dates import SaneDateField
from synergies.directory.models import Organization, Region, Topic
from synergies.upcoming import queries, services
from synergies.upcoming.models import CommunicationItem

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser

#: The query parameters of the page and of its exports.
FILTER_PARAMETERS = ("from", "days", "organization", "topic", "region")


class UpcomingFilterForm(forms.Form):
    """``?from=&days=&organization=&topic=&region=``: every field optional; default today + 90 days."""

    days = forms.IntegerField(
        label=_("Days ahead"),
        min_value=1,
        max_value=queries.MAX_DAYS,
        required=False,
        # Lazy, so that it is translated per request rather than frozen at import time.
        help_text=lazy(
            lambda: _("How many days from the first day; %(days)s if empty.") % {"days": queries.DEFAULT_DAYS}, str
        )(),
        error_messages={
            "min_value": _("Choose at least 1 day."),
            "max_value": _("Choose at most %(limit_value)s days."),
            "invalid": _("Write a whole number of days, such as 90."),
        },
    )
    organization = forms.ModelMultipleChoiceField(
        label=_("Organization"),
        queryset=Organization.objects.all(),
        to_field_name="acronym",
        required=False,
        help_text=_("Events that concern it: organized, attended, or on its mandates and activities."),
        error_messages={"invalid_choice": _("“%(value)s” is not an organization we know.")},
    )
    topic = forms.ModelMultipleChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        error_messages={"invalid_choice": _("“%(value)s” is not a topic we know.")},
    )
    region = forms.ModelMultipleChoiceField(
        label=_("Region"),
        queryset=Region.objects.all(),
        to_field_name="code",
        required=False,
        error_messages={"invalid_choice": _("“%(value)s” is not a region we know.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword: the field is added by name.
        self.fields = {
            "from": SaneDateField(
                label=_("From"),
                required=False,
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                help_text=_("First day (YYYY-MM-DD); today if empty."),
                error_messages={"invalid": _("Write the first day as YYYY-MM-DD, such as 2015-04-01.")},
            ),
            **self.fields,
        }

    def query(self) -> dict[str, Any]:
        """The arguments of ``build_periodic_list`` (call after ``is_valid()``)."""
        data = self.cleaned_data
        return {
            "start": data.get("from") or timezone.localdate(),
            "days": data.get("days") or queries.DEFAULT_DAYS,
            "organizations": list(data.get("organization") or ()),
            "topics": list(data.get("topic") or ()),
            "regions": list(data.get("region") or ()),
        }

    def error_text(self) -> str:
        """Every error in words, with the parameter it concerns."""
        return " ".join(f"{name}: {message}" for name, messages in self.errors.items() for message in messages)


def _organization_choices(user: AnyUser, event: Event) -> QuerySet[Organization]:
    """Editors of the event's organizers may record any organization; other editors their own."""
    if calendar_permissions.may_edit_event(user, event):
        return Organization.objects.all()
    allowed = policy.editable_organization_ids(user)
    return Organization.objects.filter(pk__in=allowed or ())


class _ChecklistItemForm(forms.Form):
    organization = forms.ModelChoiceField(
        label=_("Organization"), queryset=Organization.objects.none(), empty_label=None
    )
    notes = forms.CharField(label=_("Notes"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, user: AnyUser, event: Event, **kwargs: Any) -> None:
        # Several events' forms may be open on one page: their ids must differ.
        kwargs.setdefault("auto_id", f"id_event{event.pk}_%s")
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = _organization_choices(user, event)
        field.widget.attrs["autofocus"] = True  # opened in place: the keyboard lands in the form
        own = policy.editable_organization_ids(user)
        if own and "organization" not in self.initial:  # the editor's own organization first
            self.initial["organization"] = field.queryset.filter(pk__in=own).first()


class ParticipationForm(_ChecklistItemForm):
    role = forms.ChoiceField(label=_("Role"), choices=Participation.Role.choices)
    person = forms.CharField(
        label=_("Person"), required=False, max_length=200, help_text=_("Name or position, e.g. “Executive Secretary”.")
    )
    status = forms.ChoiceField(label=_("Status"), choices=Participation.Status.choices)
    token = forms.IntegerField(widget=forms.HiddenInput, required=False)

    field_order = ["organization", "role", "person", "status", "notes"]

    def data_for_service(self) -> calendar_services.ParticipationData:
        data = self.cleaned_data
        return calendar_services.ParticipationData(
            organization=data["organization"],
            role=data["role"],
            status=data["status"],
            person=data["person"],
            notes=data["notes"],
        )

    @staticmethod
    def initial_for(participation: Participation) -> dict[str, Any]:
        return {
            "organization": participation.organization,
            "role": participation.role,
            "person": participation.person,
            "status": participation.status,
            "notes": participation.notes,
            "token": calendar_services.participation_token(participation),
        }


class CommunicationForm(_ChecklistItemForm):
    kind = forms.ChoiceField(label=_("Kind"), choices=CommunicationItem.Kind.choices)
    title = forms.CharField(
        label=_("Title"), max_length=300, help_text=_("What will be published, e.g. “Press release on the opening”.")
    )
    status = forms.ChoiceField(label=_("Status"), choices=CommunicationItem.Status.choices)
    due_date = SaneDateField(
        label=_("Due date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Write the due date as YYYY-MM-DD, such as 2015-04-20.")},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    field_order = ["organization", "kind", "title", "status", "due_date", "notes"]

    def data_for_service(self) -> services.CommunicationData:
        data = self.cleaned_data
        due: date | None = data.get("due_date")
        return services.CommunicationData(
            organization=data["organization"],
            kind=data["kind"],
            title=data["title"],
            status=data["status"],
            due_date=due,
            notes=data["notes"],
        )

    @staticmethod
    def initial_for(item: CommunicationItem) -> dict[str, Any]:
        return {
            "organization": item.organization,
            "kind": item.kind,
            "title": item.title,
            "status": item.status,
            "due_date": item.due_date,
            "notes": item.notes,
            "version": item.version,
        }


class NotNeededForm(forms.Form):
    key = forms.CharField(label=_("Checklist item"), max_length=40)
    not_needed = forms.TypedChoiceField(
        label=_("Not needed"), choices=[("1", _("yes")), ("0", _("no"))], coerce=lambda v: v == "1"
    )
    version = forms.IntegerField(label=_("Version"), min_value=0)


class NotesForm(forms.Form):
    notes = forms.CharField(
        label=_("Coordination notes"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For the task force: agreements, open questions, who follows up."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", f"id_event{event.pk}_%s")
        super().__init__(*args, **kwargs)
        self.fields["notes"].widget.attrs["autofocus"] = True
