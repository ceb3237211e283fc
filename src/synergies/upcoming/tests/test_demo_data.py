"""The source document's own cases, in the demo data: the list for windows of 2014 and 2015.

The task force report names them: joint participation of BRS, the interim Minamata secretariat and
UNEP Chemicals in the Fifth GEF Assembly (May 2014); the BRS/UNEP Chemicals side event during UNEA-1 in
Nairobi (June 2014); the 2015 COPs with the Science Fair UNEP Chemicals was invited to; ICCM4 (2015)."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from docx import Document

from synergies.calendar.models import Event
from synergies.demo.loader import demo_uid, load_demo_data
from synergies.directory.models import Organization
from synergies.register.loader import load_register


@pytest.fixture(scope="module")
def demo(django_db_setup: None, django_db_blocker: Any):  # type: ignore[no-untyped-def]
    """Demo calendar and register loaded once for this module, rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo_data()
        load_register()
        yield
        transaction.set_rollback(True)


def page_items(client: Client, query: str) -> str:
    response = client.get(f"/coordination/upcoming/{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_may_june_2014(demo: None, staff_client: Client) -> None:
    html = page_items(staff_client, "?from=2014-05-01&days=61")
    assert html.index("Fifth GEF Assembly: joint participation of the BRS Secretariat") < html.index(
        "First session of the United Nations Environment Assembly (UNEA-1)"
    )
    assert "Side event on the sound management of chemicals and hazardous wastes" in html
    assert "June 2014 (dates to be confirmed)" in html  # known only by month: no invented days
    assert "23–27 June 2014 (all day, Africa/Nairobi)" in html
    assert "Session of a governing body: UNEA" in html


def test_the_2015_cops_in_word_with_their_science_fair(demo: None, staff_client: Client) -> None:
    response = staff_client.get("/coordination/upcoming.docx?from=2015-04-01&days=90")
    document = Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if getattr(p.style, "name", "") == "Heading 2"]
    cops = (
        "2015 meetings of the conferences of the Parties to the Basel, Rotterdam and Stockholm conventions "
        "(BC COP-12, RC COP-7, SC COP-7)"
    )
    assert cops in headings
    assert "Cooperation of UNEP Chemicals in the Science Fair (task force follow-up)" in headings
    table = document.tables[1 + headings.index(cops)]
    rows = {row.cells[0].text: row.cells[1].text for row in table.rows}
    assert rows["Dates"] == "4–15 May 2015 (all day, Europe/Zurich)"
    assert rows["Side events"].startswith("Science Fair at the 2015 meetings of the conferences of the Parties")
    assert "No side event planned" not in rows["Still missing"]
    assert "No one confirmed from UNEP-CHEM" in rows["Still missing"]


def test_iccm4_filtered_by_organization(demo: None, staff_client: Client) -> None:
    html = page_items(staff_client, "?from=2015-09-15&days=30&organization=SAICM")
    assert "Fourth session of the International Conference on Chemicals Management (ICCM4)" in html
    assert "ICCM4: coordination of participation, statements and side events" in html
    assert Organization.objects.filter(acronym="SAICM").exists()
    assert f"/events/{Event.objects.get(uid=demo_uid('iccm4')).pk}/" in html
