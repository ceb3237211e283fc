"""The CSV and XLSX exports, read back with csv and openpyxl. All events here are synthetic test data."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from typing import Any

import openpyxl
import pytest
from django.test import Client

from synergies.calendar.exporters import COLUMNS
from synergies.calendar.models import Event
from synergies.directory.models import Country, Instrument, Region, Topic
from synergies.testing import make_event, make_organization

pytestmark = pytest.mark.django_db

PUBLIC_KEYS = [column.key for column in COLUMNS if not column.internal]


def read_csv(client: Client, url: str = "/events.csv") -> tuple[bytes, list[dict[str, str]]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="synergies-events.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))
    return response.content, rows


def read_xlsx(client: Client, url: str = "/events.xlsx") -> Any:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="synergies-events.xlsx"'
    return openpyxl.load_workbook(io.BytesIO(response.content)).active


@pytest.fixture
def workshop(db: None) -> Event:
    return make_event(
        title="Synthetic workshop, Nairobi — ورشة عمل — 讲习班",
        all_day=False,
        timezone="Africa/Nairobi",
        start=datetime(2030, 6, 2, 9),
        end=datetime(2030, 6, 3, 17, 30),
        venue="Synthetic venue",
        city="Nairobi",
        country=Country.objects.get(code="KE"),
        lead_organizers=[make_organization("CSVLEAD")],
        co_organizers=[make_organization("CSVCO")],
        kind=Event.Kind.WORKSHOP,
        topics=[Topic.objects.get(slug="mercury"), Topic.objects.get(slug="e-waste")],
        instruments=[Instrument.objects.get(code="minamata")],
        target_regions=[Region.objects.get(code="africa")],
        target_countries=[Country.objects.get(code="KE"), Country.objects.get(code="UG")],
        languages=["en", "fr"],
    )


def test_csv_is_utf8_with_bom_and_one_documented_row_per_event(client: Client, workshop: Event) -> None:
    make_event(title="Synthetic second meeting")
    body, rows = read_csv(client)
    assert body.startswith(b"\xef\xbb\xbfid,uid,title,")
    assert b"\r\n" in body
    assert list(rows[0]) == PUBLIC_KEYS
    assert len(rows) == 2
    row = next(row for row in rows if row["uid"] == workshop.uid)
    assert row == {
        "id": str(workshop.pk),
        "uid": workshop.uid,
        "title": "Synthetic workshop, Nairobi — ورشة عمل — 讲习班",
        "kind": "workshop",
        "status": "confirmed",
        "start_date": "2030-06-02",
        "end_date": "2030-06-03",
        "start_time": "09:00",
        "end_time": "17:30",
        "timezone": "Africa/Nairobi",
        "all_day": "false",
        "dates_to_be_confirmed": "false",
        "attendance": "in_person",
        "venue": "Synthetic venue",
        "city": "Nairobi",
        "country_code": "KE",
        "country": "Kenya",
        "online_url": "",
        "lead_organizers": "CSVLEAD",
        "co_organizers": "CSVCO",
        "instruments": "Minamata Convention",
        "bodies": "",
        "topics": "E-waste; Mercury",
        "target_regions": "African States",
        "target_countries": "Kenya; Uganda",
        "languages": "en; fr",
        "held_during": "",
        "website": "",
        "registration_url": "",
        "event_page": f"http://testserver/events/{workshop.pk}/",
        "sequence": "1",
        "last_modified": workshop.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "when": "2 June 2030 09:00 – 3 June 2030 17:30 Africa/Nairobi (EAT)",
        "where": "Synthetic venue, Nairobi, Kenya",
    }


def test_csv_cells_never_start_a_formula(client: Client) -> None:
    make_event(title='=HYPERLINK("http://example.org")', venue="+41 synthetic", city="@synthetic")
    _, (row,) = read_csv(client)
    assert row["title"] == '\'=HYPERLINK("http://example.org")'
    assert row["venue"] == "'+41 synthetic"
    assert row["city"] == "'@synthetic"


def test_month_only_event_gives_whole_months_and_says_so(client: Client) -> None:
    make_event(date_precision=Event.DatePrecision.MONTH, start=date(2014, 11, 1), end=date(2014, 11, 30))
    _, (row,) = read_csv(client)
    assert (row["start_date"], row["end_date"], row["dates_to_be_confirmed"]) == ("2014-11-01", "2014-11-30", "true")


def test_xlsx_has_a_frozen_header_and_real_date_cells(client: Client, workshop: Event) -> None:
    sheet = read_xlsx(client)
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == ["Id", "UID", "Title", "Kind", "Status", "First day"]
    assert len(header) == len(PUBLIC_KEYS)
    assert all(cell.font.b for cell in sheet[1])
    values = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    cells = dict(zip(header, sheet[2], strict=True))
    assert values["Title"] == "Synthetic workshop, Nairobi — ورشة عمل — 讲习班"
    assert cells["First day"].is_date and values["First day"] == datetime(2030, 6, 2)
    assert cells["Last day"].is_date and values["Last day"] == datetime(2030, 6, 3)
    assert values["Starts at"] == time(9, 0)
    assert values["Ends at"] == time(17, 30)
    assert values["Time zone"] == "Africa/Nairobi"
    assert values["All day"] is False
    assert values["Id"] == workshop.pk
    assert values["Topics"] == "E-waste; Mercury"
    assert cells["Last modified (UTC)"].is_date
    assert values["Last modified (UTC)"] == workshop.updated_at.replace(microsecond=0, tzinfo=None)


def test_xlsx_text_that_looks_like_a_formula_stays_text(client: Client) -> None:
    make_event(title="=1+1 synthetic")
    sheet = read_xlsx(client)
    cell = sheet.cell(row=2, column=3)
    assert cell.value == "=1+1 synthetic"
    assert cell.data_type == "s"


def test_tables_follow_the_filter(client: Client, workshop: Event) -> None:
    make_event(title="Synthetic meeting in Geneva")
    _, rows = read_csv(client, "/events.csv?country=KE&topic=e-waste")
    assert [row["uid"] for row in rows] == [workshop.uid]
    sheet = read_xlsx(client, "/events.xlsx?country=CH")
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Synthetic meeting in Geneva"]
