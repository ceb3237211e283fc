"""GET /api/v1/alignment: the alignment engine's findings, for staff tokens only. Synthetic data."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client

from synergies.alignment.services import AlignmentQuery, align, findings_as_dict
from synergies.directory.models import Region, Topic
from synergies.testing import bearer, make_event, make_organization, make_user

pytestmark = pytest.mark.django_db

PERIOD = "from=2030-01-01&to=2030-12-31"


@pytest.fixture
def clash() -> None:
    mercury, africa = Topic.objects.get(slug="mercury"), Region.objects.get(code="africa")
    for acronym in ("ALIGNA", "ALIGNB"):
        make_event(
            title=f"Synthetic mercury meeting of {acronym}",
            lead_organizers=[make_organization(acronym)],
            topics=[mercury],
            target_regions=[africa],
            start=date(2030, 3, 4),
            end=date(2030, 3, 6),
        )


def test_staff_tokens_get_the_findings_of_the_period(api: Client, clash: None, staff_auth: dict[str, Any]) -> None:
    answer = api.get(f"/api/v1/alignment?{PERIOD}", **staff_auth)
    assert answer.status_code == 200, answer.content
    findings = answer.json()
    assert set(findings) == {"clashes", "back_to_back", "missing_partners", "crowded_weeks"}
    assert len(findings["clashes"]) == 1
    titles = {event["title"] for event in findings["clashes"][0]["events"]}
    assert titles == {"Synthetic mercury meeting of ALIGNA", "Synthetic mercury meeting of ALIGNB"}
    assert findings["clashes"][0]["reasons"]
    expected = findings_as_dict(align(AlignmentQuery(start=date(2030, 1, 1), end=date(2030, 12, 31))))
    assert findings["clashes"] == expected["clashes"]


def test_the_filters_of_the_service_narrow_the_findings(api: Client, clash: None, staff_auth: dict[str, Any]) -> None:
    assert len(api.get(f"/api/v1/alignment?{PERIOD}&topic=mercury", **staff_auth).json()["clashes"]) == 1
    assert api.get(f"/api/v1/alignment?{PERIOD}&topic=pcbs", **staff_auth).json()["clashes"] == []
    assert len(api.get(f"/api/v1/alignment?{PERIOD}&organization=ALIGNA", **staff_auth).json()["clashes"]) == 1
    assert len(api.get(f"/api/v1/alignment?{PERIOD}&region=africa", **staff_auth).json()["clashes"]) == 1
    refused = api.get("/api/v1/alignment?from=2030-12-31&to=2030-01-01&organization=NOPE", **staff_auth)
    assert refused.status_code == 422
    assert {tuple(e["loc"]) for e in refused.json()["detail"]} == {("query", "to"), ("query", "organization")}
    assert api.get("/api/v1/alignment?from=2030-01-01", **staff_auth).status_code == 422


def test_no_findings_without_a_staff_token(api: Client, clash: None) -> None:
    anonymous = api.get(f"/api/v1/alignment?{PERIOD}")
    assert anonymous.status_code == 401
    outsider = api.get(f"/api/v1/alignment?{PERIOD}", **bearer(make_user("outsider")))
    assert outsider.status_code == 403
    assert outsider.json()["detail"] == "The alignment findings are for staff: use a token of a staff member."
    assert "Synthetic" not in outsider.content.decode()


def test_members_of_an_organization_count_as_staff(api: Client, clash: None, editor: Any) -> None:
    assert api.get(f"/api/v1/alignment?{PERIOD}", **bearer(editor)).status_code == 200
