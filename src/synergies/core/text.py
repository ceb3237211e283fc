"""Text as people type and machines send it, made safe to store and to publish."""

from __future__ import annotations

import re

# C0 and C1 control characters except TAB, LF and CR, plus the two non-characters XML refuses.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def clean_text(value: str) -> str:
    """``value`` without control characters and with ``\\n`` line ends: safe for PostgreSQL (which
    refuses NUL), ICS, XML and Excel."""
    if not value or value.isprintable():  # the common case, checked in C
        return value or ""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_CHARACTERS.sub("", value)
