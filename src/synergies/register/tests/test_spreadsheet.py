"""The register as a spreadsheet: exact round trip, refusals that name sheet, row and column, and exports
that leak nothing internal."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from openpyxl import Workbook, load_workbook

from synergies.core.actors import SYSTEM
from synergies.register import services
from synergies.register.loader import load_register
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory
from synergies.register.spreadsheet import ImportRefused, export_workbook, import_workbook
from synergies.testing import make_activity, make_area, make_event, make_mandate, make_organization

pytestmark = pytest.mark.django_db

SECRET_NOTE = "Internal note: budget still open (synthetic)"
SECRET_EMAIL = "focal.point@example.org"


def cells(content: bytes) -> dict[str, list[tuple]]:
    workbook = load_workbook(io.BytesIO(content))
    return {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in workbook.worksheets}


def edit(content: bytes, sheet: str, row: int, column: str, value: Any) -> bytes:
    workbook = load_workbook(io.BytesIO(content))
    worksheet = workbook[sheet]
    header = [cell.value for cell in worksheet[1]]
    worksheet.cell(row=row, column=header.index(column) + 1).value = value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def small_register() -> dict[str, Any]:
    lead, partner = make_organization("LEADORG"), make_organization("PARTNERORG")
    area = make_area(slug="test-area", name="Test area (synthetic)")
    public_event = make_event(title="Public workshop (synthetic)", lead_organizers=[lead])
    internal_event = make_event(title="Internal call (synthetic)", lead_organizers=[lead], visibility="internal")
    activity = make_activity(
        key="test-activity",
        area=area,
        lead_organizations=[lead],
        partner_organizations=[partner],
        internal_notes=SECRET_NOTE,
        events=[public_event, internal_event],
        period_start=date(2030, 3, 1),
        period_end=date(2030, 4, 30),
        period_text="March–April 2030",
    )
    make_activity(key="test-activity-2", area=area, lead_organizations=[partner], status="potential")
    make_mandate(
        reference="TEST-1/1",
        areas=[area],
        activities=[activity],
        date=date(2030, 1, 31),
        url="https://example.org/decision",
        meeting=public_event,
    )
    services.create_or_update_focal_point(
        organization=lead,
        name="Test focal point (synthetic)",
        area=area,
        role="Area focal point",
        email=SECRET_EMAIL,
        position="Synthetic position",
        by=SYSTEM,
    )
    services.create_success_story(
        services.StoryData(
            title="Synthetic story", text="It worked.", activity=activity, published=True, events=[public_event]
        ),
        by=SYSTEM,
    )
    return {"activity": activity, "internal_event": internal_event, "public_event": public_event}


def test_importing_an_unchanged_export_changes_nothing(small_register: dict[str, Any]) -> None:
    exported = export_workbook(internal=True)
    counts = import_workbook(exported, by=SYSTEM)
    assert counts == {"created": 0, "changed": 0, "unchanged": 4}
    assert Activity.objects.get(key="test-activity").version == 1
    assert cells(export_workbook(internal=True)) == cells(exported)


def test_round_trip_into_an_empty_register_loses_nothing(small_register: dict[str, Any]) -> None:
    exported = export_workbook(internal=True)
    SuccessStory.objects.all().delete()
    FocalPoint.objects.all().delete()
    Mandate.objects.all().delete()
    Activity.objects.all().delete()
    CooperationArea.objects.all().delete()
    counts = import_workbook(exported, by=SYSTEM)
    assert counts["created"] == 4  # 1 area, 2 activities, 1 mandate; focal points and stories alike
    assert cells(export_workbook(internal=True)) == cells(exported)
    activity = Activity.objects.get(key="test-activity")
    assert activity.internal_notes == SECRET_NOTE
    assert set(activity.events.all()) == {small_register["public_event"], small_register["internal_event"]}
    assert FocalPoint.objects.get().person.email == SECRET_EMAIL


def test_the_source_register_round_trips_exactly(db: None) -> None:
    load_register()
    exported = export_workbook(internal=True)
    assert import_workbook(exported, by=SYSTEM) == {"created": 0, "changed": 0, "unchanged": 25 + 90 + 13}
    assert cells(export_workbook(internal=True)) == cells(exported)
    sheets = cells(exported)
    assert len(sheets["Activities"]) == 91
    assert len(sheets["Mandates"]) == 14


def test_an_edited_cell_is_imported_with_history(small_register: dict[str, Any]) -> None:
    exported = export_workbook(internal=True)
    edited = edit(exported, "Activities", 2, "status", "completed")
    edited = edit(edited, "Activities", 2, "lead_organizations", "LEADORG; PARTNERORG")
    edited = edit(edited, "Activities", 2, "partner_organizations", "")
    assert import_workbook(edited, by=SYSTEM) == {"created": 0, "changed": 1, "unchanged": 3}
    activity = Activity.objects.get(key="test-activity")
    assert activity.status == "completed"
    assert activity.version == 2
    assert sorted(o.acronym for o in activity.lead_organizations.all()) == ["LEADORG", "PARTNERORG"]
    assert activity.history.first().history_change_reason == "Imported from a spreadsheet"


@pytest.mark.parametrize(
    ("sheet", "column", "value", "message"),
    [
        (
            "Activities",
            "area",
            "no-such-area",
            "Sheet “Activities”, row 2, column “area”: unknown area “no-such-area”.",
        ),
        (
            "Activities",
            "status",
            "stalled",
            "Sheet “Activities”, row 2, column “status”: “stalled” is not one of: ongoing, potential, planned, "
            "not_started, completed.",
        ),
        (
            "Activities",
            "lead_organizations",
            "LEADORG; NOSUCHORG",
            "Sheet “Activities”, row 2, column “lead_organizations”: unknown organization “NOSUCHORG”.",
        ),
        (
            "Activities",
            "period_start",
            "next spring",
            "Sheet “Activities”, row 2, column “period_start”: “next spring” is not a date; write it as YYYY-MM-DD.",
        ),
        (
            "Activities",
            "cooperation_level",
            "deep",
            "Sheet “Activities”, row 2, column “cooperation_level”: “deep” is not a whole number.",
        ),
        ("Activities", "text", None, "Sheet “Activities”, row 2, column “text”: this column must not be empty."),
        (
            "Activities",
            "period_end",
            "2029-01-01",
            "Sheet “Activities”, row 2, column “period_end”: The period ends (2029-01-01) before it starts (2030-03-01).",
        ),
        (
            "Mandates",
            "kind",
            "treaty",
            "Sheet “Mandates”, row 2, column “kind”: “treaty” is not one of: decision, resolution, article, "
            "recommendation.",
        ),
        (
            "Areas",
            "resource_implications",
            "maybe",
            "Sheet “Areas”, row 2, column “resource_implications”: write yes or no, not “maybe”.",
        ),
        (
            "Focal points",
            "role",
            None,
            "Sheet “Focal points”, row 2, column “role”: "
            "A focal point needs a role, e.g. technical-assistance focal point.",
        ),
    ],
)
def test_a_bad_spreadsheet_is_refused_naming_sheet_row_and_column_and_nothing_changes(
    small_register: dict[str, Any], sheet: Any, column: Any, value: Any, message: str
) -> None:
    exported = export_workbook(internal=True)
    # a valid change elsewhere in the same file must not be applied either
    edited = edit(exported, "Activities", 3, "short_title", "Changed title (synthetic)")
    edited = edit(edited, sheet, 2, column, value)
    with pytest.raises(ImportRefused) as refused:
        import_workbook(edited, by=SYSTEM)
    assert refused.value.problems == [message]
    assert cells(export_workbook(internal=True)) == cells(exported)


def test_a_missing_column_or_sheet_is_refused(small_register: dict[str, Any]) -> None:
    workbook = load_workbook(io.BytesIO(export_workbook(internal=True)))
    workbook["Activities"].delete_cols(6)  # status
    del workbook["Mandates"]
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(ImportRefused) as refused:
        import_workbook(buffer.getvalue(), by=SYSTEM)
    assert refused.value.problems == [
        "Sheet “Activities”, row 1: missing column(s) status.",
        "Sheet “Mandates” is missing.",
    ]


def test_a_file_that_is_not_a_workbook_is_refused(db: None) -> None:
    with pytest.raises(ImportRefused, match="not an Excel workbook"):
        import_workbook(b"key,area\nx,y\n", by=SYSTEM)


def test_a_row_changed_in_the_register_since_the_export_is_refused(small_register: dict[str, Any]) -> None:
    exported = export_workbook(internal=True)
    activity = small_register["activity"]
    services.update_activity(
        activity, services.ActivityData.from_activity(activity), expected_version=1, reason="Touched", by=SYSTEM
    )
    data = services.ActivityData.from_activity(activity)
    data.outputs = "Someone else's output (synthetic)"
    services.update_activity(activity, data, expected_version=activity.version, by=SYSTEM)
    edited = edit(exported, "Activities", 2, "outputs", "My output (synthetic)")
    with pytest.raises(ImportRefused) as refused:
        import_workbook(edited, by=SYSTEM)
    assert refused.value.problems[0].startswith("Sheet “Activities”, row 2, column “version”: the activity was changed")
    activity.refresh_from_db()
    assert activity.outputs == "Someone else's output (synthetic)"


def test_the_public_workbook_has_no_internal_columns_notes_contacts_or_internal_events(
    small_register: dict[str, Any],
) -> None:
    content = export_workbook(internal=False)
    sheets = cells(content)
    flat = repr(sheets)
    assert "internal_notes" not in sheets["Activities"][0]
    assert "email" not in sheets["Focal points"][0]
    for secret in (SECRET_NOTE, SECRET_EMAIL, small_register["internal_event"].uid):
        assert secret not in flat


def test_importing_a_public_workbook_keeps_internal_notes_and_events(small_register: dict[str, Any]) -> None:
    import_workbook(export_workbook(internal=False), by=SYSTEM)
    activity = Activity.objects.get(key="test-activity")
    assert activity.internal_notes == SECRET_NOTE
    assert small_register["internal_event"] in activity.events.all()
    assert activity.version == 1
    assert FocalPoint.objects.get().person.email == SECRET_EMAIL


def test_commands_export_and_import(small_register: dict[str, Any], tmp_path: Any) -> None:
    path = tmp_path / "register.xlsx"
    out = io.StringIO()
    call_command("export-register", str(path), stdout=out)
    assert out.getvalue() == f"Wrote the register to {path}.\n"
    out = io.StringIO()
    call_command("import-register", str(path), stdout=out, stderr=io.StringIO())
    assert out.getvalue() == f"Imported {path}: 0 created, 0 changed, 4 unchanged.\n"
    path.write_bytes(edit(path.read_bytes(), "Activities", 3, "status", "stalled"))
    with pytest.raises(CommandError) as refused:
        call_command("import-register", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    assert str(refused.value) == (
        "The file was refused and nothing was changed:\n- Sheet “Activities”, row 3, column “status”: “stalled” is "
        "not one of: ongoing, potential, planned, not_started, completed."
    )
    with pytest.raises(CommandError, match=r"must end in \.xlsx"):
        call_command("export-register", str(tmp_path / "register.csv"))


def _csv(response: Any) -> list[dict]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_register_csv_for_anonymous_people_leaks_nothing_internal(
    small_register: dict[str, Any], client: Client
) -> None:
    response = client.get("/register.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    rows = _csv(response)
    assert [row["key"] for row in rows] == ["test-activity", "test-activity-2"]
    assert "internal_notes" not in rows[0]
    assert rows[0]["events"] == small_register["public_event"].uid
    body = response.content.decode()
    assert SECRET_NOTE not in body
    assert small_register["internal_event"].uid not in body


def test_register_csv_for_staff_has_internal_notes(small_register: dict[str, Any], staff_client: Client) -> None:
    rows = _csv(staff_client.get("/register.csv"))
    assert rows[0]["internal_notes"] == SECRET_NOTE
    assert small_register["internal_event"].uid in rows[0]["events"]


def test_register_xlsx_takes_the_same_filters(small_register: dict[str, Any], client: Client) -> None:
    response = client.get("/register.xlsx?status=potential")
    sheets = cells(response.content)
    assert list(sheets) == ["Activities"]
    assert [row[0] for row in sheets["Activities"][1:]] == ["test-activity-2"]
    assert SECRET_NOTE not in repr(sheets)


def test_register_export_refuses_a_bad_filter_in_plain_words(small_register: dict[str, Any], client: Client) -> None:
    response = client.get("/register.csv?status=stalled")
    assert response.status_code == 400
    assert response.content.decode().startswith("status: ")


def test_workbook_builder_is_not_confused_by_an_empty_register(db: None) -> None:
    sheets = cells(export_workbook(internal=False))
    assert list(sheets) == ["Areas", "Activities", "Mandates", "Focal points", "Success stories"]
    assert all(len(rows) == 1 for rows in sheets.values())
    assert isinstance(Workbook(), Workbook)
