"""The list exported: a Word internal note read back with python-docx, plain text and HTML for e-mail."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.test import Client
from docx import Document

from synergies.calendar import services as calendar_services
from synergies.calendar.models import Event, Participation
from synergies.calendar.services import ParticipationData
from synergies.core.actors import SYSTEM
from synergies.directory.models import Body, Instrument
from synergies.testing import aware, make_event, make_user
from synergies.upcoming import rendering, services
from synergies.upcoming.queries import build_periodic_list
from synergies.upcoming.services import CommunicationData
from synergies.upcoming.tests.conftest import Cluster, client_for

pytestmark = pytest.mark.django_db

QUERY = "?from=2030-03-01&days=61"


@pytest.fixture
def listed(cluster: Cluster) -> tuple[Event, Event]:
    cop = make_event(
        title="Synthetic COP",
        kind=Event.Kind.COP,
        lead_organizers=[cluster.brs],
        instruments=[Instrument.objects.get(code="basel")],
        bodies=[Body.objects.get(code="bc-cop")],
    )
    calendar_services.create_participation(
        cop,
        ParticipationData(
            organization=cluster.chemicals,
            person="Synthetic officer",
            role=Participation.Role.STATEMENT,
            status=Participation.Status.CONFIRMED,
        ),
        by=SYSTEM,
    )
    services.create_communication(
        cop,
        CommunicationData(organization=cluster.brs, title="Synthetic press release", due_date=date(2030, 3, 2)),
        by=SYSTEM,
    )
    webinar = make_event(
        title="Synthetic internal webinar",
        kind=Event.Kind.WEBINAR,
        visibility=Event.Visibility.INTERNAL,
        lead_organizers=[cluster.chemicals],
        co_organizers=[cluster.mercury],
        all_day=False,
        start=aware(2030, 4, 15, 14, 0, "Africa/Nairobi"),
        end=aware(2030, 4, 15, 16, 0, "Africa/Nairobi"),
        timezone="Africa/Nairobi",
        city="Nairobi",
        country=None,
    )
    return cop, webinar


def test_word_document_is_an_internal_note_with_a_table_per_event(
    listed: tuple[Event, Event], staff_client: Client
) -> None:
    response = staff_client.get(f"/coordination/upcoming.docx{QUERY}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert response["Content-Disposition"] == 'attachment; filename="upcoming-2030-03-01.docx"'
    assert response["Cache-Control"] == "private, no-store"
    document = Document(io.BytesIO(response.content))
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    assert paragraphs[0].text == "INTERNAL NOTE"
    memo = document.tables[0]
    assert [row.cells[0].text for row in memo.rows] == ["To:", "From:", "Date:", "Subject:"]
    assert memo.rows[3].cells[1].text == (
        "Periodic list of upcoming events and communication opportunities, 1 March – 30 April 2030"
    )
    headings = [
        (getattr(p.style, "name", ""), p.text)
        for p in document.paragraphs
        if getattr(p.style, "name", "").startswith("Heading")
    ]
    assert headings == [
        ("Heading 1", "March 2030"),
        ("Heading 2", "Synthetic COP"),
        ("Heading 1", "April 2030"),
        ("Heading 2", "Synthetic internal webinar"),
    ]
    cop_table = {row.cells[0].text: row.cells[1].text for row in document.tables[1].rows}
    assert cop_table["Dates"] == "4–6 March 2030 (all day, Europe/Zurich)"
    assert cop_table["Place"] == "Geneva, Switzerland"
    assert cop_table["Organizers"] == "Synthetic conventions secretariat (BRS-SYN)"
    assert cop_table["Statements"] == "CHEM-SYN — Synthetic officer: Deliver a statement (Confirmed)"
    assert cop_table["Communication opportunities"] == (
        "Press release — BRS-SYN: Synthetic press release (Planned, due 2 March 2030)"
    )
    assert cop_table["Still missing"] == "No document to present\nNo side event planned"
    webinar_table = {row.cells[0].text: row.cells[1].text for row in document.tables[2].rows}
    assert webinar_table["Dates"] == "15 April 2030, 14:00–16:00 Africa/Nairobi (EAT)"
    assert webinar_table["Still missing"] == "No communication planned"
    missing_run = document.tables[1].rows[-1].cells[1].paragraphs[0].runs[0]
    assert missing_run.bold is True
    assert "Internal: not for distribution" in document.sections[0].footer.paragraphs[0].text


def test_plain_text(listed: tuple[Event, Event], staff_client: Client) -> None:
    response = staff_client.get(f"/coordination/upcoming.txt{QUERY}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert text.startswith(
        "INTERNAL NOTE\n\nPeriodic list of upcoming events and communication opportunities, 1 March – 30 April 2030\n"
    )
    assert (
        "March 2030\n==========\n\nSynthetic COP\n-------------\nDates:\n"
        "  - 4–6 March 2030 (all day, Europe/Zurich)\n" in text
    )
    assert "!! Still missing:\n  - No document to present\n  - No side event planned\n" in text
    assert "Synthetic internal webinar" in text


def test_html_for_e_mail_is_standalone_with_absolute_links_and_no_script(
    listed: tuple[Event, Event], staff_client: Client
) -> None:
    cop, _webinar = listed
    response = staff_client.get(f"/coordination/upcoming.html{QUERY}")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.startswith("<!DOCTYPE html>")
    head = html.split("</head>")[0]
    assert "<style>" in head
    assert "<script" not in html.lower()
    assert ' style="' not in html
    assert f'<a href="http://testserver/events/{cop.pk}/">Synthetic COP</a>' in html
    assert f'href="http://testserver/coordination/upcoming/events/{cop.pk}/"' in html
    assert '<tr class="missing"><th scope="row">Still missing</th>' in html
    # The same function the digests call, with the base address they give.
    plist = build_periodic_list(viewer=SYSTEM, start=date(2030, 3, 1), days=61)
    assert 'href="https://synergies.example.org/events/' in rendering.as_html(
        plist, base_url="https://synergies.example.org/"
    )


def test_exports_refuse_outsiders(listed: tuple[Event, Event]) -> None:
    for address in ("/coordination/upcoming.docx", "/coordination/upcoming.txt", "/coordination/upcoming.html"):
        anonymous = Client().get(address + QUERY)
        assert anonymous.status_code == 302
        assert b"Synthetic" not in anonymous.content
        refused = client_for(make_user(f"visitor-{address[-4:]}")).get(address + QUERY)
        assert refused.status_code == 403
        assert b"Synthetic" not in refused.content


def test_an_empty_period_says_so(cluster: Cluster, staff_client: Client) -> None:
    text = staff_client.get("/coordination/upcoming.txt?from=2031-01-01").content.decode()
    assert "No event of mutual interest in this period." in text
    document = Document(io.BytesIO(staff_client.get("/coordination/upcoming.docx?from=2031-01-01").content))
    assert "No event of mutual interest in this period." in [p.text for p in document.paragraphs]
