"""The fast reader of plain iCalendar feeds gives exactly the events ``icalendar`` gives, or steps aside."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from synergies.federation.formats.base import FeedError
from synergies.federation.formats.ics import parse_ics
from synergies.federation.formats.ics_fast import read_plain_feed
from synergies.federation.tests.test_fuzz import ICS_ZONED_SAMPLE, mutated
from synergies.federation.tests.test_ics_import import SLOPPY_FEED
from synergies.testing import make_event

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "benchmarks"))

PLAIN = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Synthetic//EN\r\nBEGIN:VEVENT\r\nUID:p1\r\nDTSTAMP:20300101T000000Z\r\n"
    b"SEQUENCE:2\r\nSUMMARY:Synthetic meeting\\, with a comma\r\nDTSTART;TZID=Africa/Dakar:20300310T090000\r\n"
    b"DTEND;TZID=Africa/Dakar:20300312T170000\r\nLOCATION:CICG\\, Geneva\\, Switzerland\r\n"
    b"CATEGORIES:Mercury,e-waste\r\nDESCRIPTION:Two lines\\nand a semicolon\\;\r\nURL:https://partner.example/1\r\n"
    b"LAST-MODIFIED:20300102T030405Z\r\n"
    b"END:VEVENT\r\nBEGIN:VEVENT\r\nUID:p2\r\nSUMMARY:Synthetic all-day\r\n"
    b"DTSTART;VALUE=DATE:20300401\r\nDTEND;VALUE=DATE:20300404\r\nSTATUS:TENTATIVE\r\nEND:VEVENT\r\n"
    b"BEGIN:VEVENT\r\nUID:p3\r\nSUMMARY:Synthetic floating call\r\nDTSTART:20300505T140000\r\n"
    b"DTEND:20300505T150000Z\r\nLOCATION:Online\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_plain_feed_is_read_fast_and_alike() -> None:
    assert read_plain_feed(PLAIN.decode(), "Asia/Bangkok") is not None
    assert read_plain_feed(ICS_ZONED_SAMPLE.decode(), "UTC") is not None
    assert parse_ics(PLAIN, default_timezone="Asia/Bangkok") == parse_ics(
        PLAIN, default_timezone="Asia/Bangkok", fast=False
    )


@pytest.mark.django_db
def test_our_own_feed_and_the_benchmark_feed_are_read_fast_and_alike() -> None:
    from harvest import synthetic_feed  # type: ignore[import-not-found]  # benchmarks/, on sys.path above

    make_event(title="Synthetic; published, meeting")
    make_event(title="Synthetic internal", visibility="internal")
    for feed in (Client().get("/events.ics").content, synthetic_feed(300)):
        assert read_plain_feed(feed.decode(), "UTC") is not None
        assert parse_ics(feed) == parse_ics(feed, fast=False)


def test_feeds_the_fast_reader_does_not_know_go_to_icalendar() -> None:
    assert read_plain_feed(SLOPPY_FEED, "UTC") is not None  # plain, though sloppy
    recurring = PLAIN.replace(b"SEQUENCE:2\r\n", b"RRULE:FREQ=DAILY;COUNT=2\r\n").decode()
    assert read_plain_feed(recurring, "UTC") is None
    alarm = PLAIN.replace(b"SEQUENCE:2\r\n", b"BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n").decode()
    assert read_plain_feed(alarm, "UTC") is None
    assert parse_ics(alarm.encode())[0].title == "Synthetic meeting, with a comma"


def _outcome(data: bytes, fast: bool) -> object:
    try:
        return parse_ics(data, default_timezone="Europe/Zurich", fast=fast)
    except FeedError as error:
        return ("refused", error.problems)


@settings(max_examples=150, deadline=None, database=None)
@given(mutated(PLAIN) | mutated(ICS_ZONED_SAMPLE) | st.sampled_from([PLAIN, ICS_ZONED_SAMPLE, SLOPPY_FEED.encode()]))
def test_both_readers_agree_on_mutated_feeds(data: Any) -> None:
    assert _outcome(data, True) == _outcome(data, False)
