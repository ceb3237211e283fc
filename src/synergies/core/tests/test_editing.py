"""The one editing machinery: values in words, the conflict page's context and the history entries.
Exercised on the calendar's events (synthetic, from ``synergies.testing``)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from synergies.calendar.models import Event
from synergies.core import editing
from synergies.core.actors import SYSTEM
from synergies.core.writes import save_with_history
from synergies.testing import make_event, make_user


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (None, "(empty)"),
        ("", "(empty)"),
        ([], "(empty)"),
        (True, "yes"),
        (False, "no"),
        (date(2030, 3, 4), "2030-03-04"),
        (42, "42"),
        ("Geneva", "Geneva"),
    ],
)
def test_values_read_the_same_in_conflicts_and_history(value: Any, words: str) -> None:
    assert editing.display_value(value) == words


def test_a_choice_reads_as_its_label_whether_stored_as_itself_or_as_text() -> None:
    choices = [(1, "First"), ("draft", "Draft")]
    assert editing.display_value(1, choices=choices) == "First"
    assert editing.display_value("draft", choices=choices) == "Draft"
    assert editing.display_value("unknown", choices=choices) == "unknown"


def test_a_field_is_named_by_its_verbose_name_with_a_capital() -> None:
    assert editing.field_label(Event, "title") == "Title"


@pytest.mark.django_db
def test_the_author_is_named_by_full_name_else_user_name_and_imports_as_the_system() -> None:
    assert editing.author(None) == "the system (an import or a command)"
    assert editing.author(make_user("synthetic-named", first_name="Ada", last_name="Synthetic")) == "Ada Synthetic"
    assert editing.author(make_user("synthetic-unnamed")) == "synthetic-unnamed"


def test_only_rows_that_differ_are_differences() -> None:
    rows = [("Title", "Old", "New"), ("City", "Geneva", "Geneva")]
    assert editing.differences(rows) == [("Title", "Old", "New")]


@pytest.mark.django_db
def test_the_conflict_page_names_who_saved_last_the_version_and_the_differences() -> None:
    editor = make_user("synthetic-first-saver", first_name="First", last_name="Saver")
    event = make_event(title="Synthetic conflicting meeting")
    event.version = 2
    event.title = "Synthetic conflicting meeting, renamed"
    save_with_history(event, editor, "Edited")
    rows = [("Title", event.title, "My title")]
    context = editing.conflict_context(event, 1, differences=rows, reload_url="/events/1/edit/")
    assert context["by"] == "First Saver"
    assert context["version"] == 2
    assert context["differences"] == rows
    assert context["reload_url"] == "/events/1/edit/"
    assert context["subject"] == "“Synthetic conflicting meeting, renamed”"
    assert "version 2, you started from version 1" in context["message"]
    assert context["at"] == event.history.latest("history_id").history_date
    confirmation = editing.conflict_context(event, 1, differences=None, subject="this event")
    assert (confirmation["differences"], confirmation["subject"]) == (None, "this event")


def _title_changes(record: Any, previous: Any) -> list[editing.Change]:
    return editing.field_changes(
        record, previous, model=Event, display=lambda field, value, _record: editing.display_value(value)
    )


@pytest.mark.django_db
def test_history_lists_each_change_newest_first_and_names_authors_to_staff_only() -> None:
    editor = make_user("synthetic-historian")
    event = make_event(title="Synthetic first title")
    event.title = "Synthetic second title"
    event.version = 2  # bookkeeping: never shown as a change
    save_with_history(event, editor, "Renamed")
    records = list(editing.history_records(event))

    for_staff = editing.history_entries(records, changes=_title_changes, show_authors=True)
    assert [entry["reason"] for entry in for_staff] == ["Renamed", "Created"]
    assert for_staff[0]["changes"] == [editing.Change("Title", "Synthetic first title", "Synthetic second title")]
    assert for_staff[0]["by"] == "synthetic-historian" and for_staff[0]["version"] == 2
    assert (for_staff[1]["created"], for_staff[1]["changes"], for_staff[1]["by"]) == (
        True,
        [],
        "the system (an import or a command)",
    )

    for_public = editing.history_entries(records, changes=_title_changes, show_authors=False)
    assert [entry["by"] for entry in for_public] == [None, None]
    assert for_public[0]["changes"] == for_staff[0]["changes"]


@pytest.mark.django_db
def test_a_page_of_history_compares_its_oldest_record_with_the_one_before_the_page() -> None:
    event = make_event(title="Synthetic paged title")
    event.title = "Synthetic paged title, renamed"
    save_with_history(event, SYSTEM, "Renamed")
    newest, oldest = editing.history_records(event)
    (entry,) = editing.history_entries([newest], changes=_title_changes, show_authors=False, older=oldest)
    assert entry["created"] is False
    assert entry["changes"] == [editing.Change("Title", "Synthetic paged title", "Synthetic paged title, renamed")]
    assert editing.latest_record(event) == newest
