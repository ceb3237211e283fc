"""The register as the task force's spreadsheet: export, and import back without loss.

One workbook, one sheet per kind of record (``SHEETS``), a header row of stable column names, one
record per row. Lists are written ``a; b; c`` with stable keys (area slugs, organization acronyms,
instrument codes, topic slugs, event UIDs, activity keys, mandate references); dates are date cells;
yes/no columns say ``yes`` or ``no``.

``import_workbook`` reads everything first and refuses the whole file, naming sheet, row and column
of every problem, before it writes anything; then it writes through the services in one transaction
and changes only the records whose values differ, so importing an unchanged export changes nothing.
It never deletes: a record missing from the file stays as it is. A row whose ``version`` is older
than the database's was edited by someone else since the export and is refused (conflict protection).

``internal`` columns (internal notes, contact details) are written only when asked (the command line
and staff); the public exports leave them out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook

from synergies.calendar.models import Event
from synergies.directory.models import Body, Instrument, Organization, Topic
from synergies.register import services
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory

if TYPE_CHECKING:
    from synergies.core.actors import Actor

LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Column:
    name: str
    internal: bool = False


SHEETS: dict[str, list[Column]] = {
    "Areas": [
        Column(n)
        for n in (
            "slug",
            "name",
            "kind",
            "order",
            "resource_implications",
            "description",
            "instruments",
            "topics",
        )
    ],
    "Activities": [
        *[
            Column(n)
            for n in (
                "key",
                "area",
                "order",
                "short_title",
                "text",
                "status",
                "cooperation_level",
                "resource_implications",
                "lead_organizations",
                "partner_organizations",
                "other_partners",
                "period_text",
                "period_start",
                "period_end",
                "events",
                "outputs",
            )
        ],
        Column("internal_notes", internal=True),
        Column("version"),
    ],
    "Mandates": [
        Column(n)
        for n in (
            "reference",
            "title",
            "kind",
            "status",
            "body",
            "meeting",
            "meeting_text",
            "date",
            "url",
            "excerpt",
            "instruments",
            "topics",
            "areas",
            "activities",
            "version",
        )
    ],
    "Focal points": [
        *[Column(n) for n in ("area", "organization", "name", "position", "role", "mandate")],
        Column("email", internal=True),
        Column("phone", internal=True),
    ],
    "Success stories": [Column(n) for n in ("title", "text", "area", "activity", "events", "published")],
}


def columns(sheet: str, *, internal: bool) -> list[str]:
    return [c.name for c in SHEETS[sheet] if internal or not c.internal]


# --- Export -------------------------------------------------------------------------------------


def _keys(objects: Iterable[Any], attribute: str) -> str:
    return LIST_SEPARATOR.join(sorted(str(getattr(obj, attribute)) for obj in objects))


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def activity_rows(activities: Iterable[Activity], *, internal: bool, visible_events: set[int] | None) -> list[list]:
    """Rows of the Activities sheet; ``visible_events`` limits the events named (``None``: all)."""
    rows = []
    for a in activities:
        events = [e for e in a.events.all() if visible_events is None or e.pk in visible_events]
        row: list[Any] = [
            a.key,
            a.area.slug,
            a.order,
            a.short_title,
            a.text,
            a.status,
            a.cooperation_level,
            _yes_no(a.resource_implications),
            _keys(a.lead_organizations.all(), "acronym"),
            _keys(a.partner_organizations.all(), "acronym"),
            a.other_partners,
            a.period_text,
            a.period_start,
            a.period_end,
            _keys(events, "uid"),
            a.outputs,
        ]
        if internal:
            row.append(a.internal_notes)
        row.append(a.version)
        rows.append(row)
    return rows


def _sheet_rows(internal: bool) -> dict[str, list[list]]:
    areas = CooperationArea.objects.prefetch_related("instruments", "topics").order_by("order", "slug")
    activities = Activity.objects.with_related().prefetch_related("events").order_by("area__order", "order", "key")
    mandates = Mandate.objects.select_related("body", "meeting").prefetch_related(
        "instruments", "topics", "areas", "activities"
    )
    focal_points = FocalPoint.objects.select_related("person__organization", "area", "mandate").order_by(
        "area__order", "person__organization__acronym", "person__name", "role"
    )
    stories = SuccessStory.objects.select_related("area", "activity").prefetch_related("events").order_by("title")
    return {
        "Areas": [
            [
                a.slug,
                a.name,
                a.kind,
                a.order,
                _yes_no(a.resource_implications),
                a.description,
                _keys(a.instruments.all(), "code"),
                _keys(a.topics.all(), "slug"),
            ]
            for a in areas
        ],
        "Activities": activity_rows(
            activities,
            internal=internal,
            visible_events=None if internal else set(Event.objects.public().values_list("pk", flat=True)),
        ),
        "Mandates": [
            [
                m.reference,
                m.title,
                m.kind,
                m.status,
                m.body.code if m.body else "",
                m.meeting.uid if m.meeting and (internal or m.meeting.visibility == Event.Visibility.PUBLIC) else "",
                m.meeting_text,
                m.date,
                m.url,
                m.excerpt,
                _keys(m.instruments.all(), "code"),
                _keys(m.topics.all(), "slug"),
                _keys(m.areas.all(), "slug"),
                _keys(m.activities.all(), "key"),
                m.version,
            ]
            for m in mandates
        ],
        "Focal points": [
            [
                f.area.slug,
                f.person.organization.acronym,
                f.person.name,
                f.person.position,
                f.role,
                f.mandate.reference if f.mandate else "",
                *([f.person.email, f.person.phone] if internal else []),
            ]
            for f in focal_points
        ],
        "Success stories": [
            [
                s.title,
                s.text,
                s.area.slug if s.area else "",
                s.activity.key if s.activity else "",
                _keys(s.events.all(), "uid"),
                _yes_no(s.published),
            ]
            for s in stories
            if internal or s.published
        ],
    }


CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def export_activities(activities: Iterable[Activity], *, fmt: str, internal: bool) -> bytes:
    """The Activities sheet alone, as CSV (UTF-8 with BOM, for Excel) or XLSX."""
    visible = None if internal else set(Event.objects.public().values_list("pk", flat=True))
    header = columns("Activities", internal=internal)
    rows = activity_rows(activities, internal=internal, visible_events=visible)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows([["" if cell is None else cell for cell in row] for row in rows])
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = "Activities"
    worksheet.append(header)
    for row in rows:
        worksheet.append(row)
    worksheet.freeze_panes = "A2"
    buffer_bytes = io.BytesIO()
    workbook.save(buffer_bytes)
    return buffer_bytes.getvalue()


def export_workbook(*, internal: bool) -> bytes:
    """The whole register as an XLSX workbook (internal columns only when ``internal``)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet, rows in _sheet_rows(internal).items():
        worksheet = workbook.create_sheet(sheet)
        worksheet.append(columns(sheet, internal=internal))
        for row in rows:
            worksheet.append(row)
        worksheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- Import -------------------------------------------------------------------------------------


class ImportRefused(Exception):
    """The workbook cannot be imported; ``problems`` name sheet, row and column. Nothing was changed."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class _Reader:
    """Reads cells of one sheet, collecting problems with their sheet, row and column."""

    def __init__(self, sheet: str, problems: list[str]) -> None:
        self.sheet = sheet
        self.problems = problems
        self.row = 0
        self.values: dict[str, Any] = {}

    def refuse(self, column: str, message: str) -> None:
        self.problems.append(
            _("Sheet “%(sheet)s”, row %(row)s, column “%(column)s”: %(message)s")
            % {"sheet": self.sheet, "row": self.row, "column": column, "message": message}
        )

    def text(self, column: str, *, required: bool = False) -> str:
        value = self.values.get(column)
        text = "" if value is None else str(value).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        if required and not text:
            self.refuse(column, _("this column must not be empty."))
        return text

    def choice(self, column: str, choices: Sequence[str]) -> str:
        text = self.text(column, required=True)
        if text and text not in choices:
            self.refuse(
                column, _("“%(value)s” is not one of: %(choices)s.") % {"value": text, "choices": ", ".join(choices)}
            )
        return text

    def integer(self, column: str, *, default: int | None = None) -> int | None:
        value = self.values.get(column)
        if value in (None, ""):
            return default
        try:
            number = int(str(value).strip())
        except ValueError:
            self.refuse(column, _("“%(value)s” is not a whole number.") % {"value": value})
            return default
        return number

    def yes_no(self, column: str) -> bool:
        text = self.text(column).lower()
        if text not in ("yes", "no", ""):
            self.refuse(column, _("write yes or no, not “%(value)s”.") % {"value": text})
        return text == "yes"

    def day(self, column: str) -> date | None:
        value = self.values.get(column)
        if value in (None, ""):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.refuse(column, _("“%(value)s” is not a date; write it as YYYY-MM-DD.") % {"value": value})
            return None

    def one(self, column: str, known: dict[str, Any], what: str) -> Any:
        text = self.text(column)
        if not text:
            return None
        if text not in known:
            self.refuse(column, _("unknown %(what)s “%(value)s”.") % {"what": what, "value": text})
            return None
        return known[text]

    def many(self, column: str, known: dict[str, Any], what: str) -> list[Any]:
        found = []
        for item in (part.strip() for part in self.text(column).split(";")):
            if not item:
                continue
            if item not in known:
                self.refuse(column, _("unknown %(what)s “%(value)s”.") % {"what": what, "value": item})
            else:
                found.append(known[item])
        return found


def _rows(workbook: Any, sheet: str, problems: list[str], *, internal: bool) -> Iterable[_Reader]:
    """Each data row of ``sheet`` as a reader, after checking the header names the expected columns."""
    if sheet not in workbook.sheetnames:
        problems.append(_("Sheet “%(sheet)s” is missing.") % {"sheet": sheet})
        return
    worksheet = workbook[sheet]
    rows = worksheet.iter_rows(values_only=True)
    header = [str(cell).strip() if cell is not None else "" for cell in next(rows, ())]
    expected = columns(sheet, internal=internal)
    required = columns(sheet, internal=False)
    missing = [name for name in required if name not in header]
    unknown = [name for name in header if name and name not in expected]
    if missing or unknown:
        if missing:
            problems.append(
                _("Sheet “%(sheet)s”, row 1: missing column(s) %(names)s.")
                % {"sheet": sheet, "names": ", ".join(missing)}
            )
        if unknown:
            problems.append(
                _("Sheet “%(sheet)s”, row 1: unknown column(s) %(names)s.")
                % {"sheet": sheet, "names": ", ".join(unknown)}
            )
        return
    for number, cells in enumerate(rows, start=2):
        if all(cell in (None, "") for cell in cells):
            continue
        reader = _Reader(sheet, problems)
        reader.row = number
        reader.values = dict(zip(header, cells, strict=False))
        yield reader


@dataclass
class _Plan:
    """Everything the workbook says, read and checked, ready to be written."""

    areas: list[tuple[int, services.AreaData]]
    activities: list[tuple[int, services.ActivityData, int | None, bool]]
    mandates: list[tuple[int, services.MandateData, int | None]]
    focal_points: list[tuple[int, dict[str, Any]]]
    stories: list[tuple[int, dict[str, Any]]]


def _lookup(model: Any, field: str) -> dict[str, Any]:
    return {getattr(obj, field): obj for obj in model.objects.all()}


def _read(workbook: Any, problems: list[str]) -> _Plan:
    organizations = _lookup(Organization, "acronym")
    instruments = _lookup(Instrument, "code")
    topics = _lookup(Topic, "slug")
    bodies = _lookup(Body, "code")
    events = _lookup(Event, "uid")
    areas: dict[str, Any] = _lookup(CooperationArea, "slug")
    plan = _Plan([], [], [], [], [])
    internal = False
    if "Activities" in workbook.sheetnames:
        header = next(workbook["Activities"].iter_rows(min_row=1, max_row=1, values_only=True), ())
        internal = "internal_notes" in [str(cell).strip() for cell in header if cell is not None]

    seen: set[str] = set()
    for r in _rows(workbook, "Areas", problems, internal=internal):
        slug = r.text("slug", required=True)
        if slug in seen:
            r.refuse("slug", _("the area “%(key)s” appears twice.") % {"key": slug})
        seen.add(slug)
        area_data = services.AreaData(
            slug=slug,
            name=r.text("name", required=True),
            kind=r.choice("kind", CooperationArea.Kind.values),
            order=r.integer("order", default=0) or 0,
            resource_implications=r.yes_no("resource_implications"),
            description=r.text("description"),
            instruments=r.many("instruments", instruments, _("instrument")),
            topics=r.many("topics", topics, _("topic")),
        )
        plan.areas.append((r.row, area_data))
        areas.setdefault(slug, slug)  # known to the rows below; created before them

    activity_keys = {a.key for a in Activity.objects.only("key")}
    seen = set()
    for r in _rows(workbook, "Activities", problems, internal=internal):
        key = r.text("key", required=True)
        if key in seen:
            r.refuse("key", _("the activity “%(key)s” appears twice.") % {"key": key})
        seen.add(key)
        level = r.integer("cooperation_level", default=1) or 1
        if level not in Activity.Level.values:
            r.refuse("cooperation_level", _("the cooperation level must be a whole number from 1 to 8."))
        activity_data = services.ActivityData(
            key=key,
            area=r.one("area", areas, _("area")) or None,  # type: ignore[arg-type]
            order=r.integer("order", default=0) or 0,
            short_title=r.text("short_title", required=True),
            text=r.text("text", required=True),
            status=r.choice("status", Activity.Status.values),
            cooperation_level=level,
            resource_implications=r.yes_no("resource_implications"),
            lead_organizations=r.many("lead_organizations", organizations, _("organization")),
            partner_organizations=r.many("partner_organizations", organizations, _("organization")),
            other_partners=r.text("other_partners"),
            period_text=r.text("period_text"),
            period_start=r.day("period_start"),
            period_end=r.day("period_end"),
            events=r.many("events", events, _("event UID")),
            outputs=r.text("outputs"),
            internal_notes=r.text("internal_notes") if internal else "",
        )
        if activity_data.area is None and r.text("area") == "":
            r.refuse("area", _("this column must not be empty."))
        plan.activities.append((r.row, activity_data, r.integer("version"), internal))
        activity_keys.add(key)

    known_activities: dict[str, Any] = {key: key for key in activity_keys}
    seen = set()
    for r in _rows(workbook, "Mandates", problems, internal=internal):
        reference = r.text("reference", required=True)
        if reference in seen:
            r.refuse("reference", _("the mandate “%(key)s” appears twice.") % {"key": reference})
        seen.add(reference)
        mandate_data = services.MandateData(
            reference=reference,
            title=r.text("title", required=True),
            kind=r.choice("kind", Mandate.Kind.values),
            status=r.choice("status", Mandate.Status.values),
            body=r.one("body", bodies, _("body")),
            meeting=r.one("meeting", events, _("event UID")),
            meeting_text=r.text("meeting_text"),
            date=r.day("date"),
            url=r.text("url"),
            excerpt=r.text("excerpt"),
            instruments=r.many("instruments", instruments, _("instrument")),
            topics=r.many("topics", topics, _("topic")),
            areas=r.many("areas", areas, _("area")),
            activities=r.many("activities", known_activities, _("activity")),
        )
        plan.mandates.append((r.row, mandate_data, r.integer("version")))

    references: dict[str, Any] = {m: m for m in Mandate.objects.values_list("reference", flat=True)}
    references.update({planned.reference: planned.reference for _row, planned, _v in plan.mandates})
    for r in _rows(workbook, "Focal points", problems, internal=internal):
        plan.focal_points.append(
            (
                r.row,
                {
                    "area": r.one("area", areas, _("area")),
                    "organization": r.one("organization", organizations, _("organization")),
                    "name": r.text("name", required=True),
                    "position": r.text("position"),
                    "role": r.text("role"),
                    "mandate": r.one("mandate", references, _("mandate")),
                    "email": r.text("email") if internal else None,
                    "phone": r.text("phone") if internal else None,
                },
            )
        )
    for r in _rows(workbook, "Success stories", problems, internal=internal):
        plan.stories.append(
            (
                r.row,
                {
                    "title": r.text("title", required=True),
                    "text": r.text("text", required=True),
                    "area": r.one("area", areas, _("area")),
                    "activity": r.one("activity", known_activities, _("activity")),
                    "events": r.many("events", events, _("event UID")),
                    "published": r.yes_no("published"),
                },
            )
        )
    return plan


def _signature(value: Any) -> Any:
    """A comparable form of a data record: related objects by primary key, lists as sorted tuples."""
    if isinstance(value, list | tuple):
        return tuple(sorted(_signature(item) for item in value))
    if hasattr(value, "_meta"):
        return (value._meta.label, value.pk)
    if value is None:
        return ""
    return value


def _same(first: Any, second: Any) -> bool:
    return all(
        _signature(getattr(first, name)) == _signature(getattr(second, name)) for name in first.__dataclass_fields__
    )


def _refusal(sheet: str, row: int, error: ValidationError) -> list[str]:
    messages = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
    return [
        _("Sheet “%(sheet)s”, row %(row)s, column “%(column)s”: %(message)s")
        % {"sheet": sheet, "row": row, "column": column, "message": message}
        for column, items in messages.items()
        for message in items
    ]


def import_workbook(content: bytes, *, by: Actor, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Import an exported (and edited) workbook; returns how many areas, activities and mandates were
    created, changed and left unchanged.

    Raises ``ImportRefused`` naming every problem; then nothing was changed. ``by`` is the acting user
    (``SYSTEM`` for the ``import-register`` command): every row is written through the services, which
    refuse (``PermissionDenied``, nothing changed) what ``by`` may not write.
    """
    say = progress or (lambda message: None)
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise ImportRefused([_("The file is not an Excel workbook (.xlsx): %(error)s") % {"error": error}]) from error
    problems: list[str] = []
    plan = _read(workbook, problems)
    if problems:
        raise ImportRefused(problems)
    counts = {"created": 0, "changed": 0, "unchanged": 0}
    with transaction.atomic():  # a refusal raised inside rolls every write back
        _apply(plan, counts, problems, by, say)
        if problems:
            raise ImportRefused(problems)
    return counts


def _count(counts: dict[str, int], created: bool, changed: bool) -> None:
    counts["created" if created else "changed" if changed else "unchanged"] += 1


def _apply(plan: _Plan, counts: dict[str, int], problems: list[str], by: Actor, say: Callable[[str], None]) -> None:
    say(_("Areas"))
    areas = _lookup(CooperationArea, "slug")
    for row, area_data in plan.areas:
        existing_area = areas.get(area_data.slug)
        if existing_area is not None and _same(area_data, services.AreaData.from_area(existing_area)):
            _count(counts, False, False)
            continue
        try:
            areas[area_data.slug] = (
                services.create_area(area_data, by=by)
                if existing_area is None
                else services.update_area(existing_area, area_data, by=by)
            )
        except ValidationError as error:
            problems.extend(_refusal("Areas", row, error))
            continue
        _count(counts, existing_area is None, True)

    say(_("Activities"))
    activities = {a.key: a for a in Activity.objects.select_related("area")}
    for row, data, version, internal in plan.activities:
        if isinstance(data.area, str):
            data.area = areas[data.area]
        existing = activities.get(data.key)
        if existing is not None and not internal:
            # A file without internal columns says nothing about internal notes and internal events: keep them.
            data.internal_notes = existing.internal_notes
            data.events = [*data.events, *existing.events.exclude(visibility=Event.Visibility.PUBLIC)]
        try:
            if existing is None:
                activities[data.key] = services.create_activity(data, by=by)
                _count(counts, True, True)
            elif _same(data, services.ActivityData.from_activity(existing)):
                _count(counts, False, False)
            else:
                if version is not None and version != existing.version:
                    problems.append(
                        _(
                            "Sheet “Activities”, row %(row)s, column “version”: the activity was changed in the "
                            "register since this file was exported (version %(now)s, the file has %(file)s); export "
                            "again and redo the change."
                        )
                        % {"row": row, "now": existing.version, "file": version}
                    )
                    continue
                services.update_activity(
                    existing, data, expected_version=existing.version, by=by, reason=_("Imported from a spreadsheet")
                )
                _count(counts, False, True)
        except ValidationError as error:
            problems.extend(_refusal("Activities", row, error))

    say(_("Mandates"))
    mandates = {m.reference: m for m in Mandate.objects.all()}
    for row, mandate_data, version in plan.mandates:
        mandate_data.areas = [areas[a] if isinstance(a, str) else a for a in mandate_data.areas]
        mandate_data.activities = [activities[str(key)] for key in mandate_data.activities]
        existing_mandate = mandates.get(mandate_data.reference)
        try:
            if existing_mandate is None:
                mandates[mandate_data.reference] = services.create_mandate(mandate_data, by=by)
                _count(counts, True, True)
            elif _same(mandate_data, services.MandateData.from_mandate(existing_mandate)):
                _count(counts, False, False)
            elif version is not None and version != existing_mandate.version:
                problems.append(
                    _(
                        "Sheet “Mandates”, row %(row)s, column “version”: the mandate was changed in the register "
                        "since this file was exported (version %(now)s, the file has %(file)s); export again and "
                        "redo the change."
                    )
                    % {"row": row, "now": existing_mandate.version, "file": version}
                )
            else:
                services.update_mandate(
                    existing_mandate, mandate_data, expected_version=existing_mandate.version, by=by
                )
                _count(counts, False, True)
        except ValidationError as error:
            problems.extend(_refusal("Mandates", row, error))

    say(_("Focal points and success stories"))
    for row, item in plan.focal_points:
        area = areas[item["area"]] if isinstance(item["area"], str) else item["area"]
        mandate = mandates.get(item["mandate"]) if item["mandate"] else None
        try:
            services.create_or_update_focal_point(
                by=by,
                organization=item["organization"],
                name=item["name"],
                area=area,
                role=item["role"],
                position=item["position"],
                mandate=mandate,
                email=item["email"],
                phone=item["phone"],
            )
        except ValidationError as error:
            problems.extend(_refusal("Focal points", row, error))
    stories = {s.title: s for s in SuccessStory.objects.all()}
    for row, item in plan.stories:
        area = areas[item["area"]] if isinstance(item["area"], str) else item["area"]
        try:
            story = services.StoryData(
                title=item["title"],
                text=item["text"],
                published=item["published"],
                area=area,
                activity=activities.get(item["activity"]) if item["activity"] else None,
                events=item["events"],
            )
            existing_story = stories.get(item["title"])
            if existing_story is None:
                services.create_success_story(story, by=by)
            else:
                services.update_success_story(existing_story, story, by=by)
        except ValidationError as error:
            problems.extend(_refusal("Success stories", row, error))
