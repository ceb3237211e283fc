"""The checklist of each event, what is missing, "not needed", and the services that fill it in."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError

from synergies.calendar import services as calendar_services
from synergies.calendar.models import Event, Participation
from synergies.calendar.services import ParticipationData
from synergies.core.actors import SYSTEM
from synergies.core.writes import EditConflict
from synergies.directory.models import Body, Instrument
from synergies.testing import make_event, make_user
from synergies.upcoming import checklist, services
from synergies.upcoming.models import CommunicationItem, EventChecklist
from synergies.upcoming.queries import build_periodic_list
from synergies.upcoming.services import CommunicationData
from synergies.upcoming.tests.conftest import Cluster

pytestmark = pytest.mark.django_db

START = date(2030, 3, 1)


@pytest.fixture
def cop(cluster: Cluster) -> Event:
    """A COP of a cluster instrument led by BRS, co-organized by nobody else, with UNEP Chemicals taking part."""
    event = make_event(
        title="Synthetic COP",
        kind=Event.Kind.COP,
        lead_organizers=[cluster.brs],
        instruments=[Instrument.objects.get(code="basel")],
        bodies=[Body.objects.get(code="bc-cop")],
    )
    calendar_services.create_participation(
        event, ParticipationData(organization=cluster.chemicals, person="Synthetic officer"), by=SYSTEM
    )
    return event


def only_item(**filters):  # type: ignore[no-untyped-def]
    [item] = build_periodic_list(viewer=SYSTEM, start=START, **filters).items
    return item


def test_a_new_cop_misses_confirmation_statement_document_side_event_and_communication(
    cop: Event, cluster: Cluster
) -> None:
    item = only_item()
    assert item.missing == [
        "No one confirmed from CHEM-SYN",
        "No statement planned",
        "No document to present",
        "No side event planned",
        "No communication planned",
    ]
    [brs, chemicals] = item.checklist.organizations
    assert (brs.organization, brs.concerns, brs.organizer) == (cluster.brs, ["lead organizer"], True)
    assert (chemicals.organization, chemicals.concerns) == (cluster.chemicals, ["taking part"])
    assert [p.person for p in chemicals.participations] == ["Synthetic officer"]


def test_each_entry_fills_its_line(cop: Event, cluster: Cluster) -> None:
    calendar_services.create_participation(
        cop,
        ParticipationData(
            organization=cluster.chemicals, person="Synthetic head", status=Participation.Status.CONFIRMED
        ),
        by=SYSTEM,
    )
    calendar_services.create_participation(
        cop,
        ParticipationData(
            organization=cluster.brs, role=Participation.Role.STATEMENT, person="Synthetic Executive Secretary"
        ),
        by=SYSTEM,
    )
    calendar_services.create_participation(
        cop,
        ParticipationData(organization=cluster.chemicals, role=Participation.Role.DOCUMENT, notes="INF document"),
        by=SYSTEM,
    )
    side = make_event(
        title="Synthetic side event", kind=Event.Kind.SIDE_EVENT, parent=cop, lead_organizers=[cluster.chemicals]
    )
    services.create_communication(
        cop,
        CommunicationData(organization=cluster.brs, title="Synthetic press release", due_date=date(2030, 3, 1)),
        by=SYSTEM,
    )
    item = only_item()
    assert item.missing == []
    assert [p.person for p in item.checklist.statements] == ["Synthetic Executive Secretary"]
    assert [p.notes for p in item.checklist.documents] == ["INF document"]
    assert item.checklist.side_meetings == [side]
    assert [c.title for c in item.checklist.communications] == ["Synthetic press release"]


def test_dropped_entries_do_not_count(cop: Event, cluster: Cluster) -> None:
    calendar_services.create_participation(
        cop,
        ParticipationData(
            organization=cluster.brs, role=Participation.Role.STATEMENT, status=Participation.Status.DROPPED
        ),
        by=SYSTEM,
    )
    services.create_communication(
        cop,
        CommunicationData(
            organization=cluster.brs,
            title="Synthetic tweet",
            kind=CommunicationItem.Kind.SOCIAL_MEDIA,
            status=CommunicationItem.Status.DROPPED,
        ),
        by=SYSTEM,
    )
    missing = only_item().missing
    assert "No statement planned" in missing
    assert "No communication planned" in missing


def test_workshops_expect_no_statement_document_or_side_event(cluster: Cluster) -> None:
    make_event(
        title="Synthetic joint workshop",
        kind=Event.Kind.WORKSHOP,
        lead_organizers=[cluster.brs],
        co_organizers=[cluster.chemicals],
    )
    assert only_item().missing == ["No communication planned"]


def test_not_needed_stops_the_flag_and_can_be_undone(cop: Event, cluster: Cluster, brs_editor: User) -> None:
    services.mark_not_needed(cop, checklist.SIDE_EVENT, expected_version=0, by=brs_editor)
    item = only_item()
    assert "No side event planned" not in item.missing
    assert [r.label for r in item.checklist.not_needed] == ["No side event planned"]
    services.mark_not_needed(cop, checklist.DOCUMENT, expected_version=1, by=brs_editor)
    services.mark_not_needed(cop, checklist.SIDE_EVENT, not_needed=False, expected_version=2, by=brs_editor)
    item = only_item()
    assert "No side event planned" in item.missing
    assert "No document to present" not in item.missing
    stored = EventChecklist.objects.get(event=cop)
    assert [h.history_change_reason for h in stored.history.order_by("history_id")] == [
        "Marked not needed",
        "Marked not needed",
        "Marked needed again",
    ]
    assert {h.history_user for h in stored.history.all()} == {brs_editor}


def test_not_needed_conflicts_permissions_and_unknown_items(
    cop: Event, cluster: Cluster, brs_editor: User, chemicals_editor: User
) -> None:
    services.mark_not_needed(cop, checklist.STATEMENT, expected_version=0, by=brs_editor)
    with pytest.raises(EditConflict):
        services.mark_not_needed(cop, checklist.DOCUMENT, expected_version=0, by=brs_editor)
    with pytest.raises(PermissionDenied):  # UNEP Chemicals does not organize the COP ...
        services.mark_not_needed(cop, checklist.DOCUMENT, expected_version=1, by=chemicals_editor)
    # ... but may say that no one of its own is needed there.
    services.mark_not_needed(cop, f"attend:{cluster.chemicals.pk}", expected_version=1, by=chemicals_editor)
    with pytest.raises(ValidationError) as error:
        services.mark_not_needed(cop, "catering", expected_version=2, by=brs_editor)
    assert error.value.message_dict == {"key": ["This event's checklist has no such item."]}
    assert EventChecklist.objects.get(event=cop).not_needed == [f"attend:{cluster.chemicals.pk}", "statement"]


def test_participation_edits_are_permission_checked_conflict_safe_and_in_history(
    cop: Event, cluster: Cluster, brs_editor: User, chemicals_editor: User
) -> None:
    outsider = make_user("synthetic-other-editor", editor_of=cluster.mercury)
    with pytest.raises(PermissionDenied):
        calendar_services.create_participation(cop, ParticipationData(organization=cluster.chemicals), by=outsider)
    # Editors of an organization record their own people; the organizers' editors anyone.
    mine = calendar_services.create_participation(cop, ParticipationData(organization=cluster.mercury), by=outsider)
    theirs = calendar_services.create_participation(
        cop, ParticipationData(organization=cluster.chemicals), by=brs_editor
    )
    with pytest.raises(PermissionDenied):
        calendar_services.update_participation(
            theirs,
            ParticipationData(organization=cluster.chemicals),
            expected_token=calendar_services.participation_token(theirs),
            by=outsider,
        )
    token = calendar_services.participation_token(mine)
    calendar_services.update_participation(
        mine,
        ParticipationData(organization=cluster.mercury, status=Participation.Status.CONFIRMED),
        expected_token=token,
        by=outsider,
    )
    with pytest.raises(EditConflict) as conflict:  # a second edit from the same, now stale, form
        calendar_services.update_participation(
            mine,
            ParticipationData(organization=cluster.mercury, status=Participation.Status.DROPPED),
            expected_token=token,
            by=outsider,
        )
    assert "changed by someone else" in str(conflict.value)
    mine.refresh_from_db()
    assert mine.status == Participation.Status.CONFIRMED
    assert [(h.history_type, h.history_user, h.history_change_reason) for h in mine.history.order_by("history_id")] == [
        ("+", outsider, "Added to the checklist"),
        ("~", outsider, "Edited in the checklist"),
    ]
    mine_pk = mine.pk
    calendar_services.delete_participation(
        mine, expected_token=calendar_services.participation_token(mine), by=outsider
    )
    assert not Participation.objects.filter(pk=mine_pk).exists()
    assert Participation.history.filter(id=mine_pk).order_by("-history_id").first().history_type == "-"
    with pytest.raises(EditConflict) as gone:
        calendar_services.delete_participation(mine, expected_token=token, by=outsider)
    assert "removed by someone else" in str(gone.value)


def test_bad_participation_and_communication_are_refused_with_the_field_named(cop: Event, cluster: Cluster) -> None:
    with pytest.raises(ValidationError) as error:
        calendar_services.create_participation(
            cop, ParticipationData(organization=cluster.brs, role="juggling"), by=SYSTEM
        )
    assert error.value.message_dict == {"role": ["Choose one of the roles offered."]}
    with pytest.raises(ValidationError) as error:
        services.create_communication(cop, CommunicationData(organization=cluster.brs, title="  "), by=SYSTEM)
    assert list(error.value.message_dict) == ["title"]
    assert CommunicationItem.objects.count() == 0


def test_communication_items_are_versioned(cop: Event, cluster: Cluster, brs_editor: User) -> None:
    item = services.create_communication(
        cop,
        CommunicationData(organization=cluster.brs, title="Synthetic story", kind=CommunicationItem.Kind.WEB_STORY),
        by=brs_editor,
    )
    services.update_communication(
        item,
        CommunicationData(organization=cluster.brs, title="Synthetic story, v2", status=CommunicationItem.Status.DONE),
        expected_version=1,
        by=brs_editor,
    )
    with pytest.raises(EditConflict):
        services.update_communication(
            item, CommunicationData(organization=cluster.brs, title="Stale"), expected_version=1, by=brs_editor
        )
    item.refresh_from_db()
    assert (item.title, item.status, item.version) == ("Synthetic story, v2", "done", 2)
    pk = item.pk
    services.delete_communication(item, expected_version=2, by=brs_editor)
    assert not CommunicationItem.objects.filter(pk=pk).exists()
    assert [h.history_type for h in CommunicationItem.history.filter(id=pk).order_by("history_id")] == ["+", "~", "-"]
