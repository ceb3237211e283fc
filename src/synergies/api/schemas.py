"""The shapes of the API's answers and of what it takes, as the OpenAPI document shows them.

The event object is a contract shared with other Synergies instances that harvest this one
(``federation``): keep its keys and meanings stable within ``/api/v1/``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from ninja import Field, Schema
from pydantic import BaseModel, create_model

from synergies.calendar.models import Event, EventLink, EventOrganizer
from synergies.directory.models import Body, Organization, Region
from synergies.register.models import Activity, CooperationArea, Mandate


class Answer(BaseModel):
    """An answer's shape. Plain pydantic, not ninja's ``Schema``: answers are built as dicts, and
    ``Schema``'s access to ORM attributes costs a third of a large page."""


def choice(choices: Any) -> Any:
    """A ``Literal`` of a Django choices class's values: an enum in the OpenAPI document."""
    return Literal[tuple(choices.values)]


EventKind = choice(Event.Kind)
EventStatus = choice(Event.Status)
Visibility = choice(Event.Visibility)
AttendanceMode = choice(Event.AttendanceMode)
DatePrecision = choice(Event.DatePrecision)
OrganizerRole = choice(EventOrganizer.Role)
LinkKind = choice(EventLink.Kind)


def _without_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def not_null() -> Any:
    """An input field that may be left out but never sent as ``null``: the OpenAPI document shows its
    type alone (no ``null``, no default), as the model refuses an empty choice."""
    return Field(None, json_schema_extra=_without_default)


# --- Envelope and errors --------------------------------------------------------------------------


class Message(Answer):
    detail: str = Field(description="What went wrong, in plain words.")


class Conflict(Answer):
    detail: str
    current_version: int = Field(description="The event's version now: read the event again, then retry.")


class FieldError(Answer):
    loc: list[str | int] = Field(description='Where: e.g. ["body", "title"] or ["query", "organizer"].')
    msg: str
    type: str = "invalid"


class ValidationErrors(Answer):
    detail: list[FieldError]


def page_of(item: type[Answer], name: str) -> type[Answer]:
    """The list envelope: ``count`` (total), ``page``, ``page_size``, ``next``, ``previous``, ``items``."""
    return create_model(
        name,
        __base__=Answer,
        count=(int, Field(description="How many items match, over all pages.")),
        page=(int, ...),
        page_size=(int, ...),
        next=(str | None, Field(description="Absolute address of the next page, or null.")),
        previous=(str | None, Field(description="Absolute address of the previous page, or null.")),
        items=(list[item], ...),  # type: ignore[valid-type]
    )


# --- Events ---------------------------------------------------------------------------------------


class OrganizerOut(Answer):
    acronym: str
    name: str
    role: OrganizerRole  # type: ignore[valid-type]


class LinkOut(Answer):
    kind: LinkKind  # type: ignore[valid-type]
    title: str
    url: str


class SourceOut(Answer):
    name: str = Field(description="The feed that publishes the event.")
    organization: str = Field(description="Acronym of the organization the feed speaks for.")
    url: str = Field(description='The event\'s page at the source, or "".')


class DisplayOut(Answer):
    """The event in words, as the pages, feeds and periodic list write it (``synergies.calendar.wording``)."""

    dates: str = Field(description='The days, or the months when only they are known: "4–15 May 2015".')
    when: str = Field(
        description='Dates and times with their time zone: "4 May 2015, 09:00–17:00 Europe/Zurich (CEST)".'
    )
    place: str = Field(
        description='Where: "CICG, Geneva, Switzerland", "Online", "CICG, Geneva, Switzerland, and online".'
    )
    organizers: str = Field(
        description='The organizers, leads first: "UN Environment Programme (UNEP); …, co-organizer".'
    )


class EventOut(Answer):
    id: int
    uid: str
    version: int
    url: str
    title: str
    description: str
    kind: EventKind  # type: ignore[valid-type]
    status: EventStatus  # type: ignore[valid-type]
    attendance_mode: AttendanceMode  # type: ignore[valid-type]
    all_day: bool
    date_precision: DatePrecision  # type: ignore[valid-type]
    start_date: date
    end_date: date = Field(description="Last day, inclusive, in the venue's time zone.")
    start_at: datetime | None = Field(description="For timed events, in the venue's time zone with its offset.")
    end_at: datetime | None
    timezone: str
    venue: str
    city: str
    country: str | None = Field(description="ISO 3166-1 alpha-2 code of the country held in.")
    online_url: str
    organizers: list[OrganizerOut]
    instruments: list[str]
    bodies: list[str]
    topics: list[str]
    target_regions: list[str]
    target_countries: list[str]
    languages: list[str]
    parent_id: int | None
    back_to_back_ids: list[int]
    website: str
    registration_url: str
    links: list[LinkOut]
    sources: list[SourceOut] = Field(description="The partners' feeds this event was harvested from.")
    updated: datetime
    display: DisplayOut = Field(
        description="For showing, not for parsing: the event in words, in the answer's language."
    )
    # Staff only (a token of a staff member): absent otherwise.
    visibility: Visibility | None = None  # type: ignore[valid-type]
    internal_notes: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None


EventPage = page_of(EventOut, "EventPage")


class OrganizerIn(Schema):
    acronym: str
    role: OrganizerRole = "lead"  # type: ignore[valid-type]


class LinkIn(Schema):
    kind: LinkKind = "other"  # type: ignore[valid-type]
    title: str = Field(max_length=255)
    url: str = Field(max_length=500)


class EventPatch(Schema):
    """Any of the event's fields; what is left out keeps its value (``version`` is required)."""

    version: int = Field(description="The version the change starts from; a stale one is refused with 409.")
    title: str | None = Field(None, max_length=300)
    description: str | None = None
    kind: EventKind = not_null()  # type: ignore[valid-type]
    status: EventStatus = not_null()  # type: ignore[valid-type]
    visibility: Visibility = not_null()  # type: ignore[valid-type]
    attendance_mode: AttendanceMode = not_null()  # type: ignore[valid-type]
    all_day: bool | None = None
    date_precision: DatePrecision = not_null()  # type: ignore[valid-type]
    start_date: date | None = None
    end_date: date | None = None
    start_at: datetime | None = None
    end_at: datetime | None = None
    timezone: str | None = Field(None, max_length=64)
    venue: str | None = Field(None, max_length=255)
    city: str | None = Field(None, max_length=120)
    country: str | None = None
    online_url: str | None = None
    organizers: list[OrganizerIn] | None = None
    instruments: list[str] | None = None
    bodies: list[str] | None = None
    topics: list[str] | None = None
    target_regions: list[str] | None = None
    target_countries: list[str] | None = None
    languages: list[str] | None = None
    parent_id: int | None = None
    website: str | None = None
    registration_url: str | None = None
    links: list[LinkIn] | None = None
    internal_notes: str | None = None
    contact_name: str | None = Field(None, max_length=200)
    contact_email: str | None = None


class EventIn(EventPatch):
    """A whole event. On create ``version`` is not needed; ``uid`` may be given to keep a harvested one."""

    version: int | None = None  # type: ignore[assignment]
    uid: str | None = Field(None, max_length=255)
    title: str = Field(max_length=300)
    start_date: date | None = None
    end_date: date | None = None
    organizers: list[OrganizerIn]


class EventReplace(EventIn):
    """A whole event in place of the stored one. ``visibility`` is required: a replacement that left it
    out would make an internal event public (refused with 422 naming it). The staff-only fields left
    out keep their stored values."""

    version: int = Field(description="The version the change starts from; a stale one is refused with 409.")


class CancelIn(Schema):
    version: int
    note: str = Field("", description="Why, for staff (kept in the internal notes).")


class PostponeIn(Schema):
    version: int
    start_date: date | None = None
    end_date: date | None = None
    start_at: datetime | None = None
    end_at: datetime | None = None


# --- Reference data -------------------------------------------------------------------------------


class OrganizationOut(Answer):
    acronym: str
    name: str
    kind: choice(Organization.Kind)  # type: ignore[valid-type]
    parent: str | None
    city: str
    country: str | None
    regions_served: list[str]
    countries_served: list[str]
    website: str


class InstrumentOut(Answer):
    code: str
    name: str
    short_name: str
    website: str


class BodyOut(Answer):
    code: str
    name: str
    acronym: str
    kind: choice(Body.Kind)  # type: ignore[valid-type]
    instrument: str | None


class TopicOut(Answer):
    slug: str
    name: str
    synonyms: list[str]


class RegionOut(Answer):
    code: str
    name: str
    kind: choice(Region.Kind)  # type: ignore[valid-type]


class CountryOut(Answer):
    code: str
    name: str
    regions: list[str]


# --- The register ---------------------------------------------------------------------------------


class AreaOut(Answer):
    slug: str
    name: str
    kind: choice(CooperationArea.Kind)  # type: ignore[valid-type]
    resource_implications: bool
    description: str
    instruments: list[str]
    topics: list[str]


class ActivityOut(Answer):
    key: str
    area: str
    short_title: str
    text: str
    status: choice(Activity.Status)  # type: ignore[valid-type]
    cooperation_level: int
    resource_implications: bool
    lead_organizations: list[str]
    partner_organizations: list[str]
    other_partners: str
    period_text: str
    period_start: date | None
    period_end: date | None
    event_ids: list[int]
    outputs: str
    version: int
    # Staff only: absent otherwise.
    internal_notes: str | None = None


class MandateOut(Answer):
    id: int
    reference: str
    title: str
    kind: choice(Mandate.Kind)  # type: ignore[valid-type]
    status: choice(Mandate.Status)  # type: ignore[valid-type]
    body: str | None
    meeting_id: int | None
    meeting_text: str
    date: date | None
    url: str
    excerpt: str
    instruments: list[str]
    topics: list[str]
    areas: list[str]
    activities: list[str]


class FocalPointOut(Answer):
    id: int
    name: str
    position: str
    organization: str
    area: str
    mandate: str | None
    role: str
    # Staff only: absent otherwise.
    email: str | None = None
    phone: str | None = None
    notes: str | None = None


OrganizationPage = page_of(OrganizationOut, "OrganizationPage")
InstrumentPage = page_of(InstrumentOut, "InstrumentPage")
BodyPage = page_of(BodyOut, "BodyPage")
TopicPage = page_of(TopicOut, "TopicPage")
RegionPage = page_of(RegionOut, "RegionPage")
CountryPage = page_of(CountryOut, "CountryPage")
AreaPage = page_of(AreaOut, "AreaPage")
ActivityPage = page_of(ActivityOut, "ActivityPage")
MandatePage = page_of(MandateOut, "MandatePage")
FocalPointPage = page_of(FocalPointOut, "FocalPointPage")


# --- Alignment -------------------------------------------------------------------------------------


class Findings(Answer):
    clashes: list[dict[str, Any]]
    back_to_back: list[dict[str, Any]]
    missing_partners: list[dict[str, Any]]
    crowded_weeks: list[dict[str, Any]]
