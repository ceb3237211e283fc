"""Load the demo data set (``synergies.demo.data``) into the database.

Organizations are saved through ``synergies.directory.services.save_entry`` as ``SYSTEM``; every
event goes through ``synergies.calendar.services.create_event`` and ``link_back_to_back``, so the
demo data obeys the same rules, history and time handling as data people enter.

The whole load runs in one transaction and refuses to run twice: a database that already holds the
demo set (a ``DemoDataset`` row) or any of its organizations is left untouched.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

import pycountry
from django.db import transaction

from synergies.calendar.models import UN_LANGUAGES, Event
from synergies.calendar.services import EventData, create_event, is_known_timezone, link_back_to_back
from synergies.core.actors import SYSTEM
from synergies.core.models import DemoDataset
from synergies.demo.data.events import EVENTS, EventRecord
from synergies.demo.data.organizations import ORGANIZATIONS, OrganizationRecord
from synergies.directory.data import vocabulary
from synergies.directory.models import Body, Country, Instrument, Organization, Region, Topic
from synergies.directory.services import save_entry

#: Every demo event has a stable iCalendar UID derived from its key, so it can be recognised later.
DEMO_UID_TEMPLATE = "demo-{key}@synergies"

#: Notes on internal events must say that they are illustrative, not real coordination records.
INTERNAL_NOTE_PREFIX = "Illustrative internal note (demo): "

DEMO_DESCRIPTION = (
    "Demo data set: real organizations and meetings of the chemicals and waste cluster, "
    "checked against public sources (see docs/demo-data.md)."
)

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_MINUTE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")

_ATTENDANCE = {choice.value for choice in Event.AttendanceMode}
_STATUS = {choice.value for choice in Event.Status}
_VISIBILITY = {choice.value for choice in Event.Visibility}
_KINDS = {choice.value for choice in Event.Kind}
_ORGANIZATION_KINDS = {choice.value for choice in Organization.Kind}


class DemoDataError(Exception):
    """The demo data set cannot be loaded; nothing was written."""


class DemoDataAlreadyLoaded(DemoDataError):
    """The database already holds the demo data set."""


def demo_uid(key: str) -> str:
    return DEMO_UID_TEMPLATE.format(key=key)


# --- Reading the records ----------------------------------------------------------------------


def parse_when(start: str, end: str) -> tuple[date | datetime, date | datetime, str, bool]:
    """``(start, end, date_precision, all_day)`` for a record's ``start``/``end`` strings.

    "2015-05-04" is a day, "2015-03" a whole month (first to last day) and "2026-05-19T14:00" a
    local time in the event's zone. Both ends must use the same form.
    """
    if _DAY.match(start) and _DAY.match(end):
        return date.fromisoformat(start), date.fromisoformat(end), Event.DatePrecision.DAY, True
    if _MONTH.match(start) and _MONTH.match(end):
        first = date.fromisoformat(f"{start}-01")
        last_year, last_month = (int(part) for part in end.split("-"))
        last = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
        return first, last, Event.DatePrecision.MONTH, True
    if _MINUTE.match(start) and _MINUTE.match(end):
        # Naive on purpose: create_event reads naive times in the event's own time zone.
        return datetime.fromisoformat(start), datetime.fromisoformat(end), Event.DatePrecision.DAY, False
    raise ValueError(f"start {start!r} and end {end!r} must both be days, months or local times")


def _problems_in_organizations(
    records: list[OrganizationRecord], region_codes: set[str], country_codes: set[str]
) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    for record in records:
        acronym = record["acronym"]
        where = f"organization {acronym}"
        if acronym in seen:
            problems.append(f"{where}: the acronym is used twice")
        if record["parent"] is not None and record["parent"] not in seen:
            problems.append(f"{where}: parent {record['parent']!r} is not listed before it")
        seen.add(acronym)
        if record["kind"] not in _ORGANIZATION_KINDS:
            problems.append(f"{where}: unknown kind {record['kind']!r}")
        if record["country"] not in country_codes:
            problems.append(f"{where}: unknown country {record['country']!r}")
        problems += [
            f"{where}: unknown region {code!r}" for code in record["regions_served"] if code not in region_codes
        ]
    return problems


def _unknown(where: str, what: str, values: Iterable[str], known: set[str]) -> list[str]:
    return [f"{where}: unknown {what} {value!r}" for value in values if value not in known]


def _problems_in_event(record: EventRecord, keys: set[str], acronyms: set[str], country_codes: set[str]) -> list[str]:
    where = f"event {record['key']}"
    problems: list[str] = []
    try:
        start, end, _, _ = parse_when(record["start"], record["end"])
    except ValueError as error:
        problems.append(f"{where}: {error}")
    else:
        if end < start:
            problems.append(f"{where}: ends before it starts")
    if not is_known_timezone(record["timezone"]):
        problems.append(f"{where}: unknown time zone {record['timezone']!r}")
    attendance = record.get("attendance", "in_person")
    if attendance == "online" and record["timezone"] != "UTC":
        problems.append(f"{where}: online-only events use the UTC time zone")
    if attendance == "online" and record.get("country"):
        problems.append(f"{where}: online-only events have no country")
    for field, value, allowed in (
        ("kind", record["kind"], _KINDS),
        ("attendance", attendance, _ATTENDANCE),
        ("status", record.get("status", "confirmed"), _STATUS),
        ("visibility", record.get("visibility", "public"), _VISIBILITY),
    ):
        if value not in allowed:
            problems.append(f"{where}: unknown {field} {value!r}")
    country = record.get("country")
    if country is not None and country not in country_codes:
        problems.append(f"{where}: unknown country {country!r}")
    if not record["organizers"]:
        problems.append(f"{where}: no lead organizer")
    problems += _unknown(where, "organizer", [*record["organizers"], *record.get("co_organizers", [])], acronyms)
    problems += _unknown(
        where, "instrument", record.get("instruments", []), {item["code"] for item in vocabulary.INSTRUMENTS}
    )
    problems += _unknown(where, "body", record.get("bodies", []), {item[0] for item in vocabulary.BODIES})
    problems += _unknown(where, "topic", record.get("topics", []), {item[0] for item in vocabulary.TOPICS})
    problems += _unknown(where, "region", record.get("regions", []), {item[0] for item in vocabulary.REGIONS})
    problems += _unknown(where, "country", record.get("countries", []), country_codes)
    problems += _unknown(where, "language", record.get("languages", []), set(UN_LANGUAGES))
    parent = record.get("parent")
    if parent is not None and (parent not in keys or parent == record["key"]):
        problems.append(f"{where}: parent {parent!r} is not another event's key")
    problems += [
        f"{where}: back-to-back key {key!r} is not another event's key"
        for key in record.get("back_to_back", [])
        if key not in keys or key == record["key"]
    ]
    notes = record.get("internal_notes", "")
    if notes and not notes.startswith(INTERNAL_NOTE_PREFIX):
        problems.append(f"{where}: internal notes must start with {INTERNAL_NOTE_PREFIX!r}")
    if not record["checked"].strip():
        problems.append(f"{where}: say where the facts were checked")
    return problems


def find_problems(
    organizations: list[OrganizationRecord] | None = None,
    events: list[EventRecord] | None = None,
) -> list[str]:
    """Everything wrong with the data set, one plain sentence each; an empty list when it can load.

    Needs no database: keys, references, vocabulary codes, countries, zones and dates are
    checked against the code that defines them.
    """
    organizations = ORGANIZATIONS if organizations is None else organizations
    events = EVENTS if events is None else events
    country_codes = {record.alpha_2 for record in pycountry.countries}
    region_codes = {item[0] for item in vocabulary.REGIONS}
    problems = _problems_in_organizations(organizations, region_codes, country_codes)
    acronyms = {record["acronym"] for record in organizations}
    keys = [record["key"] for record in events]
    problems += [f"event {key}: the key is used twice" for key in sorted({k for k in keys if keys.count(k) > 1})]
    for record in events:
        problems += _problems_in_event(record, set(keys), acronyms, country_codes)
    return problems


# --- Writing ----------------------------------------------------------------------------------


def _by(model: Any, field_name: str) -> dict[str, Any]:
    return {getattr(obj, field_name): obj for obj in model.objects.all()}


def _in_dependency_order(records: list[Any], key: str, parent: str) -> list[Any]:
    """Records with every parent before its children (parents may be listed anywhere)."""
    done: set[str] = set()
    ordered: list[Any] = []
    pending = list(records)
    while pending:
        ready = [record for record in pending if not record.get(parent) or record[parent] in done]
        if not ready:
            raise DemoDataError("Parent references form a cycle: " + ", ".join(r[key] for r in pending))
        for record in ready:
            ordered.append(record)
            done.add(record[key])
        pending = [record for record in pending if record[key] not in done]
    return ordered


def _create_organizations(records: list[OrganizationRecord], countries: dict[str, Country]) -> dict[str, Organization]:
    regions = _by(Region, "code")
    created: dict[str, Organization] = {}
    for record in _in_dependency_order(list(records), "acronym", "parent"):
        organization = Organization(
            acronym=record["acronym"],
            name=record["name"],
            kind=record["kind"],
            parent=created[record["parent"]] if record["parent"] else None,
            city=record["city"],
            country=countries[record["country"]],
            website=record["website"],
        )
        save_entry(organization, by=SYSTEM)
        organization.regions_served.set(regions[code] for code in record["regions_served"])
        created[record["acronym"]] = organization
    return created


def _event_data(record: EventRecord, lookups: dict[str, dict[str, Any]], parent: Event | None) -> EventData:
    start, end, precision, all_day = parse_when(record["start"], record["end"])
    organizations = lookups["organizations"]
    country = record.get("country")
    return EventData(
        uid=demo_uid(record["key"]),
        title=record["title"],
        start=start,
        end=end,
        all_day=all_day,
        date_precision=precision,
        timezone=record["timezone"],
        kind=record["kind"],
        status=record.get("status", Event.Status.CONFIRMED),
        visibility=record.get("visibility", Event.Visibility.PUBLIC),
        attendance_mode=record.get("attendance", Event.AttendanceMode.IN_PERSON),
        venue=record.get("venue", ""),
        city=record.get("city", ""),
        country=lookups["countries"][country] if country else None,
        lead_organizers=[organizations[acronym] for acronym in record["organizers"]],
        co_organizers=[organizations[acronym] for acronym in record.get("co_organizers", [])],
        instruments=[lookups["instruments"][code] for code in record.get("instruments", [])],
        bodies=[lookups["bodies"][code] for code in record.get("bodies", [])],
        topics=[lookups["topics"][slug] for slug in record.get("topics", [])],
        target_regions=[lookups["regions"][code] for code in record.get("regions", [])],
        target_countries=[lookups["countries"][code] for code in record.get("countries", [])],
        languages=record.get("languages", []),
        parent=parent,
        website=record.get("website", ""),
        description=record.get("description", ""),
        internal_notes=record.get("internal_notes", ""),
    )


def _create_events(
    records: list[EventRecord], lookups: dict[str, dict[str, Any]], report: Callable[[str], None]
) -> dict[str, Event]:
    created: dict[str, Event] = {}
    ordered = _in_dependency_order(list(records), "key", "parent")
    for number, record in enumerate(ordered, start=1):
        parent_key = record.get("parent")
        created[record["key"]] = create_event(
            _event_data(record, lookups, created[parent_key] if parent_key else None), by=SYSTEM
        )
        if number % 25 == 0 or number == len(ordered):
            report(f"Created {number} of {len(ordered)} events…")
    return created


def _back_to_back_pairs(records: list[EventRecord]) -> list[tuple[str, str]]:
    pairs = {tuple(sorted((record["key"], other))) for record in records for other in record.get("back_to_back", [])}
    return sorted((first, second) for first, second in pairs)


def load_demo_data(progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Load the demo data set in one transaction and say how many of each thing were created.

    Refuses (``DemoDataAlreadyLoaded``) when the database already holds it, and refuses
    (``DemoDataError``) when the data set has a problem or one of its organizations exists already;
    in both cases nothing is written.
    """
    report = progress or (lambda message: None)
    if DemoDataset.objects.exists():
        raise DemoDataAlreadyLoaded("The demo data set is already loaded in this database; nothing was changed.")
    problems = find_problems()
    if problems:
        raise DemoDataError("The demo data set has problems; nothing was loaded:\n" + "\n".join(problems))
    with transaction.atomic():
        clashing = sorted(
            Organization.objects.filter(acronym__in=[r["acronym"] for r in ORGANIZATIONS]).values_list(
                "acronym", flat=True
            )
        )
        if clashing:
            raise DemoDataError(
                "This database already has organizations with the demo set's acronyms ("
                + ", ".join(clashing)
                + "); the demo data set is meant for an empty database. Nothing was loaded."
            )
        report("Creating organizations…")
        countries = _by(Country, "code")
        lookups: dict[str, dict[str, Any]] = {
            "organizations": _create_organizations(ORGANIZATIONS, countries),
            "countries": countries,
            "instruments": _by(Instrument, "code"),
            "bodies": _by(Body, "code"),
            "topics": _by(Topic, "slug"),
            "regions": _by(Region, "code"),
        }
        events = _create_events(EVENTS, lookups, report)
        report("Linking meetings held back to back…")
        pairs = _back_to_back_pairs(EVENTS)
        for first, second in pairs:
            link_back_to_back(events[first], events[second], by=SYSTEM)
        DemoDataset.objects.create(description=DEMO_DESCRIPTION)
    return {"organizations": len(ORGANIZATIONS), "events": len(events), "back-to-back links": len(pairs)}
