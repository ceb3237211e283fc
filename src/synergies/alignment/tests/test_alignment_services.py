"""Alignment over stored events: time zones, statuses, places, and the CLI's JSON."""

from __future__ import annotations

import json
from datetime import date, datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from synergies.alignment.services import AlignmentQuery, align, findings_as_dict
from synergies.calendar.models import Event
from synergies.calendar.services import cancel_event, link_back_to_back
from synergies.core.actors import SYSTEM
from synergies.directory.models import Country, Topic
from synergies.testing import make_event, make_organization

pytestmark = pytest.mark.django_db

WINDOW = AlignmentQuery(start=date(2030, 1, 1), end=date(2030, 12, 31))


def mercury() -> list[Topic]:
    return [Topic.objects.get(slug="mercury")]


def test_overlapping_events_on_the_same_topic_clash_with_reasons_in_words() -> None:
    first = make_event(title="Synthetic mercury workshop A", topics=mercury())
    second = make_event(title="Synthetic mercury workshop B", topics=mercury())
    findings = findings_as_dict(align(WINDOW))
    assert [sorted(e["id"] for e in c["events"]) for c in findings["clashes"]] == [sorted([first.pk, second.pk])]
    reasons = findings["clashes"][0]["reasons"]
    assert reasons == ["both in Geneva on 4 March", "both on Mercury"]


def test_events_without_a_shared_audience_do_not_clash() -> None:
    make_event(topics=mercury())
    make_event(topics=[Topic.objects.get(slug="plastics")])
    assert align(WINDOW).clashes == []


def test_cancelled_events_count_for_nothing_and_postponed_ones_at_their_new_dates() -> None:
    first = make_event(topics=mercury())
    second = make_event(topics=mercury())
    cancel_event(second, expected_version=1, by=SYSTEM)
    assert align(WINDOW).clashes == []
    third = make_event(topics=mercury(), start=date(2030, 9, 1), end=date(2030, 9, 2))
    from synergies.calendar.services import postpone_event

    postpone_event(third, expected_version=1, new_start=date(2030, 3, 5), new_end=date(2030, 3, 5), by=SYSTEM)
    assert [sorted(c.key) for c in align(WINDOW).clashes] == [sorted([first.pk, third.pk])]


def test_nairobi_evening_and_geneva_next_morning_are_compared_as_instants() -> None:
    kenya = Country.objects.get(code="KE")
    # 18:00 in Nairobi (15:00 UTC) ends before 09:00 next morning in Geneva (08:00 UTC): no overlap.
    make_event(
        all_day=False,
        timezone="Africa/Nairobi",
        city="Nairobi",
        country=kenya,
        topics=mercury(),
        start=datetime(2030, 3, 4, 9, 0),
        end=datetime(2030, 3, 4, 18, 0),
    )
    make_event(
        all_day=False,
        timezone="Europe/Zurich",
        topics=mercury(),
        start=datetime(2030, 3, 5, 9, 0),
        end=datetime(2030, 3, 5, 17, 0),
    )
    assert align(WINDOW).clashes == []
    # 18:00 Nairobi is 16:00 in Geneva: an event in Geneva from 15:00 does overlap.
    make_event(
        all_day=False,
        timezone="Europe/Zurich",
        topics=mercury(),
        start=datetime(2030, 3, 4, 15, 0),
        end=datetime(2030, 3, 4, 19, 0),
    )
    assert len(align(WINDOW).clashes) == 1


def test_back_to_back_in_the_same_city_of_different_organizers_until_linked() -> None:
    before = make_event(title="Synthetic regional workshop", start=date(2030, 3, 2), end=date(2030, 3, 4))
    after = make_event(title="Synthetic preparatory meeting", start=date(2030, 3, 6), end=date(2030, 3, 7))
    same_organizer = make_event(
        title="Synthetic follow-up",
        start=date(2030, 3, 9),
        end=date(2030, 3, 9),
        lead_organizers=list(after.organizers.all()),
    )
    pairs = align(WINDOW).back_to_back
    assert [(p.before.id, p.after.id, p.gap_days) for p in pairs] == [
        (before.pk, after.pk, 1),
        (before.pk, same_organizer.pk, 4),
    ]
    link_back_to_back(before, after, by=SYSTEM)
    assert [(p.before.id, p.after.id) for p in align(WINDOW).back_to_back] == [(before.pk, same_organizer.pk)]


def test_online_events_clash_by_audience_but_never_by_city() -> None:
    online = make_event(
        attendance_mode=Event.AttendanceMode.ONLINE, topics=mercury(), city="", country=None, timezone="UTC"
    )
    in_geneva = make_event(topics=mercury())
    clashes = align(WINDOW).clashes
    assert [(sorted(c.key), c.same_city) for c in clashes] == [(sorted([online.pk, in_geneva.pk]), False)]
    assert align(WINDOW).back_to_back == []


def test_filters_keep_only_findings_about_the_chosen_organization() -> None:
    mine = make_organization()
    make_event(topics=mercury(), lead_organizers=[mine])
    make_event(topics=mercury())
    make_event(topics=mercury(), start=date(2030, 6, 1), end=date(2030, 6, 2))
    make_event(topics=mercury(), start=date(2030, 6, 1), end=date(2030, 6, 2))
    assert len(align(WINDOW).clashes) == 2
    assert len(align(AlignmentQuery(start=WINDOW.start, end=WINDOW.end, organization=mine.pk)).clashes) == 1


def test_align_command_prints_json_with_the_four_keys() -> None:
    first = make_event(title="Synthetic A", topics=mercury())
    make_event(title="Synthetic B", topics=mercury())
    out = StringIO()
    call_command("align", "--from", "2030-01-01", "--to", "2030-12-31", "--format", "json", stdout=out)
    result = json.loads(out.getvalue())
    assert set(result) == {"clashes", "back_to_back", "missing_partners", "crowded_weeks"}
    assert {e["title"] for e in result["clashes"][0]["events"]} == {"Synthetic A", "Synthetic B"}
    assert first.pk in {e["id"] for e in result["clashes"][0]["events"]}


def test_align_command_refuses_bad_dates_in_plain_words() -> None:
    with pytest.raises(CommandError, match="--from must be a date as YYYY-MM-DD, not '2030-13-01'"):
        call_command("align", "--from", "2030-13-01", "--to", "2030-12-31")
    with pytest.raises(CommandError, match="is before --from"):
        call_command("align", "--from", "2030-12-31", "--to", "2030-01-01")
