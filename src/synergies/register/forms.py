"""Forms of the register's editing pages: activities, mandates, areas of cooperation and success stories.

Like the calendar's forms they only translate between HTML inputs and the services' data classes
(``ActivityData``, ``MandateData``, ``AreaData``); every rule lives in ``services`` and its
``ValidationError`` is shown at the field it names. What a form adds is what only a form knows:
which events this user may link (internal ones only for staff), and that an editor keeps one of
their organizations on an activity, or they could no longer edit it.

Long lists (events of the calendar, thousands of mandates or activities) are typed one per line
rather than chosen from a list of thousands: this works without JavaScript, on a phone and with
the keyboard, and an unknown line is refused with its number and its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from functools import partial
from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Model
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from synergies.calendar.forms import KeyedMultipleChoiceField, ServiceErrorsMixin
from synergies.calendar.models import Event
from synergies.core import editing
from synergies.directory.models import Body, Instrument, Organization, Topic
from synergies.register import permissions, services
from synergies.register.models import Activity, CooperationArea, Mandate
from synergies.register.services import ActivityData, AreaData, MandateData

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise as StrOrPromise

    from synergies.accounts.policy import AnyUser

_EVENT_ADDRESS = re.compile(r"/events/(\d+)")
_LEADING_NUMBER = re.compile(r"\s*(\d+)\b")
_SEPARATOR = " — "


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _organization_label(organization: Organization) -> str:
    return f"{organization.acronym} — {organization.name}"


def find_event(user: AnyUser, line: str) -> Event | None:
    """The calendar event a line names, by number, address (…/events/123/) or UID, if ``user`` may see it."""
    visible = Event.objects.visible_to(user)
    match = _EVENT_ADDRESS.search(line) or _LEADING_NUMBER.match(line)
    if match:
        return visible.filter(pk=int(match.group(1))).first()
    return visible.filter(uid=line).first()


def _lines(text: str) -> list[tuple[int, str]]:
    return [(number, line.strip()) for number, line in enumerate(text.splitlines(), 1) if line.strip()]


class LinesField(forms.CharField):
    """Several records typed one per line; ``find`` turns a line into its record or ``None``.

    An unknown line is refused with its number and its text; repeated lines count once.
    """

    widget = forms.Textarea(attrs={"rows": 4})

    def __init__(self, *, find: Callable[[str], Model | None], unknown: StrOrPromise, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.find, self.unknown = find, unknown

    def clean(self, value: Any) -> list[Model]:
        text = super().clean(value)
        found: list[Model] = []
        problems = []
        for number, line in _lines(text):
            record = self.find(line)
            if record is None:
                problems.append(
                    gettext("line %(number)s: %(problem)s")
                    % {"number": number, "problem": self.unknown % {"value": line}}
                )
            elif record not in found:
                found.append(record)
        if problems:
            raise ValidationError(problems)
        return found


class EditFormMixin(ServiceErrorsMixin):
    """What the register's editing forms share: the service's check after the form's own, the error
    summary at the top of the page, and the "what changed since" rows of a conflict."""

    #: The service function that checks the data, such as ``services.validate_activity_data``.
    validate: Callable[..., None]

    def __init__(self, *args: Any, user: AnyUser, instance: Any = None, **kwargs: Any) -> None:
        self.user, self.instance = user, instance
        if instance is not None and "initial" not in kwargs:
            data = self.stored(instance)
            kwargs["initial"] = {item.name: getattr(data, item.name) for item in fields(data)} | {
                **self.initial_lines(instance, data),
                "version": instance.version,
            }
        super().__init__(*args, **kwargs)

    @staticmethod
    def stored(instance: Any) -> Any:
        """The record as the services' data class (for the form's first values and for conflicts)."""
        raise NotImplementedError

    @staticmethod
    def initial_lines(instance: Any, data: Any) -> dict[str, str]:
        """First values of the fields typed one per line."""
        return {}

    def saved_data(self) -> Any:
        """What is stored now, in the same shape as ``to_data()`` (for a conflict's "what changed since")."""
        return self.stored(self.instance)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}  # type: ignore[misc]
        self.check(cleaned)
        form: Any = self
        if not form.errors:
            try:
                type(self).validate(form.to_data(), instance=self.instance)
            except ValidationError as refused:
                self.add_service_errors(refused)
        return cleaned

    def check(self, cleaned: dict[str, Any]) -> None:
        """What only the form can check (the service's checks run after, when these pass)."""

    def error_summary(self) -> list[tuple[str, str, str]]:
        """(anchor id, label, message) for every error; the summary links each one to its field."""
        form: Any = self
        rows = [("", "", str(message)) for message in form.non_field_errors()]
        for name, messages in form.errors.items():
            if name == NON_FIELD_ERRORS:
                continue
            bound = form[name]
            anchor = bound.id_for_label or f"field-{bound.html_name}"
            rows += [(anchor, str(bound.label), str(message)) for message in messages]
        return rows

    def differences(self, saved: Any, yours: Any) -> list[tuple[str, str, str]]:
        """(label, saved now, yours) for every field of the two data classes that differs."""
        form: Any = self
        named = [(form.fields[item.name], item.name) for item in fields(saved) if item.name in form.fields]
        return editing.differences(
            (str(field.label), self._words(field, getattr(saved, name)), self._words(field, getattr(yours, name)))
            for field, name in named
        )

    @staticmethod
    def _words(field: forms.Field, value: Any) -> str:
        if isinstance(value, list | tuple) and value:
            return "; ".join(sorted(str(item) for item in value))
        return editing.display_value(value, choices=getattr(field, "choices", None))


# --- Activities -----------------------------------------------------------------------------------


class ActivityForm(EditFormMixin, forms.Form):
    """Every field an editor changes on an activity. ``instance`` is the activity edited (``None`` to create)."""

    required_css_class = "required"
    validate = staticmethod(services.validate_activity_data)

    key = forms.SlugField(
        label=_("Key"),
        max_length=80,
        help_text=_("Part of the activity's address, such as joint-bat-bep-guidance; it cannot be changed later."),
    )
    area = forms.ModelChoiceField(
        label=_("Area of cooperation"),
        queryset=CooperationArea.objects.only("slug", "name"),
        to_field_name="slug",
        empty_label=None,
        error_messages={"invalid_choice": _("Choose the area from the list.")},
    )
    short_title = forms.CharField(label=_("Short title"), max_length=160)
    text = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The activity as the task force's table words it."),
    )
    status = forms.ChoiceField(label=_("Status"), choices=Activity.Status.choices, initial=Activity.Status.ONGOING)
    cooperation_level = forms.TypedChoiceField(
        label=_("Cooperation level"),
        choices=Activity.Level.choices,
        coerce=int,
        initial=Activity.Level.INFORM,
        widget=forms.RadioSelect,
        help_text=_("The deepest step of the ladder the activity reaches."),
    )
    resource_implications = forms.BooleanField(
        label=_("May have resource implications (financial or staffing): the table's (*)"), required=False
    )
    lead_organizations = KeyedMultipleChoiceField(
        Organization.objects.all(),
        key="acronym",
        label_of=_organization_label,
        label=_("Lead organizations"),
        widget=forms.CheckboxSelectMultiple,
    )
    partner_organizations = KeyedMultipleChoiceField(
        Organization.objects.all(),
        key="acronym",
        label_of=_organization_label,
        label=_("Partner organizations"),
        widget=forms.CheckboxSelectMultiple,
    )
    other_partners = forms.CharField(
        label=_("Other partners"),
        max_length=255,
        required=False,
        help_text=_("Partners that are not in the list above, such as a network or a partnership."),
    )
    period_text = forms.CharField(
        label=_("Period, in words"),
        max_length=120,
        required=False,
        help_text=_("For example “2015–2016”."),
    )
    period_start = forms.DateField(label=_("Period starts"), required=False, widget=_date_input())
    period_end = forms.DateField(label=_("Period ends"), required=False, widget=_date_input())
    events = LinesField(
        label=_("Events of the calendar"),
        find=lambda line: None,
        unknown=_("there is no event “%(value)s” in the calendar."),
        help_text=_("One event per line: its number or its address in the calendar, such as /events/123/."),
    )
    mandates = LinesField(
        label=_("Mandates"),
        find=lambda line: Mandate.objects.filter(reference=line).first(),
        unknown=_("there is no mandate with the reference “%(value)s”; copy it from the mandates page."),
        help_text=_("One reference per line, exactly as on the mandates page, such as SC-7/28."),
    )
    outputs = forms.CharField(label=_("Outputs"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    internal_notes = forms.CharField(
        label=_("Internal notes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown only to signed-in staff; never in public pages or exports."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, user: AnyUser, instance: Activity | None = None, **kwargs: Any) -> None:
        super().__init__(*args, user=user, instance=instance, **kwargs)
        self.fields["events"].find = partial(find_event, user)  # type: ignore[attr-defined]
        if instance is not None:
            del self.fields["key"]  # the key is part of the address: it stays

    @staticmethod
    def stored(instance: Activity) -> ActivityData:
        data = ActivityData.from_activity(instance)
        data.mandates = list(instance.mandates.order_by("reference"))
        return data

    @staticmethod
    def initial_lines(instance: Activity, data: ActivityData) -> dict[str, str]:
        events = sorted(data.events, key=lambda e: (e.start_date, e.pk))
        return {
            "events": "\n".join(f"{e.pk}{_SEPARATOR}{e.title} ({e.start_date.isoformat()})" for e in events),
            "mandates": "\n".join(m.reference for m in data.mandates or []),
        }

    def check(self, cleaned: dict[str, Any]) -> None:
        """An editor keeps one of their organizations as lead or partner, or they could no longer edit it."""
        chosen = [*cleaned.get("lead_organizations", []), *cleaned.get("partner_organizations", [])]
        if not permissions.keeps_own_organization(self.user, chosen):
            self.add_error("lead_organizations", permissions.own_organization_refusal())

    def to_data(self) -> ActivityData:
        cleaned = self.cleaned_data
        key = self.instance.key if self.instance is not None else cleaned["key"]
        return ActivityData(
            key=key,
            area=cleaned["area"],
            short_title=cleaned["short_title"],
            text=cleaned["text"],
            status=cleaned["status"],
            cooperation_level=cleaned["cooperation_level"],
            resource_implications=cleaned["resource_implications"],
            lead_organizations=list(cleaned["lead_organizations"]),
            partner_organizations=list(cleaned["partner_organizations"]),
            other_partners=cleaned["other_partners"],
            period_text=cleaned["period_text"],
            period_start=cleaned["period_start"],
            period_end=cleaned["period_end"],
            events=cleaned["events"],
            outputs=cleaned["outputs"],
            internal_notes=cleaned["internal_notes"],
            order=self.instance.order if self.instance is not None else 0,
            mandates=cleaned["mandates"],
        )


# --- Mandates -------------------------------------------------------------------------------------


class MandateForm(EditFormMixin, forms.Form):
    required_css_class = "required"
    validate = staticmethod(services.validate_mandate_data)

    reference = forms.CharField(
        label=_("Reference"),
        max_length=64,
        help_text=_("As the body numbers it, such as SC-7/28 or UNEA 1/5."),
    )
    title = forms.CharField(label=_("Title"), max_length=300)
    kind = forms.ChoiceField(label=_("Kind"), choices=Mandate.Kind.choices, initial=Mandate.Kind.DECISION)
    status = forms.ChoiceField(label=_("Status"), choices=Mandate.Status.choices, initial=Mandate.Status.ACTIVE)
    body = forms.ModelChoiceField(
        label=_("Issuing body"),
        queryset=Body.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("Not recorded"),
        error_messages={"invalid_choice": _("Choose the body from the list.")},
    )
    meeting = LinesField(
        label=_("Meeting in the calendar"),
        find=lambda line: None,
        widget=forms.TextInput,
        unknown=_("there is no event “%(value)s” in the calendar."),
        help_text=_(
            "The event's number or its address in the calendar, such as /events/123/; leave empty when "
            "the meeting is not in the calendar."
        ),
    )
    meeting_text = forms.CharField(
        label=_("Meeting, in words"),
        max_length=200,
        required=False,
        help_text=_("When the meeting is not in the calendar, such as “COP-7, May 2015”."),
    )
    date = forms.DateField(label=_("Date adopted"), required=False, widget=_date_input())
    url = forms.URLField(
        label=_("Official text"),
        max_length=500,
        required=False,
        assume_scheme="https",
        error_messages={
            "invalid": _("Enter a full web address starting with https://, such as https://www.informea.org/.")
        },
    )
    excerpt = forms.CharField(label=_("Excerpt"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    instruments = KeyedMultipleChoiceField(
        Instrument.objects.all(), key="code", label=_("Instruments"), widget=forms.CheckboxSelectMultiple
    )
    topics = KeyedMultipleChoiceField(
        Topic.objects.all(), key="slug", label=_("Topics"), widget=forms.CheckboxSelectMultiple
    )
    areas = KeyedMultipleChoiceField(
        CooperationArea.objects.only("slug", "name"),
        key="slug",
        label=_("Areas of cooperation it mandates"),
        widget=forms.CheckboxSelectMultiple,
    )
    activities = LinesField(
        label=_("Activities it mandates"),
        find=lambda line: Activity.objects.filter(key=line).first(),
        unknown=_("there is no activity with the key “%(value)s”; the key is the last part of the activity's address."),
        help_text=_("One activity key per line, such as joint-bat-bep-guidance."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, user: AnyUser, instance: Mandate | None = None, **kwargs: Any) -> None:
        super().__init__(*args, user=user, instance=instance, **kwargs)
        self.fields["meeting"].find = partial(find_event, user)  # type: ignore[attr-defined]

    @staticmethod
    def stored(instance: Mandate) -> MandateData:
        return MandateData.from_mandate(instance)

    @staticmethod
    def initial_lines(instance: Mandate, data: MandateData) -> dict[str, str]:
        return {
            "meeting": str(instance.meeting_id or ""),
            "activities": "\n".join(sorted(a.key for a in data.activities)),
        }

    def check(self, cleaned: dict[str, Any]) -> None:
        if len(cleaned.get("meeting") or []) > 1:
            self.add_error("meeting", gettext("Give one meeting only."))

    def to_data(self) -> MandateData:
        cleaned = self.cleaned_data
        meeting = cleaned["meeting"]
        return MandateData(
            reference=cleaned["reference"],
            title=cleaned["title"],
            kind=cleaned["kind"],
            status=cleaned["status"],
            body=cleaned["body"],
            meeting=meeting[0] if meeting else None,
            meeting_text=cleaned["meeting_text"],
            date=cleaned["date"],
            url=cleaned["url"],
            excerpt=cleaned["excerpt"],
            instruments=list(cleaned["instruments"]),
            topics=list(cleaned["topics"]),
            areas=list(cleaned["areas"]),
            activities=cleaned["activities"],
        )


# --- Areas ----------------------------------------------------------------------------------------


class AreaForm(EditFormMixin, forms.Form):
    required_css_class = "required"
    validate = staticmethod(services.validate_area_data)

    slug = forms.CharField(
        label=_("Key"),
        max_length=64,
        help_text=_("Used in addresses and filters, such as mercury-waste; lower-case letters, digits and hyphens."),
    )
    name = forms.CharField(label=_("Name"), max_length=255)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=CooperationArea.Kind.choices,
        widget=forms.RadioSelect,
        initial=CooperationArea.Kind.PROGRAMMATIC,
    )
    order = forms.IntegerField(label=_("Position in the register"), min_value=0, max_value=32767, initial=0)
    resource_implications = forms.BooleanField(
        label=_("May have resource implications (financial or staffing): the table's (*)"), required=False
    )
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    instruments = KeyedMultipleChoiceField(
        Instrument.objects.all(), key="code", label=_("Instruments"), widget=forms.CheckboxSelectMultiple
    )
    topics = KeyedMultipleChoiceField(
        Topic.objects.all(), key="slug", label=_("Topics"), widget=forms.CheckboxSelectMultiple
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    @staticmethod
    def stored(instance: CooperationArea) -> AreaData:
        return AreaData.from_area(instance)

    def to_data(self) -> AreaData:
        cleaned = self.cleaned_data
        return AreaData(
            slug=cleaned["slug"],
            name=cleaned["name"],
            kind=cleaned["kind"],
            order=cleaned["order"],
            resource_implications=cleaned["resource_implications"],
            description=cleaned["description"],
            instruments=list(cleaned["instruments"]),
            topics=list(cleaned["topics"]),
        )


# --- Success stories ------------------------------------------------------------------------------


class StoryForm(EditFormMixin, forms.Form):
    """A success story. Only administrators publish: for anyone else the "published" box is not offered,
    a new story is a draft, and changing a published story makes it a draft again until an
    administrator publishes it (docs/decisions/0110-register-editing-roles.md)."""

    required_css_class = "required"
    validate = staticmethod(services.validate_story_data)

    title = forms.CharField(label=_("Title"), max_length=255)
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 6}))
    activity = LinesField(
        label=_("Activity"),
        find=lambda line: Activity.objects.filter(key=line).first(),
        widget=forms.TextInput,
        unknown=_("there is no activity with the key “%(value)s”; the key is the last part of the activity's address."),
        help_text=_("The key of the activity the story is about, such as joint-bat-bep-guidance."),
    )
    area = forms.ModelChoiceField(
        label=_("Area of cooperation"),
        queryset=CooperationArea.objects.only("slug", "name"),
        to_field_name="slug",
        required=False,
        empty_label=_("The activity's area"),
        error_messages={"invalid_choice": _("Choose the area from the list.")},
    )
    events = LinesField(
        label=_("Events of the calendar"),
        find=lambda line: None,
        unknown=_("there is no event “%(value)s” in the calendar."),
        help_text=_("One event per line: its number or its address in the calendar, such as /events/123/."),
    )
    published = forms.BooleanField(
        label=_("Published: shown to everyone"),
        required=False,
        help_text=_("Unpublished stories are shown to signed-in staff only."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, user: AnyUser, instance: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, user=user, instance=instance, **kwargs)
        self.fields["events"].find = partial(find_event, user)  # type: ignore[attr-defined]
        if not permissions.can_publish_story(user):
            del self.fields["published"]

    @staticmethod
    def stored(instance: Any) -> services.StoryData:
        return services.StoryData.from_story(instance)

    @staticmethod
    def initial_lines(instance: Any, data: services.StoryData) -> dict[str, str]:
        events = sorted(data.events, key=lambda e: (e.start_date, e.pk))
        return {
            "activity": data.activity.key if data.activity else "",
            "events": "\n".join(f"{e.pk}{_SEPARATOR}{e.title} ({e.start_date.isoformat()})" for e in events),
        }

    def check(self, cleaned: dict[str, Any]) -> None:
        activities = cleaned.get("activity") or []
        if len(activities) > 1:
            self.add_error("activity", gettext("Give one activity only."))
        elif permissions.can_publish_story(self.user):
            if not activities and not cleaned.get("area"):
                self.add_error("area", gettext("Give the activity or the area the story is about."))
        elif not activities:
            self.add_error("activity", gettext("Give the activity the story is about."))
        elif not permissions.can_write_story_about(self.user, activities[0]):
            self.add_error("activity", permissions.story_about_refusal())

    def to_data(self) -> services.StoryData:
        cleaned = self.cleaned_data
        activity = (cleaned["activity"] or [None])[0]
        data = services.StoryData(
            title=cleaned["title"],
            text=cleaned["text"],
            published=cleaned.get("published", False),
            activity=activity,
            area=cleaned["area"] or (activity.area if activity else None),
            events=cleaned["events"],
        )
        if "published" not in self.fields and self.instance is not None:  # unchanged stays as published
            data.published = self.instance.published
            if not services.same_story(data, self.stored(self.instance)):
                data.published = False
        return data


# --- Focal points ---------------------------------------------------------------------------------


class FocalPointForm(EditFormMixin, forms.Form):
    """A focal point: who (organization, name or position, contact details) to call about an area.

    Editors name only people of the organizations they edit for; the contact details are internal."""

    required_css_class = "required"
    validate = staticmethod(services.validate_focal_point_data)

    organization = forms.ModelChoiceField(
        label=_("Organization"),
        queryset=Organization.objects.none(),
        to_field_name="acronym",
        empty_label=None,
        error_messages={"invalid_choice": _("You may name focal points only for the organizations listed here.")},
    )
    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        help_text=_("The person's name, or the position where no one is named."),
    )
    position = forms.CharField(label=_("Position"), max_length=200, required=False)
    area = forms.ModelChoiceField(
        label=_("Area of cooperation"),
        queryset=CooperationArea.objects.only("slug", "name"),
        to_field_name="slug",
        empty_label=None,
        error_messages={"invalid_choice": _("Choose the area from the list.")},
    )
    role = forms.CharField(label=_("Role"), max_length=120, help_text=_("Such as technical-assistance focal point."))
    mandate = LinesField(
        label=_("Mandate"),
        find=lambda line: Mandate.objects.filter(reference=line).first(),
        widget=forms.TextInput,
        unknown=_("there is no mandate with the reference “%(value)s”; copy it from the mandates page."),
        help_text=_("Where the focal point is for one mandate: its reference, such as SC-7/28."),
    )
    email = forms.EmailField(
        label=_("E-mail (internal)"),
        required=False,
        error_messages={"invalid": _("Enter an e-mail address such as name@example.org.")},
    )
    phone = forms.CharField(label=_("Telephone (internal)"), max_length=50, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, user: AnyUser, instance: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, user=user, instance=instance, **kwargs)
        allowed = permissions.organizations_for_focal_points(user)
        organizations = Organization.objects.all()
        if allowed is not None:
            organizations = organizations.filter(pk__in=allowed)
        self.fields["organization"].queryset = organizations  # type: ignore[attr-defined]

    @staticmethod
    def stored(instance: Any) -> services.FocalPointData:
        return services.FocalPointData.from_focal_point(instance)

    @staticmethod
    def initial_lines(instance: Any, data: services.FocalPointData) -> dict[str, str]:
        return {"mandate": data.mandate.reference if data.mandate else ""}

    def check(self, cleaned: dict[str, Any]) -> None:
        if len(cleaned.get("mandate") or []) > 1:
            self.add_error("mandate", gettext("Give one mandate only."))

    def to_data(self) -> services.FocalPointData:
        cleaned = self.cleaned_data
        return services.FocalPointData(
            organization=cleaned["organization"],
            name=cleaned["name"],
            area=cleaned["area"],
            role=cleaned["role"],
            position=cleaned["position"],
            email=cleaned["email"],
            phone=cleaned["phone"],
            mandate=(cleaned["mandate"] or [None])[0],
        )
