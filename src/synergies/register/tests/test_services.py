"""Rules every write to the register obeys, whoever makes it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from synergies.core.actors import SYSTEM
from synergies.core.editing import Change
from synergies.core.writes import EditConflict
from synergies.register import queries, services
from synergies.register.models import Activity, FocalPoint
from synergies.testing import (
    activity_data,
    make_activity,
    make_area,
    make_event,
    make_mandate,
    make_organization,
    make_user,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"text": "  "}, "text"),
        ({"short_title": ""}, "short_title"),
        ({"status": "stalled"}, "status"),
        ({"cooperation_level": 9}, "cooperation_level"),
        ({"period_start": date(2015, 4, 30), "period_end": date(2015, 3, 1)}, "period_end"),
        ({"key": ""}, "key"),
    ],
)
def test_an_activity_that_cannot_be_stored_is_refused_at_its_field(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.create_activity(activity_data(**overrides), by=SYSTEM)
    assert list(refused.value.message_dict) == [field]
    assert not Activity.objects.exists()


def test_an_organization_cannot_both_lead_and_be_a_partner() -> None:
    org = make_organization()
    with pytest.raises(ValidationError) as refused:
        services.create_activity(activity_data(lead_organizations=[org], partner_organizations=[org]), by=SYSTEM)
    assert refused.value.message_dict == {
        "partner_organizations": [f"An organization cannot both lead and be a partner: {org.acronym}."]
    }


def test_activity_keys_are_unique() -> None:
    first = make_activity()
    with pytest.raises(ValidationError) as refused:
        make_activity(key=first.key)
    assert refused.value.message_dict == {"key": [f"Another activity already has the key “{first.key}”."]}


def test_the_database_refuses_a_period_ending_before_it_starts() -> None:
    activity = make_activity()
    activity.period_start, activity.period_end = date(2015, 4, 30), date(2015, 3, 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        activity.save()


def test_update_raises_the_version_and_records_who_changed_what() -> None:
    lead = make_organization()
    officer = make_user("officer", editor_of=lead)
    activity = make_activity(status="potential", lead_organizations=[lead])
    data = replace(services.ActivityData.from_activity(activity), status="ongoing", outputs="Joint report")
    services.update_activity(activity, data, expected_version=1, by=officer)
    activity.refresh_from_db()
    assert (activity.status, activity.version) == ("ongoing", 2)
    entries = queries.history_of(activity)
    assert [entry["reason"] for entry in entries] == ["Edited", "Created"]
    assert entries[0]["user"] == officer
    assert {(c.label, c.old, c.new) for c in entries[0]["changes"]} == {
        ("Status", "Potential", "Ongoing"),
        ("Outputs", "(empty)", "Joint report"),
    }


def test_a_stale_update_is_refused_and_the_first_change_kept() -> None:
    activity = make_activity()
    first = replace(services.ActivityData.from_activity(activity), outputs="First officer's output")
    services.update_activity(activity, first, expected_version=1, by=SYSTEM)
    stale = Activity.objects.get(pk=activity.pk)
    stale.version = 1
    second = replace(services.ActivityData.from_activity(stale), outputs="Second officer's output")
    with pytest.raises(EditConflict, match="version 2, you started from version 1"):
        services.update_activity(stale, second, expected_version=1, by=SYSTEM)
    activity.refresh_from_db()
    assert (activity.outputs, activity.version) == ("First officer's output", 2)


def test_history_hides_internal_notes_unless_asked() -> None:
    activity = make_activity()
    data = replace(services.ActivityData.from_activity(activity), internal_notes="Budget not yet secured (synthetic)")
    services.update_activity(activity, data, expected_version=1, by=SYSTEM)
    assert queries.history_of(activity)[0]["changes"] == []
    assert [c.label for c in queries.history_of(activity, include_internal=True)[0]["changes"]] == ["Internal notes"]


def test_organization_changes_appear_in_history_by_acronym() -> None:
    lead, partner = make_organization("LEADORG"), make_organization("PARTNERORG")
    activity = make_activity(lead_organizations=[lead])
    data = replace(services.ActivityData.from_activity(activity), partner_organizations=[partner])
    services.update_activity(activity, data, expected_version=1, by=SYSTEM)
    changes = queries.history_of(activity)[0]["changes"]
    assert changes == [Change("Partner organizations", "(empty)", "PARTNERORG")]


def test_one_history_record_per_write() -> None:
    activity = make_activity(partner_organizations=[make_organization()], events=[make_event()])
    assert activity.history.count() == 1


def test_linking_events_keeps_those_already_linked() -> None:
    first, second = make_event(), make_event()
    activity = make_activity(events=[first])
    services.update_activity_events(activity, [first, second], by=SYSTEM)
    assert set(activity.events.all()) == {first, second}
    assert activity.version == 2
    services.update_activity_events(activity, [second], by=SYSTEM)
    assert activity.version == 2


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"reference": " "}, "reference"),
        ({"title": ""}, "title"),
        ({"kind": "treaty"}, "kind"),
        ({"status": "expired"}, "status"),
        ({"url": "ftp://example.org/decision"}, "url"),
    ],
)
def test_a_mandate_that_cannot_be_stored_is_refused_at_its_field(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        make_mandate(**overrides)
    assert list(refused.value.message_dict) == [field]


def test_mandate_references_are_unique_and_updates_are_protected() -> None:
    mandate = make_mandate(reference="TEST-1/99")
    with pytest.raises(ValidationError):
        make_mandate(reference="TEST-1/99")
    data = replace(services.MandateData.from_mandate(mandate), title="Renamed (synthetic)")
    services.update_mandate(mandate, data, expected_version=1, by=SYSTEM)
    with pytest.raises(EditConflict):
        services.update_mandate(mandate, data, expected_version=1, by=SYSTEM)
    assert mandate.history.count() == 2


def test_a_focal_point_reuses_the_person_and_keeps_contacts_on_the_person() -> None:
    org, area = make_organization(), make_area()
    other_area = make_area()
    first = services.create_or_update_focal_point(
        organization=org,
        name="Test focal point (synthetic)",
        area=area,
        role="Area focal point",
        email="focal@example.org",
        by=SYSTEM,
    )
    second = services.create_or_update_focal_point(
        organization=org, name="Test focal point (synthetic)", area=other_area, role="Area focal point", by=SYSTEM
    )
    assert first.person == second.person
    assert first.person.email == "focal@example.org"
    services.create_or_update_focal_point(
        organization=org, name="Test focal point (synthetic)", area=area, role="Area focal point", by=SYSTEM
    )
    assert FocalPoint.objects.count() == 2


def test_a_focal_point_needs_a_name_and_a_role() -> None:
    with pytest.raises(ValidationError) as refused:
        services.create_or_update_focal_point(
            organization=make_organization(), name=" ", area=make_area(), role="", by=SYSTEM
        )
    assert set(refused.value.message_dict) == {"name", "role"}


def test_a_focal_point_recorded_by_an_editor_names_them_in_its_history() -> None:
    org, area = make_organization(), make_area()
    editor = make_user("focal-editor", editor_of=org)
    point = services.create_or_update_focal_point(
        organization=org, name="Test focal point (synthetic)", area=area, role="Area focal point", by=editor
    )
    services.create_or_update_focal_point(
        organization=org, name="Test focal point (synthetic)", area=area, role="Area focal point", by=SYSTEM
    )
    assert [(h.history_user, h.history_change_reason) for h in point.history.order_by("history_date")] == [
        (editor, "Created"),
        (None, "Edited"),
    ]
