"""The range of days the site accepts wherever a date comes in: forms, filters, the API, importers.

Python's dates run from year 1 to 9999, but a window computed around a day at either end (the
calendar's "not ended before" bound, a month grid, a time zone's offset) steps outside that range
and fails with ``OverflowError``. Every date that enters is held to a range no real event or query
needs to leave: see docs/decisions/0414-a-sane-range-of-dates.md.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

#: The first and last day any input may name.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2200, 12, 31)


def is_sane_date(value: date | datetime) -> bool:
    """Whether ``value`` (a date, or a datetime's day) lies in the accepted range."""
    day = value.date() if isinstance(value, datetime) else value
    return EARLIEST_DAY <= day <= LATEST_DAY


def out_of_range_message(value: date | datetime) -> str:
    day = value.date() if isinstance(value, datetime) else value
    return _("%(day)s is out of range: give a day between %(first)s and %(last)s.") % {
        "day": day.isoformat(),
        "first": EARLIEST_DAY.isoformat(),
        "last": LATEST_DAY.isoformat(),
    }


def validate_sane_date(value: Any) -> None:
    """A form field's validator: refuse a date or datetime outside the accepted range."""
    if isinstance(value, date) and not is_sane_date(value):
        raise ValidationError(out_of_range_message(value), code="out_of_range")


class SaneDateField(forms.DateField):
    """A form's date field that refuses days outside the accepted range, naming the day and the range."""

    default_validators = [validate_sane_date]
