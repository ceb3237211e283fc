"""The generic pieces under every export: text cleaning, folding, filter keys, fingerprints."""

from __future__ import annotations

import icalendar
import pytest
from django.http import QueryDict

from synergies.calendar.exporters import fold
from synergies.core.exporting import Fingerprint, filter_key
from synergies.core.text import clean_text
from synergies.directory.models import Topic
from synergies.testing import make_event

FILTERS = ("topic", "status", "from")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("plain", "plain"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("windows\r\nand old mac\rends", "windows\nand old mac\nends"),
        ("bell\x07 escape\x1b delete\x7f c1\x85 nonchar\uffff", "bell escape delete c1 nonchar"),
        ("", ""),
    ],
)
def test_clean_text_keeps_tabs_and_newlines_and_drops_other_controls(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_filter_key_ignores_order_repetition_empty_values_and_unknown_parameters() -> None:
    first = QueryDict("topic=pcbs&topic=mercury&status=confirmed&utm_source=x&from=")
    second = QueryDict("status=confirmed&topic=mercury&topic=pcbs&topic=mercury")
    assert filter_key(first, FILTERS) == filter_key(second, FILTERS) == "topic=mercury,pcbs&status=confirmed"
    assert filter_key(QueryDict(""), FILTERS) == ""


@pytest.mark.parametrize(
    "line",
    [
        "SUMMARY:" + "a" * 200,
        "DESCRIPTION:" + "x" * 66 + "\\,\\;\\n" + "y" * 100,  # escapes right at the first fold
        "LOCATION:" + "é" * 100,
        "SUMMARY:" + "汞" * 40 + "a" + "汞" * 40,
        "SUMMARY:short",
    ],
)
def test_folding_keeps_lines_within_75_octets_and_unfolds_to_the_original(line: str) -> None:
    folded = fold(line)
    physical = folded.encode().split(b"\r\n")
    assert all(len(part) <= 75 for part in physical)
    assert all(part.startswith(b" ") for part in physical[1:])
    for part in physical:
        part.decode()  # no character cut in two
    assert folded.replace("\r\n ", "") == line
    unfolded = icalendar.Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{folded}\r\nEND:VCALENDAR\r\n")
    name = line.split(":", 1)[0]
    value = unfolded[name]
    assert isinstance(value, icalendar.vText), type(value)
    assert value.to_ical().decode() == line.split(":", 1)[1]


def test_no_escape_is_split_across_a_fold() -> None:
    line = "DESCRIPTION:" + "x" * 62 + "\\,tail" + "z" * 30
    first, _ = fold(line).split("\r\n ", 1)
    assert not first.endswith("\\")


@pytest.mark.django_db
def test_fingerprint_changes_with_any_change_to_the_data() -> None:
    empty = Fingerprint.of(key=("k",))
    event = make_event()
    one = Fingerprint.of(key=("k",))
    assert one.etag != empty.etag
    assert one.last_modified is not None
    assert Fingerprint.of(key=("other",)).etag != one.etag
    assert Fingerprint.of(key=("k",)).etag == one.etag  # nothing changed: the same answer
    event.topics.add(Topic.objects.get(slug="mercury"))  # a relation only
    related = Fingerprint.of(key=("k",))
    assert related.etag != one.etag
    topic = Topic.objects.filter(slug="mercury").first()
    assert topic is not None
    topic.save()  # reference data renamed or touched
    assert Fingerprint.of(key=("k",)).etag != related.etag
