"""Nothing internal in public answers: every format, fetched as an anonymous user, parsed and searched.

All events and people here are synthetic test data.
"""

from __future__ import annotations

import csv
import io
import zipfile

import feedparser
import icalendar
import openpyxl
import pytest
from django.test import Client

from synergies.calendar.models import Event
from synergies.testing import make_event, make_participation

pytestmark = pytest.mark.django_db

SECRETS = {
    "internal_title": "Synthetic internal retreat ZQXSECRET1",
    "internal_description": "Synthetic internal agenda ZQXSECRET2",
    "notes": "Synthetic internal note ZQXSECRET3",
    "contact_name": "Synthetic Contact ZQXSECRET4",
    "contact_email": "zqxsecret5@example.org",
    "internal_uid": "zqxsecret6@synergies",
    "participant": "Synthetic Participant ZQXSECRET7",
}


@pytest.fixture
def events(db: None) -> tuple[Event, Event]:
    public = make_event(
        title="Synthetic public meeting",
        internal_notes=SECRETS["notes"],
        contact_name=SECRETS["contact_name"],
        contact_email=SECRETS["contact_email"],
    )
    make_participation(public, person=SECRETS["participant"])
    internal = make_event(
        title=SECRETS["internal_title"],
        description=SECRETS["internal_description"],
        visibility=Event.Visibility.INTERNAL,
        uid=SECRETS["internal_uid"],
        internal_notes=SECRETS["notes"],
    )
    make_event(title="Synthetic side event of the retreat", parent=internal)
    return public, internal


def all_text(fmt: str, body: bytes) -> str:
    """Every character of an answer, whatever its packaging (an XLSX is a zip of XML parts)."""
    if fmt == "xlsx":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    return body.decode("utf-8")


def assert_no_secret(text: str) -> None:
    folded = text.replace("\r\n ", "").casefold()  # undo iCalendar line folding
    for name, secret in SECRETS.items():
        assert secret.casefold() not in folded, f"{name} leaked"
    assert f"/events/{Event.objects.get(uid=SECRETS['internal_uid']).pk}/" not in folded


@pytest.mark.parametrize("fmt", ["ics", "atom", "csv", "xlsx"])
def test_anonymous_answers_hold_nothing_internal(client: Client, events: tuple[Event, Event], fmt: str) -> None:
    response = client.get(f"/events.{fmt}")
    assert response.status_code == 200
    assert_no_secret(all_text(fmt, response.content))


def test_anonymous_answers_parse_to_the_public_events_only(client: Client, events: tuple[Event, Event]) -> None:
    public_titles = ["Synthetic public meeting", "Synthetic side event of the retreat"]
    calendar = icalendar.Calendar.from_ical(client.get("/events.ics").content)
    assert sorted(str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")) == public_titles
    feed = feedparser.parse(client.get("/events.atom").content)
    assert sorted(entry.title for entry in feed.entries) == public_titles
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv").content.decode("utf-8-sig"))))
    assert sorted(row["title"] for row in rows) == public_titles
    assert not {"internal_notes", "contact_name", "contact_email", "visibility"} & set(rows[0])
    assert {row["held_during"] for row in rows} == {""}  # the internal parent is not named, even by number
    sheet = openpyxl.load_workbook(io.BytesIO(client.get("/events.xlsx").content)).active
    assert sorted(row[2] for row in sheet.iter_rows(min_row=2, values_only=True)) == public_titles


def test_the_internal_event_file_is_not_there_for_anonymous(client: Client, events: tuple[Event, Event]) -> None:
    _, internal = events
    assert client.get(f"/events/{internal.pk}.ics").status_code == 404


def test_one_public_event_file_holds_nothing_internal(client: Client, events: tuple[Event, Event]) -> None:
    public, _ = events
    response = client.get(f"/events/{public.pk}.ics")
    assert response.status_code == 200
    assert_no_secret(response.content.decode())


def test_staff_get_internal_events_everywhere_and_internal_columns_in_tables_only(
    staff_client: Client, events: tuple[Event, Event]
) -> None:
    public, internal = events
    ics = staff_client.get("/events.ics").content
    vevents = {str(vevent["UID"]): vevent for vevent in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
    assert str(vevents[internal.uid]["CLASS"]) == "CONFIDENTIAL"
    assert str(vevents[internal.uid]["DESCRIPTION"]).startswith(
        "Internal event: for staff of the cluster only, do not share.\n\n" + SECRETS["internal_description"]
    )
    assert "CLASS" not in vevents[public.uid]
    assert SECRETS["notes"].encode() not in ics and SECRETS["contact_email"].encode() not in ics
    atom = staff_client.get("/events.atom").content.decode()
    assert SECRETS["internal_title"] in atom
    assert SECRETS["notes"] not in atom
    rows = {
        row["title"]: row
        for row in csv.DictReader(io.StringIO(staff_client.get("/events.csv").content.decode("utf-8-sig")))
    }
    assert rows["Synthetic public meeting"]["internal_notes"] == SECRETS["notes"]
    assert rows["Synthetic public meeting"]["contact_email"] == SECRETS["contact_email"]
    assert rows[SECRETS["internal_title"]]["visibility"] == "internal"
    assert rows["Synthetic side event of the retreat"]["held_during"] == str(internal.pk)
    sheet = openpyxl.load_workbook(io.BytesIO(staff_client.get("/events.xlsx").content)).active
    header = [cell.value for cell in sheet[1]]
    assert header[-4:] == ["Visibility", "Internal notes", "Contact person", "Contact e-mail"]
    assert SECRETS["participant"] not in all_text("xlsx", staff_client.get("/events.xlsx").content)
