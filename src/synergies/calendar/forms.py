"""Staff forms for the calendar: create and edit an event, cancel it, postpone it.

The forms only translate between HTML inputs and ``services.EventData``: every rule (end after
start, known time zone, organizers, ...) lives in ``services`` and its ``ValidationError`` is shown
at the field it names. What the forms add is what only a form can know: which organizations this
user may name as organizers, and that a possible duplicate was seen and confirmed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import available_timezones

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Q, QuerySet
from django.forms.fields import BaseTemporalField
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from synergies.calendar import permissions, services
from synergies.calendar.models import UN_LANGUAGES, Event, EventLink
from synergies.calendar.services import EventData, LinkData
from synergies.core.dates import SaneDateField, validate_sane_date
from synergies.directory.models import Body, Country, Instrument, Organization, Region, Topic

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser

#: Kinds of meeting that side events are held during; the "held during" list offers only these.
HOST_KINDS = (
    Event.Kind.COP,
    Event.Kind.INC,
    Event.Kind.ICCM,
    Event.Kind.ASSEMBLY,
    Event.Kind.OEWG,
    Event.Kind.SUBSIDIARY,
)

#: What the planning assistant reads from a form that is not complete yet, besides the dates.
_PLANNING_VALUES = ("kind", "status", "attendance_mode", "date_precision", "venue", "city", "country", "parent")
_PLANNING_LISTS = ("co_organizers", "instruments", "bodies", "topics", "target_regions", "target_countries")

#: Form fields whose change on an existing event makes it worth looking for duplicates again.
_DUPLICATE_SENSITIVE = {
    "title",
    "all_day",
    "start_date",
    "end_date",
    "start_at",
    "end_at",
    "timezone",
    "lead_organizers",
    "co_organizers",
}

_URL_ERROR = _("Enter a full web address starting with https:// or http://, such as https://www.example.org/.")


# --- Time zones -------------------------------------------------------------------------------

#: The geographic areas of the IANA database; other prefixes (US/, Etc/, Canada/, ...) are old aliases.
_ZONE_AREAS = {
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
}


@lru_cache(maxsize=1)
def timezone_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """IANA zones grouped by area ("Africa", "Europe", ...), UTC first; legacy aliases left out."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(available_timezones()):
        area, _sep, _place = name.partition("/")
        if not _place or area not in _ZONE_AREAS:
            continue
        groups.setdefault(area, []).append((name, name.replace("_", " ")))
    return [("UTC", [("UTC", "UTC")]), *sorted(groups.items())]


def _zone_names() -> set[str]:
    return {name for _group, zones in timezone_choices() for name, _label in zones}


# --- Fields -----------------------------------------------------------------------------------


class LocalDateTimeField(forms.DateTimeField):
    """A wall-clock time at the venue: kept naive, so the service reads it in the event's own zone.

    Django's own field would read it in the server's zone (UTC) instead.
    """

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    default_validators = [validate_sane_date]

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            return value.replace(tzinfo=None)
        return value

    def to_python(self, value: Any) -> datetime | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return value
        try:
            result = parse_datetime(str(value).strip())
        except ValueError:
            result = None
        if result is None:
            result = BaseTemporalField.to_python(self, value)
        return result


class KeyedMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Several reference objects, chosen by their stable key and labelled by ``label``."""

    def __init__(
        self, queryset: QuerySet[Any], *, key: str, label_of: Callable[[Any], str] = str, **kwargs: Any
    ) -> None:
        kwargs.setdefault("required", False)
        super().__init__(queryset, to_field_name=key, **kwargs)
        self.label_of = label_of

    def label_from_instance(self, obj: Any) -> str:
        return self.label_of(obj)


def _organization_label(organization: Organization) -> str:
    return f"{organization.acronym} — {organization.name}"


def _body_label(body: Body) -> str:
    return f"{body.acronym} — {body.name}" if body.acronym else body.name


class ParentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.title} ({obj.start_date.isoformat()})"


def _anchor(bound: forms.BoundField) -> str:
    """Where an error summary links to: the input itself, or the group of checkboxes or radio buttons."""
    return bound.id_for_label or f"field-{bound.html_name}"


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ServiceErrorsMixin:
    """Puts a service's ``ValidationError`` at the form fields it names."""

    #: service field name -> form field name, where they differ
    service_field_map: dict[str, str] = {}

    def add_service_errors(self, error: ValidationError) -> None:
        form: Any = self
        if not hasattr(error, "error_dict"):
            for message in error.messages:
                form.add_error(None, message)
            return
        for name, messages in error.message_dict.items():
            field_name: str | None = self.service_field_map.get(name, name)
            if field_name not in form.fields:
                field_name = None
            for message in messages:
                form.add_error(field_name, message)


# --- The event form ---------------------------------------------------------------------------


class EventLinkForm(forms.Form):
    required_css_class = "required"
    kind = forms.ChoiceField(label=_("Kind of link"), choices=EventLink.Kind.choices, initial=EventLink.Kind.DOCUMENTS)
    title = forms.CharField(label=_("Link text"), max_length=255)
    url = forms.URLField(
        label=_("Address"), max_length=500, assume_scheme="https", error_messages={"invalid": _URL_ERROR}
    )


class BaseLinkFormSet(forms.BaseFormSet):
    def add_fields(self, form: forms.Form, index: int | None) -> None:
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove this link")


LinkFormSet = forms.formset_factory(
    EventLinkForm, formset=BaseLinkFormSet, extra=2, can_delete=True, max_num=30, validate_max=True
)


class EventForm(ServiceErrorsMixin, forms.Form):
    """Every editable field of an event. ``instance`` is the event being edited (``None`` to create)."""

    required_css_class = "required"

    title = forms.CharField(label=_("Title"), max_length=300)
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 5}))
    kind = forms.ChoiceField(label=_("Kind of event"), choices=Event.Kind.choices, initial=Event.Kind.WORKSHOP)
    status = forms.ChoiceField(label=_("Status"), choices=Event.Status.choices, initial=Event.Status.CONFIRMED)
    visibility = forms.ChoiceField(
        label=_("Visibility"),
        choices=Event.Visibility.choices,
        initial=Event.Visibility.PUBLIC,
        widget=forms.RadioSelect,
        help_text=_("Internal events are shown only to signed-in staff, never in public pages, feeds or exports."),
    )
    attendance_mode = forms.ChoiceField(
        label=_("Attendance"),
        choices=Event.AttendanceMode.choices,
        initial=Event.AttendanceMode.IN_PERSON,
        widget=forms.RadioSelect,
    )

    # --- When
    all_day = forms.TypedChoiceField(
        label=_("Timing"),
        choices=[(True, _("All day: dates only")), (False, _("At set times"))],
        coerce=lambda value: value in (True, "True"),
        initial=True,
        widget=forms.RadioSelect,
    )
    date_precision = forms.ChoiceField(
        label=_("Date precision"),
        choices=Event.DatePrecision.choices,
        initial=Event.DatePrecision.DAY,
        help_text=_(
            "Choose “Month only” when only the month is known; then give the first and last day of the month(s)."
        ),
    )
    start_date = SaneDateField(label=_("First day"), required=False, widget=_date_input())
    end_date = SaneDateField(
        label=_("Last day"),
        required=False,
        widget=_date_input(),
        help_text=_("Leave empty for a one-day event."),
    )
    start_at = LocalDateTimeField(
        label=_("Starts at"), required=False, help_text=_("Local time at the venue, in the time zone below.")
    )
    end_at = LocalDateTimeField(
        label=_("Ends at"), required=False, help_text=_("Local time at the venue, in the time zone below.")
    )
    timezone = forms.ChoiceField(
        label=_("Time zone"),
        choices=timezone_choices,
        initial="UTC",
        help_text=_("The time zone of the venue; UTC for events held only online."),
        error_messages={
            "invalid_choice": _(
                "“%(value)s” is not a known time zone; choose one from the list, such as Europe/Zurich."
            )
        },
    )

    # --- Where
    venue = forms.CharField(label=_("Venue"), max_length=255, required=False)
    city = forms.CharField(label=_("City"), max_length=120, required=False)
    country = forms.ModelChoiceField(
        label=_("Country"),
        queryset=Country.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("No country (online, or not known yet)"),
        error_messages={
            "invalid_choice": _("There is no country with the code “%(value)s”; choose a country from the list.")
        },
    )
    online_url = forms.URLField(
        label=_("Online meeting address"),
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _URL_ERROR},
    )

    # --- Who
    lead_organizers = KeyedMultipleChoiceField(
        Organization.objects.none(),
        key="acronym",
        label_of=_organization_label,
        required=True,
        label=_("Lead organizers"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Name at least one lead organizer."),
            "invalid_choice": _(
                "You may not name “%(value)s” as an organizer: you edit events only for the "
                "organizations listed here. Ask an editor of that organization or an "
                "administrator."
            ),
        },
    )
    co_organizers = KeyedMultipleChoiceField(
        Organization.objects.none(),
        key="acronym",
        label_of=_organization_label,
        label=_("Co-organizers"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _(
                "You may not name “%(value)s” as a co-organizer: you edit events only for the "
                "organizations listed here. Ask an editor of that organization or an "
                "administrator."
            ),
        },
    )

    # --- What
    instruments = KeyedMultipleChoiceField(
        Instrument.objects.all(), key="code", label=_("Instruments"), widget=forms.CheckboxSelectMultiple
    )
    bodies = KeyedMultipleChoiceField(
        Body.objects.all(),
        key="code",
        label_of=_body_label,
        label=_("Bodies"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("To choose several, hold Ctrl (⌘ on a Mac) while clicking."),
    )
    topics = KeyedMultipleChoiceField(
        Topic.objects.all(), key="slug", label=_("Topics"), widget=forms.CheckboxSelectMultiple
    )
    target_regions = KeyedMultipleChoiceField(
        Region.objects.all(), key="code", label=_("Target regions"), widget=forms.CheckboxSelectMultiple
    )
    target_countries = KeyedMultipleChoiceField(
        Country.objects.all(),
        key="code",
        label=_("Target countries"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("To choose several, hold Ctrl (⌘ on a Mac) while clicking."),
        error_messages={"invalid_choice": _("There is no country with the code “%(value)s”.")},
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=list(UN_LANGUAGES.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    parent = ParentChoiceField(
        label=_("Held during"),
        queryset=Event.objects.none(),
        required=False,
        empty_label=_("Not a side event"),
        help_text=_("For a side event: the meeting it is held during."),
        error_messages={"invalid_choice": _("Choose the meeting from the list.")},
    )

    # --- Links
    website = forms.URLField(
        label=_("Meeting page"), required=False, assume_scheme="https", error_messages={"invalid": _URL_ERROR}
    )
    registration_url = forms.URLField(
        label=_("Registration"), required=False, assume_scheme="https", error_messages={"invalid": _URL_ERROR}
    )

    # --- Internal
    internal_notes = forms.CharField(
        label=_("Internal notes"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_email = forms.EmailField(
        label=_("Contact e-mail"),
        required=False,
        error_messages={"invalid": _("Enter an e-mail address such as name@example.org.")},
    )

    # --- Bookkeeping
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    not_duplicate = forms.BooleanField(label=_("This is not a duplicate, save anyway"), required=False)
    #: The fingerprint of the planning assistant's findings shown on the page this form was sent from.
    assistant_seen = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args: Any, user: AnyUser, instance: Event | None = None, **kwargs: Any) -> None:
        self.user = user
        self.instance = instance
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = initial_from_event(instance)
        super().__init__(*args, **kwargs)
        self.links = LinkFormSet(
            self.data if self.is_bound else None,
            prefix="links",
            initial=self.initial.get("links", []),
        )
        self._limit_organizers()
        self._limit_parents()
        zone = self.initial.get("timezone")
        if zone and zone not in _zone_names():  # an older or imported event with a legacy zone name
            self.fields["timezone"].choices = [*timezone_choices(), (zone, zone)]  # type: ignore[attr-defined]
        self.service_field_map = (
            {"start": "start_date", "end": "end_date"} if self._all_day() else {"start": "start_at", "end": "end_at"}
        )

    # --- choices that depend on the user and the event

    def _limit_organizers(self) -> None:
        """Offer the organizations the user edits for, and keep those already on the event."""
        allowed = permissions.nameable_organization_ids(self.user, self.instance)
        organizations = Organization.objects.all()
        if allowed is not None:
            organizations = organizations.filter(pk__in=allowed)
        for name in ("lead_organizers", "co_organizers"):
            self.fields[name].queryset = organizations  # type: ignore[attr-defined]

    def _limit_parents(self) -> None:
        hosts = Q(kind__in=HOST_KINDS, parent__isnull=True)
        if self.instance is not None and self.instance.parent_id:
            hosts |= Q(pk=self.instance.parent_id)
        parents = Event.objects.visible_to(self.user).filter(hosts).order_by("-start_date", "title")
        if self.instance is not None:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents  # type: ignore[attr-defined]

    def _all_day(self) -> bool:
        if self.is_bound:
            return self.data.get(self.add_prefix("all_day"), "True") == "True"
        return bool(self.initial.get("all_day", True))

    # --- validation

    def is_valid(self) -> bool:
        form_valid = super().is_valid()
        links_valid = self.links.is_valid()
        return form_valid and links_valid

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self._require_dates(cleaned)
        self._require_own_organizer(cleaned)
        if not self.errors:
            try:
                services.validate_event_data(self.event_data(), instance=self.instance)
            except ValidationError as refused:
                self.add_service_errors(refused)
        return cleaned

    def _require_dates(self, cleaned: dict[str, Any]) -> None:
        if cleaned.get("all_day", True):
            if not cleaned.get("start_date") and "start_date" not in self.errors:
                self.add_error("start_date", gettext("Give the first day of the event."))
            if cleaned.get("start_date") and not cleaned.get("end_date") and "end_date" not in self.errors:
                cleaned["end_date"] = cleaned["start_date"]
        else:
            for name, message in (
                ("start_at", gettext("Give the date and time the event starts.")),
                ("end_at", gettext("Give the date and time the event ends.")),
            ):
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, message)

    def _require_own_organizer(self, cleaned: dict[str, Any]) -> None:
        """An editor keeps at least one of their organizations on the event, or they would lose it."""
        chosen = [*cleaned.get("lead_organizers", []), *cleaned.get("co_organizers", [])]
        if not permissions.keeps_own_organizer(self.user, chosen):
            self.add_error("lead_organizers", permissions.keep_own_organizer_message())
        elif (
            self.instance is not None
            and {"lead_organizers", "co_organizers"} <= cleaned.keys()
            and not permissions.keeps_organizers_of(
                self.user, self.instance, cleaned["lead_organizers"], cleaned["co_organizers"]
            )
        ):
            self.add_error("lead_organizers", permissions.keep_organizers_message())

    # --- results

    def event_data(self) -> EventData:
        """The cleaned form as the services take it (call after validation)."""
        cleaned = self.cleaned_data
        all_day = cleaned["all_day"]
        start: date | datetime = cleaned["start_date"] if all_day else cleaned["start_at"]
        end: date | datetime = cleaned["end_date"] if all_day else cleaned["end_at"]
        return EventData(
            title=cleaned["title"],
            description=cleaned["description"],
            kind=cleaned["kind"],
            status=cleaned["status"],
            visibility=cleaned["visibility"],
            attendance_mode=cleaned["attendance_mode"],
            all_day=all_day,
            date_precision=cleaned["date_precision"],
            start=start,
            end=end,
            timezone=cleaned["timezone"],
            venue=cleaned["venue"],
            city=cleaned["city"],
            country=cleaned["country"],
            online_url=cleaned["online_url"],
            lead_organizers=list(cleaned["lead_organizers"]),
            co_organizers=list(cleaned["co_organizers"]),
            instruments=list(cleaned["instruments"]),
            bodies=list(cleaned["bodies"]),
            topics=list(cleaned["topics"]),
            target_regions=list(cleaned["target_regions"]),
            target_countries=list(cleaned["target_countries"]),
            languages=list(cleaned["languages"]),
            parent=cleaned["parent"],
            website=cleaned["website"],
            registration_url=cleaned["registration_url"],
            internal_notes=cleaned["internal_notes"],
            contact_name=cleaned["contact_name"],
            contact_email=cleaned["contact_email"],
            links=self._links(),
        )

    def _links(self) -> list[LinkData]:
        if not self.links.is_bound or not self.links.is_valid():
            return []
        return [
            LinkData(kind=row["kind"], title=row["title"], url=row["url"])
            for row in self.links.cleaned_data
            if row and not row.get("DELETE")
        ]

    def planning_data(self) -> EventData | str:
        """The event as typed so far, for the planning assistant, even when the form is not complete
        (no title or organizer yet); or, when its dates cannot be read yet, what to give. Fields that are
        not valid count as not given."""
        self.is_valid()
        cleaned = self.cleaned_data
        all_day = self._all_day()
        names = ("start_date", "end_date") if all_day else ("start_at", "end_at")
        start, end = cleaned.get(names[0]), cleaned.get(names[1]) or (cleaned.get(names[0]) if all_day else None)
        if start is None or end is None:
            return _missing_dates(self, names)
        if "timezone" not in cleaned:
            return gettext("Choose the time zone of the venue to see what else happens at the same time.")
        given: dict[str, Any] = {name: cleaned[name] for name in _PLANNING_VALUES if cleaned.get(name)}
        given.update({name: list(cleaned.get(name) or []) for name in _PLANNING_LISTS})
        return EventData(
            title=cleaned.get("title", ""),
            start=start,
            end=end,
            timezone=cleaned["timezone"],
            all_day=all_day,
            lead_organizers=list(cleaned.get("lead_organizers") or []),
            **given,
        )

    def unconfirmed_duplicates(self) -> list[Event]:
        """Events this one may duplicate, unless the editor ticked "not a duplicate" (after validation)."""
        if self.cleaned_data.get("not_duplicate"):
            return []
        if self.instance is not None and not _DUPLICATE_SENSITIVE & set(self.changed_data):
            return []
        return services.find_possible_duplicates(self.event_data(), exclude=self.instance)

    def error_summary(self) -> list[tuple[str, str, str]]:
        """(anchor id, label, message) for every error, the links of the summary at the top of the page."""
        rows = [("", "", str(message)) for message in self.non_field_errors()]
        for name, messages in self.errors.items():
            if name == NON_FIELD_ERRORS:
                continue
            rows += [(_anchor(self[name]), str(self[name].label), str(m)) for m in messages]
        rows += [("", "", str(message)) for message in self.links.non_form_errors()]
        for index, link_form in enumerate(self.links.forms):
            for name, messages in link_form.errors.items():
                bound = link_form[name]
                label = gettext("Link %(number)s: %(field)s") % {"number": index + 1, "field": bound.label}
                rows += [(_anchor(bound), label, str(m)) for m in messages]
        return rows


def _missing_dates(form: forms.Form, names: tuple[str, str]) -> str:
    """What the planning assistant says when a form's dates cannot be read yet."""
    if any(name in form.errors and form.data.get(form.add_prefix(name)) for name in names):
        return gettext("Correct the dates to see what else happens then.")
    return gettext("Give the dates to see what else happens then.")


def initial_from_event(event: Event) -> dict[str, Any]:
    """The form's starting values for a stored event (times as wall-clock times at the venue)."""
    data = EventData.from_event(event)
    initial: dict[str, Any] = {
        name: getattr(data, name)
        for name in (
            "title",
            "description",
            "kind",
            "status",
            "visibility",
            "attendance_mode",
            "all_day",
            "date_precision",
            "timezone",
            "venue",
            "city",
            "country",
            "online_url",
            "lead_organizers",
            "co_organizers",
            "instruments",
            "bodies",
            "topics",
            "target_regions",
            "target_countries",
            "languages",
            "parent",
            "website",
            "registration_url",
            "internal_notes",
            "contact_name",
            "contact_email",
        )
    }
    if data.all_day:
        initial.update(start_date=data.start, end_date=data.end)
    else:
        assert isinstance(data.start, datetime) and isinstance(data.end, datetime)
        initial.update(start_at=data.start.replace(tzinfo=None), end_at=data.end.replace(tzinfo=None))
    initial["links"] = [{"kind": link.kind, "title": link.title, "url": link.url} for link in data.links]
    initial["version"] = event.version
    return initial


# --- Cancel and postpone ------------------------------------------------------------------------


class CancelForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Note (optional, internal)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Why the event is cancelled. It is added to the internal notes, which only staff see."),
    )

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"version": event.version})
        super().__init__(*args, **kwargs)
        self.event = event

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.event.is_cancelled:
            raise ValidationError(gettext("This event is already cancelled."))
        return cleaned


class PostponeForm(ServiceErrorsMixin, forms.Form):
    """Postpone, with the new dates when they are known (dates or local times, like the event)."""

    service_field_map = {"start": "new_start", "end": "new_end"}
    required_css_class = "required"

    version = forms.IntegerField(widget=forms.HiddenInput)
    #: The fingerprint of the planning assistant's findings shown on the page this form was sent from.
    assistant_seen = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"version": event.version})
        super().__init__(*args, **kwargs)
        self.event = event
        if event.all_day:
            self.fields["new_start"] = SaneDateField(label=_("New first day"), required=False, widget=_date_input())
            self.fields["new_end"] = SaneDateField(
                label=_("New last day"),
                required=False,
                widget=_date_input(),
                help_text=_(
                    "Leave it empty to keep the same number of days; leave both empty when the new dates "
                    "are not known yet."
                ),
            )
        else:
            help_text = _(
                "Local time at the venue (%(zone)s). Leave both empty when the new dates are not known yet."
            ) % {"zone": event.timezone}
            self.fields["new_start"] = LocalDateTimeField(label=_("New start"), required=False)
            self.fields["new_end"] = LocalDateTimeField(label=_("New end"), required=False, help_text=help_text)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.event.is_cancelled:
            raise ValidationError(gettext("A cancelled event cannot be postponed; edit it to change its status."))
        start, end = cleaned.get("new_start"), cleaned.get("new_end")
        if start and not end and "new_end" not in self.errors:
            if self.event.all_day:
                cleaned["new_end"] = start + (self.event.end_date - self.event.start_date)
            else:
                self.add_error("new_end", gettext("Give the new end as well, or neither."))
        elif end and not start and "new_start" not in self.errors:
            self.add_error("new_start", gettext("Give the new start as well, or neither."))
        return cleaned

    def planning_data(self) -> EventData | str:
        """The event at its new dates, for the planning assistant; or, until they are given, what to give."""
        if not self.is_bound:
            return gettext("Give the new dates to see what else happens then.")
        self.is_valid()
        start, end = self.cleaned_data.get("new_start"), self.cleaned_data.get("new_end")
        if start is None or end is None:
            return _missing_dates(self, ("new_start", "new_end"))
        return replace(EventData.from_event(self.event), status=Event.Status.POSTPONED, start=start, end=end)

    def error_summary(self) -> list[tuple[str, str, str]]:
        rows = [("", "", str(message)) for message in self.non_field_errors()]
        for name, messages in self.errors.items():
            if name != NON_FIELD_ERRORS:
                rows += [(_anchor(self[name]), str(self[name].label), str(m)) for m in messages]
        return rows
