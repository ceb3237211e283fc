"""The writes every service shares: a version claimed only by the first of two editors, and one
history record per change naming its author and reason. Exercised on the calendar's events, the
first model that uses them; the data is synthetic (``synergies.testing``)."""

from __future__ import annotations

import pytest

from synergies.calendar.models import Event
from synergies.core.actors import SYSTEM
from synergies.core.writes import (
    EditConflict,
    ItemConflict,
    claim_version,
    delete_with_history,
    save_with_history,
    without_history,
)
from synergies.testing import make_event, make_user

pytestmark = pytest.mark.django_db


def test_the_first_claim_of_a_version_wins_and_raises_it_by_one() -> None:
    event = make_event(title="Synthetic claimed meeting")
    claim_version(event, 1)
    assert event.version == 2
    assert Event.objects.get(pk=event.pk).version == 2


def test_a_claim_from_a_stale_version_writes_nothing_and_names_both_versions() -> None:
    event = make_event(title="Synthetic contested meeting")
    stale = Event.objects.get(pk=event.pk)
    claim_version(event, 1)  # someone else saved first
    with pytest.raises(EditConflict) as raised:
        claim_version(stale, 1)
    assert Event.objects.get(pk=event.pk).version == 2
    assert stale.version == 2, "the stale copy is refreshed, so the conflict page shows what is saved"
    assert str(raised.value) == (
        "“Synthetic contested meeting” was changed by someone else while you were editing it (version 2, you "
        "started from version 1). Nothing was saved: reload it, then apply your changes again."
    )


def test_a_claim_raises_the_conflict_class_it_is_given() -> None:
    event = make_event()
    with pytest.raises(ItemConflict, match=r"^This item was changed by someone else"):
        claim_version(event, 7, conflict=ItemConflict)


def test_conflict_messages_for_removed_records_and_for_items_without_visible_versions() -> None:
    event = make_event(title="Synthetic removed meeting")
    assert str(EditConflict(event, 1, removed=True)) == (
        "“Synthetic removed meeting” was removed by someone else while you were editing it. Nothing was saved."
    )
    assert str(EditConflict(event, 1, subject="This event", show_versions=False)) == (
        "This event was changed by someone else while you were editing it. Nothing was saved: reload it, "
        "then apply your changes again."
    )
    assert str(ItemConflict(event, 1, removed=True)).startswith("This item was removed by someone else")
    conflict = EditConflict(event, 3)
    assert (conflict.obj, conflict.expected_version, conflict.removed) == (event, 3, False)


def test_a_save_records_its_author_and_reason_and_the_system_as_no_user() -> None:
    editor = make_user("synthetic-history-editor")
    event = make_event(title="Synthetic recorded meeting")
    event.title = "Synthetic renamed meeting"
    save_with_history(event, editor, "Renamed")
    event.title = "Synthetic imported meeting"
    save_with_history(event, SYSTEM, "Imported")
    newest, renamed, created = event.history.order_by("-history_id")[:3]
    assert (newest.title, newest.history_user, newest.history_change_reason) == (
        "Synthetic imported meeting",
        None,
        "Imported",
    )
    assert (renamed.title, renamed.history_user, renamed.history_change_reason) == (
        "Synthetic renamed meeting",
        editor,
        "Renamed",
    )
    assert created.history_change_reason == "Created"


def test_a_deletion_is_recorded_with_its_author_and_reason() -> None:
    editor = make_user("synthetic-deleting-editor")
    event = make_event(title="Synthetic deleted meeting")
    pk = event.pk
    delete_with_history(event, editor, "Withdrawn")
    assert not Event.objects.filter(pk=pk).exists()
    last = Event.history.filter(id=pk).order_by("-history_id").first()
    assert last is not None
    assert (last.history_type, last.history_user, last.history_change_reason) == ("-", editor, "Withdrawn")


def test_a_save_without_history_writes_no_record_and_the_next_save_records_again() -> None:
    event = make_event()
    before = event.history.count()
    with without_history(event):
        event.save()
    assert event.history.count() == before
    save_with_history(event, SYSTEM, "Edited")
    assert event.history.count() == before + 1
