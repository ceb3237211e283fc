"""Records as the API shows them: plain dicts in the shapes of ``schemas.py``.

Each function takes what the caller may see into account: internal events and fields (notes,
contacts) only for staff; the querysets here read every relation a page shows in a constant number
of queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest

from synergies.accounts import policy
from synergies.calendar import queries, wording
from synergies.calendar.models import Event, EventLink, EventOrganizer, EventQuerySet
from synergies.directory.models import Body, Country, Instrument, Organization, Person, Region, Topic
from synergies.federation.provenance import public_sources
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate


def _codes(model: Any, field: str) -> QuerySet[Any]:
    return model.objects.only("pk", field)


def events_for_api(user: Any) -> EventQuerySet:
    """The events ``user`` may see, with their country (the rest comes from :class:`EventRelations`)."""
    return queries.visible_events(user)


def _grouped(rows: Iterable[tuple[Any, ...]]) -> dict[int, list[Any]]:
    """``(event_id, value...)`` rows as lists of values per event, in the rows' order."""
    grouped: dict[int, list[Any]] = defaultdict(list)
    for event_id, *values in rows:
        grouped[event_id].append(values[0] if len(values) == 1 else tuple(values))
    return grouped


def _keys_of(ids: list[int], relation: str, key: str) -> dict[int, list[str]]:
    """The stable keys of one many-to-many relation of the events, in the related model's order."""
    field = Event._meta.get_field(relation)
    target = field.m2m_reverse_field_name()  # type: ignore[union-attr]
    ordering = [f"{target}__{name}" for name in field.related_model._meta.ordering]  # type: ignore[union-attr]
    through = field.remote_field.through  # type: ignore[union-attr]
    rows = through.objects.filter(event_id__in=ids).order_by(*ordering).values_list("event_id", f"{target}__{key}")
    return _grouped(rows)


class EventRelations:
    """Everything an event object shows beyond its own row, for a whole page: one query per relation.

    Plain ``values_list`` rows rather than ``prefetch_related``: a prefetch builds a queryset and model
    instances per event and relation, which cost several times the rest of an API page.
    """

    def __init__(self, events: Sequence[Event], user: Any) -> None:
        ids = [event.pk for event in events]
        self.keys = {
            relation: _keys_of(ids, relation, key)
            for relation, key in (
                ("instruments", "code"),
                ("bodies", "code"),
                ("topics", "slug"),
                ("target_regions", "code"),
                ("target_countries", "code"),
            )
        }
        self.organizers = _grouped(
            EventOrganizer.objects.filter(event_id__in=ids)
            .order_by("-role", "position")
            .values_list("event_id", "organization__acronym", "organization__name", "role")
        )
        links = EventLink.objects.filter(event_id__in=ids).order_by("kind", "title")
        self.links = _grouped(links.values_list("event_id", "kind", "title", "url"))
        # Only links to events the reader may see: an internal event's id is not public either.
        internal = policy.sees_internal(user)
        pairs = Event.back_to_back_with.through.objects.filter(from_event_id__in=ids).order_by("to_event_id")
        if not internal:
            pairs = pairs.filter(to_event__visibility=Event.Visibility.PUBLIC)
        self.back_to_back = _grouped(pairs.values_list("from_event_id", "to_event_id"))
        parents = {event.parent_id for event in events if event.parent_id is not None}
        self.visible_parents = (
            parents if internal else set(Event.objects.public().filter(pk__in=parents).values_list("pk", flat=True))
        )
        self.sources = public_sources(events)


def display(event: Event, organizers: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """The event in words, as every other output writes it (``synergies.calendar.wording``)."""
    return {
        "dates": wording.dates(event),
        "when": wording.when(event),
        "place": wording.place(event),
        "organizers": wording.organizer_list(organizers),
    }


def event_as_dict(event: Event, request: HttpRequest, *, internal: bool, related: EventRelations) -> dict[str, Any]:
    pk = event.pk
    organizers = related.organizers.get(pk, [])
    item: dict[str, Any] = {
        "id": pk,
        "uid": event.uid,
        "version": event.version,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "title": event.title,
        "description": event.description,
        "kind": event.kind,
        "status": event.status,
        "attendance_mode": event.attendance_mode,
        "all_day": event.all_day,
        "date_precision": event.date_precision,
        "start_date": event.start_date,
        "end_date": event.end_date,
        "start_at": event.local_start,
        "end_at": event.local_end,
        "timezone": event.timezone,
        "venue": event.venue,
        "city": event.city,
        "country": event.country.code if event.country else None,
        "online_url": event.online_url,
        "organizers": [{"acronym": acronym, "name": name, "role": role} for acronym, name, role in organizers],
        **{relation: keys.get(pk, []) for relation, keys in related.keys.items()},
        "languages": list(event.languages),
        "parent_id": event.parent_id if event.parent_id in related.visible_parents else None,
        "back_to_back_ids": related.back_to_back.get(pk, []),
        "website": event.website,
        "registration_url": event.registration_url,
        "links": [{"kind": kind, "title": title, "url": url} for kind, title, url in related.links.get(pk, [])],
        "sources": related.sources.get(pk, []),
        "updated": event.updated_at,
        "display": display(event, organizers),
    }
    if internal:
        item.update(
            {
                "visibility": event.visibility,
                "internal_notes": event.internal_notes,
                "contact_name": event.contact_name,
                "contact_email": event.contact_email,
            }
        )
    return item


def events_as_dicts(events: Sequence[Event], request: HttpRequest, user: Any) -> list[dict[str, Any]]:
    """A page of events, with their relations and provenance read once for the whole page."""
    internal = policy.sees_internal(user)
    related = EventRelations(events, user)
    return [event_as_dict(event, request, internal=internal, related=related) for event in events]


# --- Reference data ---------------------------------------------------------------------------------


def organizations() -> QuerySet[Organization]:
    return (
        Organization.objects.select_related("parent", "country")
        .prefetch_related(
            Prefetch("regions_served", queryset=_codes(Region, "code")),
            Prefetch("countries_served", queryset=_codes(Country, "code")),
        )
        .order_by("acronym")
    )


def organization_as_dict(org: Organization) -> dict[str, Any]:
    return {
        "acronym": org.acronym,
        "name": org.name,
        "kind": org.kind,
        "parent": org.parent.acronym if org.parent else None,
        "city": org.city,
        "country": org.country.code if org.country else None,
        "regions_served": [r.code for r in org.regions_served.all()],
        "countries_served": [c.code for c in org.countries_served.all()],
        "website": org.website,
    }


def instrument_as_dict(obj: Instrument) -> dict[str, Any]:
    return {"code": obj.code, "name": obj.name, "short_name": obj.short_name, "website": obj.website}


def body_as_dict(obj: Body) -> dict[str, Any]:
    return {
        "code": obj.code,
        "name": obj.name,
        "acronym": obj.acronym,
        "kind": obj.kind,
        "instrument": obj.instrument.code if obj.instrument else None,
    }


def topic_as_dict(obj: Topic) -> dict[str, Any]:
    synonyms = [word.strip() for word in obj.synonyms.split(",") if word.strip()]
    return {"slug": obj.slug, "name": obj.name, "synonyms": synonyms}


def region_as_dict(obj: Region) -> dict[str, Any]:
    return {"code": obj.code, "name": obj.name, "kind": obj.kind}


def countries() -> QuerySet[Country]:
    return Country.objects.prefetch_related(Prefetch("regions", queryset=_codes(Region, "code"))).order_by("code")


def country_as_dict(obj: Country) -> dict[str, Any]:
    return {"code": obj.code, "name": obj.name, "regions": [r.code for r in obj.regions.all()]}


# --- The register -----------------------------------------------------------------------------------


def areas() -> QuerySet[CooperationArea]:
    return CooperationArea.objects.prefetch_related(
        Prefetch("instruments", queryset=_codes(Instrument, "code")),
        Prefetch("topics", queryset=_codes(Topic, "slug")),
    )


def area_as_dict(obj: CooperationArea) -> dict[str, Any]:
    return {
        "slug": obj.slug,
        "name": obj.name,
        "kind": obj.kind,
        "resource_implications": obj.resource_implications,
        "description": obj.description,
        "instruments": [i.code for i in obj.instruments.all()],
        "topics": [t.slug for t in obj.topics.all()],
    }


def activities(user: Any) -> QuerySet[Activity]:
    return Activity.objects.select_related("area").prefetch_related(
        Prefetch("lead_organizations", queryset=_codes(Organization, "acronym")),
        Prefetch("partner_organizations", queryset=_codes(Organization, "acronym")),
        Prefetch("events", queryset=Event.objects.visible_to(user).only("pk").order_by("pk")),
    )


def activity_as_dict_for(obj: Activity, internal: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "key": obj.key,
        "area": obj.area.slug,
        "short_title": obj.short_title,
        "text": obj.text,
        "status": obj.status,
        "cooperation_level": obj.cooperation_level,
        "resource_implications": obj.resource_implications,
        "lead_organizations": [o.acronym for o in obj.lead_organizations.all()],
        "partner_organizations": [o.acronym for o in obj.partner_organizations.all()],
        "other_partners": obj.other_partners,
        "period_text": obj.period_text,
        "period_start": obj.period_start,
        "period_end": obj.period_end,
        "event_ids": [e.pk for e in obj.events.all()],
        "outputs": obj.outputs,
        "version": obj.version,
    }
    if internal:
        item["internal_notes"] = obj.internal_notes
    return item


def mandates() -> QuerySet[Mandate]:
    return Mandate.objects.select_related("body", "meeting").prefetch_related(
        Prefetch("instruments", queryset=_codes(Instrument, "code")),
        Prefetch("topics", queryset=_codes(Topic, "slug")),
        Prefetch("areas", queryset=_codes(CooperationArea, "slug")),
        Prefetch("activities", queryset=Activity.objects.only("pk", "key")),
    )


def mandate_as_dict_for(obj: Mandate, internal: bool) -> dict[str, Any]:
    meeting_visible = obj.meeting is not None and (internal or obj.meeting.visibility == Event.Visibility.PUBLIC)
    return {
        "id": obj.pk,
        "reference": obj.reference,
        "title": obj.title,
        "kind": obj.kind,
        "status": obj.status,
        "body": obj.body.code if obj.body else None,
        "meeting_id": obj.meeting_id if meeting_visible else None,
        "meeting_text": obj.meeting_text,
        "date": obj.date,
        "url": obj.url,
        "excerpt": obj.excerpt,
        "instruments": [i.code for i in obj.instruments.all()],
        "topics": [t.slug for t in obj.topics.all()],
        "areas": [a.slug for a in obj.areas.all()],
        "activities": [a.key for a in obj.activities.all()],
    }


def focal_points() -> QuerySet[FocalPoint]:
    return FocalPoint.objects.select_related("person__organization", "area", "mandate").order_by(
        "area__order", "person__organization__acronym", "person__name", "pk"
    )


def focal_point_as_dict_for(obj: FocalPoint, internal: bool) -> dict[str, Any]:
    person: Person = obj.person
    item: dict[str, Any] = {
        "id": obj.pk,
        "name": person.name,
        "position": person.position,
        "organization": person.organization.acronym,
        "area": obj.area.slug,
        "mandate": obj.mandate.reference if obj.mandate else None,
        "role": obj.role,
    }
    if internal:
        item.update({"email": person.email, "phone": person.phone, "notes": person.notes})
    return item
