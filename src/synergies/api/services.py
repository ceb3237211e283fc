"""Event writes through the API: the payload read into the calendar's ``EventData``, the same
permission rules as the event form, and the calendar's services for the write itself (validation,
conflict protection and history are theirs).

Refusals are exceptions the endpoints turn into answers: :class:`Refused` (422, per field),
:class:`Forbidden` (403); the calendar's ``EditConflict`` becomes 409.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext as _

from synergies.calendar import permissions, services
from synergies.calendar.models import Event, EventOrganizer
from synergies.calendar.services import EventData, LinkData
from synergies.core.text import clean_text
from synergies.directory.models import Body, Country, Instrument, Organization, Region, Topic


class Refused(Exception):
    """The payload cannot be stored; ``errors`` maps each API field to its messages. Nothing was written."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


class Forbidden(Exception):
    """The caller's role does not allow this write."""


#: The calendar's field names (services and forms) as the API names them.
_SERVICE_FIELDS = {"lead_organizers": "organizers", "co_organizers": "organizers", "parent": "parent_id"}
#: Keys to look up: API field -> (model, key field).
_KEYED = {
    "instruments": (Instrument, "code"),
    "bodies": (Body, "code"),
    "topics": (Topic, "slug"),
    "target_regions": (Region, "code"),
    "target_countries": (Country, "code"),
}
_URL_FIELDS = ("online_url", "website", "registration_url")
#: Fields whose value is one of the model's choices: ``null`` is refused, never stored as "".
_CHOICE_FIELDS = frozenset({"kind", "status", "visibility", "attendance_mode", "date_precision"})
#: What only staff see: a replacement that leaves them out keeps them (a client may never have seen them).
_KEPT_ON_REPLACE = ("internal_notes", "contact_name", "contact_email")
_TEXT_FIELDS = (
    "title",
    "description",
    "kind",
    "status",
    "visibility",
    "attendance_mode",
    "date_precision",
    "timezone",
    "venue",
    "city",
    "online_url",
    "website",
    "registration_url",
    "internal_notes",
    "contact_name",
    "contact_email",
)


def blank_event_data() -> EventData:
    """What a full replacement starts from: every optional field at its default."""
    return EventData(title="", start=date.min, end=date.min, lead_organizers=[])


class _Reader:
    """Turns the fields given in a payload into ``EventData``, collecting every refusal by field."""

    def __init__(self, user: Any, instance: Event | None) -> None:
        self.user = user
        self.instance = instance
        self.errors: dict[str, list[str]] = {}

    def refuse(self, field: str, message: str) -> None:
        self.errors.setdefault(field, []).append(message)

    def lookup(self, model: Any, keys: list[str], key_field: str, field: str) -> list[Any]:
        if any("\x00" in key for key in keys):
            self.refuse(field, _("A code may not contain control characters."))
            return []
        try:
            return services.resolve(model, keys, key_field)
        except ValidationError as refused:
            self.refuse(field, " ".join(refused.messages))
            return []

    def read(self, base: EventData, changes: dict[str, Any], *, full: bool) -> EventData:
        data = replace(base)
        for name in _TEXT_FIELDS:
            if name in changes:
                if changes[name] is None and name in _CHOICE_FIELDS:
                    self.refuse(name, _("Give one of the choices; null is not one."))
                    continue
                setattr(data, name, changes[name] or "")
        for name in _URL_FIELDS:
            self.check(
                name,
                getattr(data, name),
                URLValidator(schemes=["http", "https"]),
                _("Give a full web address starting with http:// or https://."),
            )
        self.check("contact_email", data.contact_email, EmailValidator(), _("Give a valid e-mail address."))
        if "languages" in changes:
            data.languages = list(changes["languages"] or [])
        if "country" in changes:
            code = changes["country"]
            data.country = (self.lookup(Country, [code.upper()], "code", "country") or [None])[0] if code else None
        for name, (model, key_field) in _KEYED.items():
            if name in changes:
                keys = list(changes[name] or [])
                if name == "target_countries":
                    keys = [key.upper() for key in keys]
                setattr(data, name, self.lookup(model, keys, key_field, name))
        if "organizers" in changes:
            self.read_organizers(data, changes["organizers"] or [])
        if "parent_id" in changes:
            data.parent = self.read_parent(changes["parent_id"])
        if "links" in changes:
            data.links = self.read_links(changes["links"] or [])
        self.read_time(data, changes, full=full)
        return data

    def check(self, field: str, value: str, validator: Any, message: str) -> None:
        if not value:
            return
        try:
            validator(value)
        except ValidationError:
            self.refuse(field, message)

    def read_organizers(self, data: EventData, organizers: list[dict[str, Any]]) -> None:
        acronyms = [item["acronym"] for item in organizers]
        twice = sorted({a for a in acronyms if acronyms.count(a) > 1})
        if twice:
            self.refuse("organizers", _("Name each organization once: %(list)s.") % {"list": ", ".join(twice)})
            return
        found = dict(zip(acronyms, self.lookup(Organization, acronyms, "acronym", "organizers"), strict=False))
        if len(found) != len(acronyms):
            return
        roles = {item["acronym"]: item.get("role") or EventOrganizer.Role.LEAD for item in organizers}
        data.lead_organizers = [found[a] for a in acronyms if roles[a] == EventOrganizer.Role.LEAD]
        data.co_organizers = [found[a] for a in acronyms if roles[a] == EventOrganizer.Role.CO_ORGANIZER]

    def read_parent(self, parent_id: int | None) -> Event | None:
        if parent_id is None:
            return None
        parent = Event.objects.visible_to(self.user).filter(pk=parent_id).first()
        if parent is None:
            self.refuse("parent_id", _("There is no event %(id)s to hold this one during.") % {"id": parent_id})
        return parent

    def read_links(self, links: list[dict[str, Any]]) -> list[LinkData]:
        read = []
        for position, link in enumerate(links, start=1):
            try:
                URLValidator(schemes=["http", "https"])(link["url"])
            except ValidationError:
                self.refuse(
                    "links",
                    _("Link %(n)s: give a full web address starting with http:// or https://.") % {"n": position},
                )
            if not link["title"].strip():
                self.refuse("links", _("Link %(n)s: give the link a title.") % {"n": position})
            read.append(LinkData(kind=link.get("kind") or "other", title=link["title"].strip(), url=link["url"]))
        return read

    def read_time(self, data: EventData, changes: dict[str, Any], *, full: bool) -> None:
        """Dates for all-day events, instants for timed ones; a missing end is the start's day."""
        was_all_day = data.all_day
        if changes.get("all_day") is not None:
            data.all_day = changes["all_day"]
        keep = not full and was_all_day == data.all_day
        if data.all_day:
            start = changes.get("start_date") or (data.start if keep else None)
            end = changes.get("end_date") or (data.end if keep else start)
            if start is None:
                self.refuse("start_date", _("Give the first day of the event."))
                return
            data.start, data.end = start, end or start
        else:
            start = changes.get("start_at") or (data.start if keep else None)
            end = changes.get("end_at") or (data.end if keep else None)
            if not isinstance(start, datetime):
                self.refuse("start_at", _("Give the date and time the event starts."))
            if not isinstance(end, datetime):
                self.refuse("end_at", _("Give the date and time the event ends."))
            if isinstance(start, datetime) and isinstance(end, datetime):
                data.start, data.end = start, end


def _check_organizers(user: Any, data: EventData, instance: Event | None) -> None:
    """The calendar's rules for organizers (``calendar.permissions``), answered as the API answers: a
    stranger named is 403, losing one's own organizations is 422 at ``organizers``, and a change of the
    lead organizers by a co-organizer's editor is 403."""
    chosen = [*data.lead_organizers, *data.co_organizers]
    strangers = permissions.organizers_not_allowed(user, chosen, instance)
    if strangers:
        raise Forbidden(permissions.organizers_not_allowed_message(strangers))
    if not permissions.keeps_own_organizer(user, chosen):
        raise Refused({"organizers": [permissions.keep_own_organizer_message()]})
    if instance is not None and not permissions.keeps_organizers_of(
        user, instance, data.lead_organizers, data.co_organizers
    ):
        raise Forbidden(permissions.keep_organizers_message())


def _service_errors(refused: ValidationError, all_day: bool) -> dict[str, list[str]]:
    names = {"start": "start_date" if all_day else "start_at", "end": "end_date" if all_day else "end_at"}
    errors: dict[str, list[str]] = {}
    for field, messages in refused.message_dict.items():
        name = names.get(field) or _SERVICE_FIELDS.get(field, field)
        errors.setdefault(name, []).extend(messages)
    return errors


def _prepared(user: Any, base: EventData, changes: dict[str, Any], *, full: bool, instance: Event | None) -> EventData:
    reader = _Reader(user, instance)
    data = reader.read(base, changes, full=full)
    if reader.errors:
        raise Refused(reader.errors)
    _check_organizers(user, data, instance)
    return data


@contextmanager
def _service_refusals(all_day: bool) -> Iterator[None]:
    """The calendar services' ``ValidationError`` as :class:`Refused`, with the API's field names."""
    try:
        yield
    except ValidationError as refused:
        raise Refused(_service_errors(refused, all_day)) from None


def create_event(user: Any, changes: dict[str, Any]) -> Event:
    if not permissions.may_create_event(user):
        raise Forbidden(_("Only editors of an organization can add events."))
    data = _prepared(user, blank_event_data(), changes, full=True, instance=None)
    if changes.get("uid"):
        if Event.objects.filter(uid=changes["uid"]).exists():
            raise Refused({"uid": [_("An event with this UID exists already.")]})
        data.uid = changes["uid"]
    with _service_refusals(data.all_day):
        return services.create_event(data, by=user)


def editable_event(user: Any, event_id: int) -> Event:
    """The event to change: 404 if the caller may not see it, 403 if they may see but not edit it."""
    event = Event.objects.visible_to(user).prefetch_related("event_organizers").get(pk=event_id)
    if not permissions.may_edit_event(user, event):
        raise Forbidden(_("You may edit only the events of the organizations you are an editor for."))
    return event


def update_event(user: Any, event: Event, changes: dict[str, Any], *, full: bool) -> Event:
    """A full replacement (``full``) or a partial change of the fields given; ``version`` is required."""
    changes = dict(changes)
    version = changes.pop("version")
    uid = changes.pop("uid", None)
    if uid and uid != event.uid:
        raise Refused({"uid": [_("An event's UID never changes.")]})
    if full and "visibility" not in changes:
        raise Refused(
            {"visibility": [_("A replacement must say the visibility: leaving it out would publish the event.")]}
        )
    base = EventData.from_event(event)
    if full:
        base = replace(blank_event_data(), **{name: getattr(base, name) for name in _KEPT_ON_REPLACE})
    data = _prepared(user, base, changes, full=full, instance=event)
    with _service_refusals(data.all_day):
        return services.update_event(event, data, expected_version=version, by=user)


def cancel_event(user: Any, event: Event, *, version: int, note: str) -> Event:
    with _service_refusals(event.all_day):
        return services.cancel_event(event, expected_version=version, by=user, note=clean_text(note))


def postpone_event(user: Any, event: Event, changes: dict[str, Any]) -> Event:
    """Postponed, with new dates (``start_date``/``end_date`` or ``start_at``/``end_at``) when given."""
    timed = not event.all_day
    new_start = changes.get("start_at" if timed else "start_date")
    new_end = changes.get("end_at" if timed else "end_date") or (None if timed else new_start)
    if (new_start is None) != (new_end is None):
        raise Refused({"end_at" if timed else "end_date": [_("Give the new end as well, or neither.")]})
    with _service_refusals(event.all_day):
        return services.postpone_event(
            event, expected_version=changes["version"], by=user, new_start=new_start, new_end=new_end
        )
