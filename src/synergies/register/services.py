"""Every write to the cooperation register goes through these functions.

Views, the loader, the spreadsheet import, commands and tests call them, so the rules live here once:
validation (errors name the field), one transaction per write, conflict protection on activities
and mandates (``version``), and history (simple_history, with the author and a reason).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.core.writes import claim_version, save_with_history, without_history
from synergies.directory.models import Body, Instrument, Organization, Person, Topic
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


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


def validate_area_data(data: AreaData, *, instance: CooperationArea | None = None) -> None:
    errors = _Errors()
    if not data.slug.strip():
        errors.add("slug", _("An area needs a key."))
    elif CooperationArea.objects.filter(slug=data.slug).exclude(pk=_pk(instance)).exists():
        errors.add("slug", _("Another area already has the key “%(key)s”.") % {"key": data.slug})
    if not data.name.strip():
        errors.add("name", _("An area needs a name."))
    if data.kind not in CooperationArea.Kind.values:
        errors.add("kind", _("“%(kind)s” is not a kind of area; use programmatic or operational.")
                   % {"kind": data.kind})
    errors.raise_if_any()


@transaction.atomic
def save_area(data: AreaData, *, instance: CooperationArea | None = None) -> CooperationArea:
    """Create an area, or change ``instance``; areas are reference data kept by administrators."""
    validate_area_data(data, instance=instance)
    area = instance or CooperationArea()
    for name in ("slug", "name", "kind", "order", "resource_implications", "description"):
        setattr(area, name, getattr(data, name))
    area.save()
    area.instruments.set(data.instruments)
    area.topics.set(data.topics)
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

    @classmethod
    def from_activity(cls, activity: Activity) -> ActivityData:
        return cls(
            key=activity.key, area=activity.area, short_title=activity.short_title, text=activity.text,
            status=activity.status, cooperation_level=activity.cooperation_level,
            resource_implications=activity.resource_implications,
            lead_organizations=list(activity.lead_organizations.all()),
            partner_organizations=list(activity.partner_organizations.all()),
            other_partners=activity.other_partners, period_text=activity.period_text,
            period_start=activity.period_start, period_end=activity.period_end, events=list(activity.events.all()),
            outputs=activity.outputs, internal_notes=activity.internal_notes, order=activity.order,
        )


def validate_activity_data(data: ActivityData, *, instance: Activity | None = None) -> None:
    """Refuse what cannot be stored, naming the field; raises ``ValidationError`` with a dict."""
    errors = _Errors()
    if not data.key.strip():
        errors.add("key", _("An activity needs a key."))
    elif Activity.objects.filter(key=data.key).exclude(pk=_pk(instance)).exists():
        errors.add("key", _("Another activity already has the key “%(key)s”.") % {"key": data.key})
    if not data.short_title.strip():
        errors.add("short_title", _("An activity needs a short title."))
    if not data.text.strip():
        errors.add("text", _("An activity needs its text."))
    if data.status not in Activity.Status.values:
        errors.add("status", _("“%(status)s” is not a status; use one of: %(choices)s.")
                   % {"status": data.status, "choices": ", ".join(Activity.Status.values)})
    if data.cooperation_level not in Activity.Level.values:
        errors.add("cooperation_level", _("The cooperation level must be a whole number from 1 to 8."))
    if data.period_start and data.period_end and data.period_end < data.period_start:
        errors.add("period_end", _("The period ends (%(end)s) before it starts (%(start)s).")
                   % {"end": data.period_end, "start": data.period_start})
    both = set(data.lead_organizations) & set(data.partner_organizations)
    if both:
        errors.add("partner_organizations", _("An organization cannot both lead and be a partner: %(names)s.")
                   % {"names": ", ".join(sorted(str(o) for o in both))})
    errors.raise_if_any()


_ACTIVITY_FIELDS = (
    "key", "area", "short_title", "text", "status", "cooperation_level", "resource_implications", "other_partners",
    "period_text", "period_start", "period_end", "outputs", "internal_notes", "order",
)


def _apply_activity(activity: Activity, data: ActivityData) -> None:
    for name in _ACTIVITY_FIELDS:
        value = getattr(data, name)
        setattr(activity, name, value.strip() if isinstance(value, str) else value)


def _apply_activity_relations(activity: Activity, data: ActivityData) -> None:
    activity.lead_organizations.set(data.lead_organizations)
    activity.partner_organizations.set(data.partner_organizations)
    activity.events.set(data.events)


@transaction.atomic
def create_activity(data: ActivityData, *, by: AbstractBaseUser | None = None) -> Activity:
    validate_activity_data(data)
    activity = Activity()
    _apply_activity(activity, data)
    with without_history(activity):  # the row must exist before its relations
        activity.save()
        _apply_activity_relations(activity, data)
    save_with_history(activity, by, _("Created"))
    return activity


@transaction.atomic
def update_activity(
    activity: Activity, data: ActivityData, *, expected_version: int, by: AbstractBaseUser | None = None,
    reason: str | None = None,
) -> Activity:
    validate_activity_data(data, instance=activity)
    claim_version(activity, expected_version)
    _apply_activity(activity, data)
    with without_history(activity):
        _apply_activity_relations(activity, data)
    save_with_history(activity, by, reason or _("Edited"))
    return activity


@transaction.atomic
def link_activity_events(activity: Activity, events: Sequence[Event], *, by: AbstractBaseUser | None = None) -> None:
    """Add calendar events to an activity (keeps those already linked), as one recorded change."""
    new = [event for event in events if not activity.events.filter(pk=event.pk).exists()]
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
            reference=mandate.reference, title=mandate.title, kind=mandate.kind, status=mandate.status,
            body=mandate.body, meeting=mandate.meeting, meeting_text=mandate.meeting_text, date=mandate.date,
            url=mandate.url, excerpt=mandate.excerpt, instruments=list(mandate.instruments.all()),
            topics=list(mandate.topics.all()), areas=list(mandate.areas.all()),
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
        errors.add("kind", _("“%(kind)s” is not a kind of mandate; use one of: %(choices)s.")
                   % {"kind": data.kind, "choices": ", ".join(Mandate.Kind.values)})
    if data.status not in Mandate.Status.values:
        errors.add("status", _("“%(status)s” is not a mandate status; use one of: %(choices)s.")
                   % {"status": data.status, "choices": ", ".join(Mandate.Status.values)})
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
    mandate: Mandate, data: MandateData, *, expected_version: int, by: AbstractBaseUser | None = None,
) -> Mandate:
    validate_mandate_data(data, instance=mandate)
    claim_version(mandate, expected_version)
    _apply_mandate(mandate, data)
    with without_history(mandate):
        _apply_mandate_relations(mandate, data)
    save_with_history(mandate, by, _("Edited"))
    return mandate


# --- Focal points and success stories -------------------------------------------------------------


@transaction.atomic
def add_focal_point(
    *, organization: Organization, name: str, area: CooperationArea, role: str, position: str | None = None,
    mandate: Mandate | None = None, email: str | None = None, phone: str | None = None,
) -> FocalPoint:
    """Record who to call about ``area`` on ``organization``'s side; reuses the person if known.

    ``name`` may be a position ("Technical-assistance focal point") where no person is named.
    ``position``, ``email`` and ``phone`` left at ``None`` keep what the person already has.
    """
    errors = _Errors()
    if not name.strip():
        errors.add("name", _("A focal point needs a name or a position."))
    if not role.strip():
        errors.add("role", _("A focal point needs a role, e.g. technical-assistance focal point."))
    if email and "@" not in email:
        errors.add("email", _("“%(email)s” is not an e-mail address.") % {"email": email})
    errors.raise_if_any()
    person, _created = Person.objects.get_or_create(organization=organization, name=name.strip())
    changed = False
    for field_name, value in (("position", position), ("email", email), ("phone", phone)):
        if value is not None and getattr(person, field_name) != value.strip():
            setattr(person, field_name, value.strip())
            changed = True
    if changed:
        person.save()
    focal_point, _created = FocalPoint.objects.update_or_create(
        person=person, area=area, role=role.strip(), defaults={"mandate": mandate}
    )
    return focal_point


@transaction.atomic
def save_success_story(
    *, title: str, text: str, published: bool = False, activity: Activity | None = None,
    area: CooperationArea | None = None, events: Sequence[Event] = (), instance: SuccessStory | None = None,
) -> SuccessStory:
    errors = _Errors()
    if not title.strip():
        errors.add("title", _("A success story needs a title."))
    if not text.strip():
        errors.add("text", _("A success story needs its text."))
    errors.raise_if_any()
    story = instance or SuccessStory()
    story.title, story.text, story.published = title.strip(), text.strip(), published
    story.activity = activity
    story.area = area or (activity.area if activity else None)
    story.save()
    story.events.set(events)
    return story


def _display_value(value: Any) -> str:
    """A history value in words: many-to-many values are lists of rows, shown by organization acronym."""
    if isinstance(value, list):
        ids = [int(row["organization"]) for row in value if isinstance(row, dict) and "organization" in row]
        names = dict(Organization.objects.filter(pk__in=ids).values_list("pk", "acronym"))
        return ", ".join(sorted(str(names.get(pk, pk)) for pk in ids)) or "—"
    if value in (None, ""):
        return "—"
    return str(value)


def history_of(obj: Activity | Mandate, *, include_internal: bool = False) -> list[dict[str, Any]]:
    """Who changed what and when, newest first, with old and new values of each changed field.

    Changes to internal fields are left out unless ``include_internal`` (staff only).
    """
    hidden = {"version"} if include_internal else {"version", "internal_notes"}
    records = list(obj.history.select_related("history_user").order_by("-history_date", "-history_id"))
    entries = []
    for newer, older in zip(records, [*records[1:], None][: len(records)], strict=True):
        changes = []
        if older is not None:
            delta = newer.diff_against(older)
            changes = [
                {
                    "field": str(getattr(obj._meta.get_field(change.field), "verbose_name", change.field)),
                    "old": _display_value(change.old),
                    "new": _display_value(change.new),
                }
                for change in delta.changes
                if change.field not in hidden
            ]
        entries.append({
            "date": newer.history_date,
            "user": newer.history_user,
            "reason": newer.history_change_reason or "",
            "changes": changes,
        })
    return entries
