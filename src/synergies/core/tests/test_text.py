"""Text made safe to store and publish: no control characters, one kind of line end."""

from __future__ import annotations

import pytest

from synergies.core.text import clean_text


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Synthetic meeting", "Synthetic meeting"),
        ("Réunion — 会议 🌍", "Réunion — 会议 🌍"),
        ("", ""),
        ("null\x00byte", "nullbyte"),  # PostgreSQL refuses NUL
        ("bell\x07 and escape\x1b", "bell and escape"),
        ("C1\x85 control\x9f", "C1 control"),
        ("not\ufffe a\uffff character", "not a character"),  # XML refuses these two
        ("line one\r\nline two", "line one\nline two"),
        ("old Mac\rline ends", "old Mac\nline ends"),
        ("tab\tand\nnew line", "tab\tand\nnew line"),
    ],
)
def test_clean_text_keeps_what_people_write_and_drops_what_feeds_and_files_refuse(typed: str, stored: str) -> None:
    assert clean_text(typed) == stored


def test_clean_text_returns_printable_text_itself() -> None:
    text = "Synthetic plain title"
    assert clean_text(text) is text
