"""Every write to the cooperation register goes through these functions.

Views, the loader, the spreadsheet import, commands and tests call them, so the rules live here once:
validation (errors name the field), one transaction per write, conflict protection on activities
and mandates (``version``), and history (simple_history, with the author and a reason).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.core import editing
from synergies.core.writes import claim_version, save_with_history, without_history
from synergies.directory.models import Body, Instrument, Organization, Person, Topic
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

#: Keys and slugs appear in addresses: lower-case words joined by hyphens.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
#: Activity keys that would hide a page of the register (``/register/new/``).
RESERVED_KEYS = frozenset({"new"})


class _Errors:
    """Collects messages per field and raises one ``ValidationError`` naming each field."""

    def __init__(self) -> None:
        self.by_field: dict[str, list[str]] = {}

    def add(self, field_name: str, message: str) -> None:
        self.by_field.setdefault(field_name, []).append(message)

    def raise_if_any(self) -> None:
        if self.by_field:
            raise ValidationError(self.by_field)


def _pk(instance: models.Model | None) -> int:
    """The primary key of ``instance``, or 0 (no row has it) for a record not yet saved."""
    return int(instance.pk) if instance is not None and instance.pk is not None else 0


# --- Areas ------------------------------------------------------------------------------------


@dataclass
class AreaData:
    slug: str
    name: str
    kind: str
    order: int = 0
    resource_implications: bool = False
    description: str = ""
    instruments: Sequence[Instrument] = ()
    topics: Sequence[Topic] = ()

    @classmethod
    def from_area(cls, area: CooperationArea) -> AreaData:
        return cls(
            slug=area.slug,
            name=area.name,
            kind=area.kind,
            order=area.order,
            resource_implications=area.resource_implications,
            description=area.description,
            instruments=list(area.instruments.all()),
            topics=list(area.topics.all()),
        )


def validate_area_data(data: AreaData, *, instance: CooperationArea | None = None) -> None:
    errors = _Errors()
    if not data.slug.strip():
        errors.add("slug", _("An area needs a key."))
    elif not _SLUG.fullmatch(data.slug):
        errors.add(
            "slug",
            _("“%(key)s” cannot be a key: use only lower-case letters, digits and hyphens, such as mercury-waste.")
            % {"key": data.slug},
        )
    elif CooperationArea.objects.filter(slug=data.slug).exclude(pk=_pk(instance)).exists():
        errors.add("slug", _("Another area already has the key “%(key)s”.") % {"key": data.slug})
    if not data.name.strip():
        errors.add("name", _("An area needs a name."))
    if data.kind not in CooperationArea.Kind.values:
        errors.add(
            "kind", _("“%(kind)s” is not a kind of area; use programmatic or operational.") % {"kind": data.kind}
        )
    errors.raise_if_any()


@transaction.atomic
def save_area(
    data: AreaData,
    *,
    instance: CooperationArea | None = None,
    expected_version: int | None = None,
    by: AbstractBaseUser | None = None,
) -> CooperationArea:
    """Create an area, or change ``instance``; areas are reference data kept by administrators.

    With ``expected_version`` (the site's form) a change made by someone else since is refused with
    ``EditConflict``; the spreadsheet import compares whole rows instead.
    """
    validate_area_data(data, instance=instance)
    area = instance or CooperationArea()
    if instance is not None:
        claim_version(area, area.version if expected_version is None else expected_version)
    for name in ("slug", "name", "kind", "order", "resource_implications", "description"):
        value = getattr(data, name)
        setattr(area, name, value.strip() if isinstance(value, str) else value)
    with without_history(area):
        area.save()
        area.instruments.set(data.instruments)
        area.topics.set(data.topics)
    save_with_history(area, by, _("Edited") if instance is not None else _("Created"))
    return area


# --- Activities ---------------------------------------------------------------------------------


@dataclass
class ActivityData:
    """What an activity says, as forms, the loader and the spreadsheet import hand it over."""

    key: str
    area: CooperationArea
    short_title: str
    text: str
    status: str = Activity.Status.ONGOING
    cooperation_level: int = Activity.Level.INFORM
    resource_implications: bool = False
    lead_organizations: Sequence[Organization] = ()
    partner_organizations: Sequence[Organization] = ()
    other_partners: str = ""
    period_text: str = ""
    period_start: date | None = None
    period_end: date | None = None
    events: Sequence[Event] = ()
    outputs: str = ""
    internal_notes: str = ""
    order: int = 0
    #: The mandates that name this activity; ``None`` leaves the links as they are (the spreadsheet's
    #: Activities sheet has no such column: mandates list their activities on their own sheet).
    mandates: Sequence[Mandate] | None = None

    @classmethod
    def from_activity(cls, activity: Activity) -> ActivityData:
        return cls(
            key=activity.key,
            area=activity.area,
            short_title=activity.short_title,
            text=activity.text,
            status=activity.status,
            cooperation_level=activity.cooperation_level,
            resource_implications=activity.resource_implications,
            lead_organizations=list(activity.lead_organizations.all()),
            partner_organizations=list(activity.partner_organizations.all()),
            other_partners=activity.other_partners,
            period_text=activity.period_text,
            period_start=activity.period_start,
            period_end=activity.period_end,
            events=list(activity.events.all()),
            outputs=activity.outputs,
            internal_notes=activity.internal_notes,
            order=activity.order,
        )


def validate_activity_data(data: ActivityData, *, instance: Activity | None = None) -> None:
    """Refuse what cannot be stored, naming the field; raises ``ValidationError`` with a dict."""
    errors = _Errors()
    if not data.key.strip():
        errors.add("key", _("An activity needs a key."))
    elif not _SLUG.fullmatch(data.key) or data.key in RESERVED_KEYS:
        errors.add(
            "key",
            _(
                "“%(key)s” cannot be a key: use lower-case letters, digits and hyphens, such as "
                "joint-bat-bep-guidance (and not “new”)."
            )
            % {"key": data.key},
        )
    elif Activity.objects.filter(key=data.key).exclude(pk=_pk(instance)).exists():
        errors.add("key", _("Another activity already has the key “%(key)s”.") % {"key": data.key})
    if not data.short_title.strip():
        errors.add("short_title", _("An activity needs a short title."))
    if not data.text.strip():
        errors.add("text", _("An activity needs its text."))
    if data.status not in Activity.Status.values:
        errors.add(
            "status",
            _("“%(status)s” is not a status; use one of: %(choices)s.")
            % {"status": data.status, "choices": ", ".join(Activity.Status.values)},
        )
    if data.cooperation_level not in Activity.Level.values:
        errors.add("cooperation_level", _("The cooperation level must be a whole number from 1 to 8."))
    if data.period_start and data.period_end and data.period_end < data.period_start:
        errors.add(
            "period_end",
            _("The period ends (%(end)s) before it starts (%(start)s).")
            % {"end": data.period_end, "start": data.period_start},
        )
    both = set(data.lead_organizations) & set(data.partner_organizations)
    if both:
        errors.add(
            "partner_organizations",
            _("An organization cannot both lead and be a partner: %(names)s.")
            % {"names": ", ".join(sorted(str(o) for o in both))},
        )
    errors.raise_if_any()


_ACTIVITY_FIELDS = (
    "key",
    "area",
    "short_title",
    "text",
    "status",
    "cooperation_level",
    "resource_implications",
    "other_partners",
    "period_text",
    "period_start",
    "period_end",
    "outputs",
    "internal_notes",
    "order",
)


def _apply_activity(activity: Activity, data: ActivityData) -> None:
    for name in _ACTIVITY_FIELDS:
        value = getattr(data, name)
        setattr(activity, name, value.strip() if isinstance(value, str) else value)


def _apply_activity_relations(activity: Activity, data: ActivityData, by: AbstractBaseUser | None) -> None:
    activity.lead_organizations.set(data.lead_organizations)
    activity.partner_organizations.set(data.partner_organizations)
    activity.events.set(data.events)
    if data.mandates is not None:
        _relink_mandates(activity, data.mandates, by)


def _relink_mandates(activity: Activity, wanted: Sequence[Mandate], by: AbstractBaseUser | None) -> None:
    """Link ``activity`` to exactly the ``wanted`` mandates. The link belongs to the mandate, so each
    mandate that gains or loses the activity gets a new version and its own history record."""
    current = set(activity.mandates.all()) if activity.pk else set()
    for mandate in sorted(current ^ set(wanted), key=lambda m: m.reference):
        claim_version(mandate, mandate.version)
        with without_history(mandate):
            if mandate in current:
                mandate.activities.remove(activity)
            else:
                mandate.activities.add(activity)
        reason = _("Activity “%(key)s” unlinked") if mandate in current else _("Activity “%(key)s” linked")
        save_with_history(mandate, by, reason % {"key": activity.key})


@transaction.atomic
def create_activity(data: ActivityData, *, by: AbstractBaseUser | None = None) -> Activity:
    validate_activity_data(data)
    activity = Activity()
    _apply_activity(activity, data)
    with without_history(activity):  # the row must exist before its relations
        activity.save()
        _apply_activity_relations(activity, data, by)
    save_with_history(activity, by, _("Created"))
    return activity


@transaction.atomic
def update_activity(
    activity: Activity,
    data: ActivityData,
    *,
    expected_version: int,
    by: AbstractBaseUser | None = None,
    reason: str | None = None,
) -> Activity:
    validate_activity_data(data, instance=activity)
    claim_version(activity, expected_version)
    _apply_activity(activity, data)
    with without_history(activity):
        _apply_activity_relations(activity, data, by)
    save_with_history(activity, by, reason or _("Edited"))
    return activity


@transaction.atomic
def link_activity_events(activity: Activity, events: Sequence[Event], *, by: AbstractBaseUser | None = None) -> None:
    """Add calendar events to an activity (keeps those already linked), as one recorded change."""
    linked = set(activity.events.filter(pk__in=[event.pk for event in events]).values_list("pk", flat=True))
    new = [event for event in events if event.pk not in linked]
    if not new:
        return
    with without_history(activity):
        activity.events.add(*new)
    Activity.objects.filter(pk=activity.pk).update(version=F("version") + 1)
    activity.refresh_from_db(fields=["version"])
    save_with_history(activity, by, _("Events linked"))


# --- Mandates -----------------------------------------------------------------------------------


@dataclass
class MandateData:
    reference: str
    title: str
    kind: str
    status: str = Mandate.Status.ACTIVE
    body: Body | None = None
    meeting: Event | None = None
    meeting_text: str = ""
    date: date | None = None
    url: str = ""
    excerpt: str = ""
    instruments: Sequence[Instrument] = ()
    topics: Sequence[Topic] = ()
    areas: Sequence[CooperationArea] = ()
    activities: Sequence[Activity] = field(default_factory=list)

    @classmethod
    def from_mandate(cls, mandate: Mandate) -> MandateData:
        return cls(
            reference=mandate.reference,
            title=mandate.title,
            kind=mandate.kind,
            status=mandate.status,
            body=mandate.body,
            meeting=mandate.meeting,
            meeting_text=mandate.meeting_text,
            date=mandate.date,
            url=mandate.url,
            excerpt=mandate.excerpt,
            instruments=list(mandate.instruments.all()),
            topics=list(mandate.topics.all()),
            areas=list(mandate.areas.all()),
            activities=list(mandate.activities.all()),
        )


def validate_mandate_data(data: MandateData, *, instance: Mandate | None = None) -> None:
    errors = _Errors()
    if not data.reference.strip():
        errors.add("reference", _("A mandate needs its reference, e.g. SC-7/28."))
    elif Mandate.objects.filter(reference=data.reference.strip()).exclude(pk=_pk(instance)).exists():
        errors.add("reference", _("A mandate with the reference “%(ref)s” already exists.") % {"ref": data.reference})
    if not data.title.strip():
        errors.add("title", _("A mandate needs a title."))
    if data.kind not in Mandate.Kind.values:
        errors.add(
            "kind",
            _("“%(kind)s” is not a kind of mandate; use one of: %(choices)s.")
            % {"kind": data.kind, "choices": ", ".join(Mandate.Kind.values)},
        )
    if data.status not in Mandate.Status.values:
        errors.add(
            "status",
            _("“%(status)s” is not a mandate status; use one of: %(choices)s.")
            % {"status": data.status, "choices": ", ".join(Mandate.Status.values)},
        )
    if data.url and not data.url.startswith(("https://", "http://")):
        errors.add("url", _("The link to the official text must start with https:// or http://."))
    errors.raise_if_any()


def _apply_mandate(mandate: Mandate, data: MandateData) -> None:
    for name in ("reference", "title", "kind", "status", "body", "meeting", "meeting_text", "date", "url", "excerpt"):
        value = getattr(data, name)
        setattr(mandate, name, value.strip() if isinstance(value, str) else value)


def _apply_mandate_relations(mandate: Mandate, data: MandateData) -> None:
    mandate.instruments.set(data.instruments)
    mandate.topics.set(data.topics)
    mandate.areas.set(data.areas)
    mandate.activities.set(data.activities)


@transaction.atomic
def create_mandate(data: MandateData, *, by: AbstractBaseUser | None = None) -> Mandate:
    validate_mandate_data(data)
    mandate = Mandate()
    _apply_mandate(mandate, data)
    with without_history(mandate):
        mandate.save()
        _apply_mandate_relations(mandate, data)
    save_with_history(mandate, by, _("Created"))
    return mandate


@transaction.atomic
def update_mandate(
    mandate: Mandate,
    data: MandateData,
    *,
    expected_version: int,
    by: AbstractBaseUser | None = None,
) -> Mandate:
    validate_mandate_data(data, instance=mandate)
    claim_version(mandate, expected_version)
    _apply_mandate(mandate, data)
    with without_history(mandate):
        _apply_mandate_relations(mandate, data)
    save_with_history(mandate, by, _("Edited"))
    return mandate


# --- Focal points and success stories -------------------------------------------------------------


@dataclass
class FocalPointData:
    """A focal point as the site's form hands it over: the person (by organization and name) and their role."""

    organization: Organization
    name: str
    area: CooperationArea
    role: str
    position: str = ""
    email: str = ""
    phone: str = ""
    mandate: Mandate | None = None

    @classmethod
    def from_focal_point(cls, focal_point: FocalPoint) -> FocalPointData:
        person = focal_point.person
        return cls(
            organization=person.organization,
            name=person.name,
            area=focal_point.area,
            role=focal_point.role,
            position=person.position,
            email=person.email,
            phone=person.phone,
            mandate=focal_point.mandate,
        )


def validate_focal_point_data(data: FocalPointData, *, instance: FocalPoint | None = None) -> None:
    errors = _Errors()
    if not data.name.strip():
        errors.add("name", _("A focal point needs a name or a position."))
    if not data.role.strip():
        errors.add("role", _("A focal point needs a role, e.g. technical-assistance focal point."))
    if data.email and "@" not in data.email:
        errors.add("email", _("“%(email)s” is not an e-mail address.") % {"email": data.email})
    taken = FocalPoint.objects.filter(
        person__organization=data.organization, person__name=data.name.strip(), area=data.area, role=data.role.strip()
    ).exclude(pk=_pk(instance))
    if data.name.strip() and data.role.strip() and taken.exists():
        errors.add(
            "role", _("%(name)s is already a focal point with this role for this area.") % {"name": data.name.strip()}
        )
    errors.raise_if_any()


def _person(organization: Organization, name: str, **contact: str | None) -> Person:
    """The organization's person of that name (created when new), with the contact details given set
    (those left at ``None`` keep what the person has)."""
    person, _created = Person.objects.get_or_create(organization=organization, name=name.strip())
    changes = {
        key: value.strip()
        for key, value in contact.items()
        if value is not None and getattr(person, key) != value.strip()
    }
    if changes:
        for key, value in changes.items():
            setattr(person, key, value)
        person.save()
    return person


@transaction.atomic
def save_focal_point(
    data: FocalPointData,
    *,
    instance: FocalPoint | None = None,
    expected_version: int | None = None,
    by: AbstractBaseUser | None = None,
) -> FocalPoint:
    """Create a focal point or change ``instance`` (refused with ``EditConflict`` if someone else changed
    it since ``expected_version``). The person is found by organization and name, or created; their
    position, e-mail and telephone are set as given."""
    validate_focal_point_data(data, instance=instance)
    if instance is not None:
        claim_version(instance, instance.version if expected_version is None else expected_version)
    person = _person(data.organization, data.name, position=data.position, email=data.email, phone=data.phone)
    focal_point = instance or FocalPoint()
    focal_point.person, focal_point.area, focal_point.role = person, data.area, data.role.strip()
    focal_point.mandate = data.mandate
    save_with_history(focal_point, by, _("Edited") if instance is not None else _("Created"))
    return focal_point


@transaction.atomic
def add_focal_point(
    *,
    organization: Organization,
    name: str,
    area: CooperationArea,
    role: str,
    position: str | None = None,
    mandate: Mandate | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> FocalPoint:
    """Record who to call about ``area`` on ``organization``'s side; reuses the person if known.

    ``name`` may be a position ("Technical-assistance focal point") where no person is named.
    ``position``, ``email`` and ``phone`` left at ``None`` keep what the person already has.
    """
    data = FocalPointData(
        organization=organization,
        name=name,
        area=area,
        role=role,
        position=position or "",
        email=email or "",
        phone=phone or "",
        mandate=mandate,
    )
    existing = FocalPoint.objects.filter(
        person__organization=organization, person__name=name.strip(), area=area, role=role.strip()
    ).first()
    validate_focal_point_data(data, instance=existing)
    person = _person(organization, name, position=position, email=email, phone=phone)
    focal_point, _created = FocalPoint.objects.update_or_create(
        person=person, area=area, role=role.strip(), defaults={"mandate": mandate}
    )
    return focal_point


@dataclass
class StoryData:
    """A success story as the site's form hands it over."""

    title: str
    text: str
    published: bool = False
    activity: Activity | None = None
    area: CooperationArea | None = None
    events: Sequence[Event] = ()

    @classmethod
    def from_story(cls, story: SuccessStory) -> StoryData:
        return cls(
            title=story.title,
            text=story.text,
            published=story.published,
            activity=story.activity,
            area=story.area,
            events=list(story.events.all()),
        )


def validate_story_data(data: StoryData, *, instance: SuccessStory | None = None) -> None:
    errors = _Errors()
    if not data.title.strip():
        errors.add("title", _("A success story needs a title."))
    if not data.text.strip():
        errors.add("text", _("A success story needs its text."))
    errors.raise_if_any()


def same_story(one: StoryData, other: StoryData) -> bool:
    def key(data: StoryData) -> tuple[Any, ...]:
        return (
            data.title.strip(),
            data.text.strip(),
            data.published,
            data.activity,
            data.area,
            sorted(e.pk for e in data.events),
        )

    return key(one) == key(other)


@transaction.atomic
def save_success_story(
    *,
    title: str,
    text: str,
    published: bool = False,
    activity: Activity | None = None,
    area: CooperationArea | None = None,
    events: Sequence[Event] = (),
    instance: SuccessStory | None = None,
    expected_version: int | None = None,
    by: AbstractBaseUser | None = None,
) -> SuccessStory:
    """Create a story, or change ``instance`` (with ``expected_version``, a change made by someone else
    since is refused with ``EditConflict``). Saving what is already stored writes nothing."""
    data = StoryData(
        title=title.strip(),
        text=text.strip(),
        published=published,
        activity=activity,
        area=area or (activity.area if activity else None),
        events=list(events),
    )
    validate_story_data(data, instance=instance)
    if instance is not None and same_story(StoryData.from_story(instance), data):
        return instance
    story = instance or SuccessStory()
    if instance is not None:
        claim_version(story, story.version if expected_version is None else expected_version)
    story.title, story.text, story.published = data.title, data.text, data.published
    story.activity, story.area = data.activity, data.area
    with without_history(story):
        story.save()
        story.events.set(data.events)
    save_with_history(story, by, _("Edited") if instance is not None else _("Created"))
    return story


#: How a many-to-many row of the history names what it links to: (model, field shown).
_LINKED_NAMES: dict[str, tuple[type[models.Model], str]] = {
    "organization": (Organization, "acronym"),
    "event": (Event, "title"),
    "instrument": (Instrument, "short_name"),
    "topic": (Topic, "name"),
    "cooperationarea": (CooperationArea, "name"),
    "activity": (Activity, "key"),
}


def _display_value(value: Any, *, owner: str, public_only: bool, choices: Any = None) -> str:
    """A history value in words. Many-to-many values are lists of rows such as
    ``{"activity": 1, "organization": 4}``; they are shown by the linked object's name (internal
    events are left out for the public)."""
    if not isinstance(value, list):
        return editing.display_value(value, choices=choices)
    ids: dict[str, list[int]] = {}
    for row in value:
        for key, pk in row.items():
            if key in _LINKED_NAMES and key != owner:
                ids.setdefault(key, []).append(int(pk))
    names: list[str] = []
    for key, pks in ids.items():
        model, name_field = _LINKED_NAMES[key]
        found = model._default_manager.filter(pk__in=pks)
        if public_only and model is Event:
            found = found.filter(visibility=Event.Visibility.PUBLIC)
        names += [str(name) for name in found.values_list(name_field, flat=True)]
    return ", ".join(sorted(names)) or editing.empty()


def history_of(obj: CooperationArea | Activity | Mandate, *, include_internal: bool = False) -> list[dict[str, Any]]:
    """Who changed what and when, newest first (``core.editing.history_entries``).

    Changes to internal fields (and internal events) are left out unless ``include_internal``
    (staff only), and only staff see who made them.
    """
    hidden = {*editing.BOOKKEEPING_FIELDS, *(() if include_internal else ("internal_notes",))}
    owner = obj._meta.model_name or ""

    def display(name: str, value: Any, record: Any) -> str:
        choices = getattr(obj._meta.get_field(name), "choices", None)
        return _display_value(value, owner=owner, public_only=not include_internal, choices=choices)

    return editing.history_entries(
        list(editing.history_records(obj)),
        changes=lambda record, previous: editing.field_changes(
            record, previous, model=type(obj), hidden=hidden, display=display, foreign_keys_are_objs=False
        ),
        show_authors=include_internal,
    )
