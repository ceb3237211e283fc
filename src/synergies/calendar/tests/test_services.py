"""Rules every write to the calendar obeys, whoever makes it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from synergies.calendar.models import Event
from synergies.calendar.services import (
    EditConflict,
    EventData,
    cancel_event,
    find_possible_duplicates,
    postpone_event,
    update_event,
)
from synergies.core.actors import SYSTEM
from synergies.directory.models import Organization
from synergies.testing import aware, event_data, make_event, make_organization

pytestmark = pytest.mark.django_db


def test_reference_data_is_there_after_migrate() -> None:
    from synergies.directory.models import Country, Instrument, Region, Topic

    assert Country.objects.get(code="KE").name == "Kenya"
    assert Instrument.objects.filter(code="minamata").exists()
    assert Topic.objects.filter(slug="mercury").exists()
    assert Region.objects.filter(kind="un_group").count() == 5


def test_timed_event_is_stored_in_utc_with_local_days() -> None:
    # 18:00 to 23:30 in Nairobi (UTC+3) is 15:00 to 20:30 UTC, one local day.
    event = make_event(
        all_day=False,
        timezone="Africa/Nairobi",
        start=datetime(2030, 6, 2, 18, 0),
        end=datetime(2030, 6, 2, 23, 30),
        city="Nairobi",
    )
    assert event.start_at == aware(2030, 6, 2, 15, 0)
    assert event.end_at == aware(2030, 6, 2, 20, 30)
    assert (event.start_date, event.end_date) == (date(2030, 6, 2), date(2030, 6, 2))


def test_event_ending_at_local_midnight_does_not_take_the_next_day() -> None:
    event = make_event(all_day=False, start=datetime(2030, 6, 2, 20, 0), end=datetime(2030, 6, 3, 0, 0))
    assert event.end_date == date(2030, 6, 2)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"start": date(2030, 3, 6), "end": date(2030, 3, 4)}, "end"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"title": "   "}, "title"),
        ({"languages": ["en", "xx"]}, "languages"),
        ({"all_day": False, "start": datetime(2030, 3, 4, 10), "end": datetime(2030, 3, 4, 9)}, "end"),
        ({"city": "", "venue": "", "country": None}, "city"),
    ],
)
def test_bad_event_is_refused_at_the_field_and_nothing_is_stored(overrides: dict[str, Any], field: str) -> None:
    data = event_data(**overrides)
    with pytest.raises(ValidationError) as refused:
        from synergies.calendar.services import create_event

        create_event(data, by=SYSTEM)
    assert field in refused.value.message_dict
    assert not Event.objects.exists()


def test_database_refuses_end_before_start_even_past_the_services() -> None:
    event = make_event()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(end_date=date(2000, 1, 1))


def test_second_editor_with_a_stale_version_is_refused_and_first_edit_kept() -> None:
    event = make_event(title="Original title")
    first = replace(EventData.from_event(event), title="First editor's title")
    second = replace(EventData.from_event(event), title="Second editor's title")
    update_event(event, first, expected_version=1, by=SYSTEM)
    stale = Event.objects.get(pk=event.pk)
    with pytest.raises(EditConflict):
        update_event(stale, second, expected_version=1, by=SYSTEM)
    event.refresh_from_db()
    assert event.title == "First editor's title"
    assert event.version == 2


def test_every_change_is_recorded_in_history_with_its_author(editor: Any, organization: Organization) -> None:
    event = make_event(by=editor, lead_organizers=[organization])
    cancel_event(event, expected_version=event.version, by=editor, note="Venue unavailable")
    records = list(event.history.order_by("history_date"))
    assert [r.status for r in records] == ["confirmed", "cancelled"]
    assert all(r.history_user == editor for r in records)
    assert records[-1].history_change_reason == "Cancelled"


def test_cancelling_and_postponing_raise_the_sequence() -> None:
    event = make_event()
    postpone_event(event, expected_version=1, new_start=date(2030, 9, 1), new_end=date(2030, 9, 3), by=SYSTEM)
    assert (event.status, event.version, event.start_date) == ("postponed", 2, date(2030, 9, 1))
    cancel_event(event, expected_version=2, by=SYSTEM)
    assert (event.status, event.version) == ("cancelled", 3)


def test_possible_duplicate_needs_shared_organizer_overlap_and_similar_title() -> None:
    organizer = make_organization()
    make_event(title="Regional workshop on the Minamata Convention for Africa", lead_organizers=[organizer])
    similar = event_data(title="Minamata Convention regional workshop for Africa", lead_organizers=[organizer])
    other_organizer = event_data(title="Minamata Convention regional workshop for Africa")
    other_dates = replace(similar, start=date(2031, 1, 1), end=date(2031, 1, 2))
    different_title = replace(similar, title="Budget committee")
    assert [e.title for e in find_possible_duplicates(similar)] == [
        "Regional workshop on the Minamata Convention for Africa"
    ]
    assert find_possible_duplicates(other_organizer) == []
    assert find_possible_duplicates(other_dates) == []
    assert find_possible_duplicates(different_title) == []


def test_control_characters_never_reach_the_database() -> None:
    # PostgreSQL refuses NUL in text; feeds and spreadsheets break on other control characters.
    event = make_event(
        title="Synthetic\x00 meeting\x07", description="Line one\r\nLine two\x00", internal_notes="Note\x1b"
    )
    event.refresh_from_db()
    assert (event.title, event.description, event.internal_notes) == ("Synthetic meeting", "Line one\nLine two", "Note")
