"""Reading an iCalendar answer back in a test, typed.

icalendar types ``component[name]`` as the union of all its property classes and ``walk()`` as a list of
plain components, so ``component["DTSTART"].dt`` or ``int(component["SEQUENCE"])`` does not type-check.
These helpers narrow with ``isinstance``: a property of an unexpected kind fails the test instead of being
cast away. Nothing here writes data.
"""

from __future__ import annotations

import icalendar
from icalendar.prop.dt import DT_TYPE


def vevent_list(calendar: icalendar.Component) -> list[icalendar.Event]:
    """The VEVENT components of ``calendar``, in file order."""
    found = calendar.walk("VEVENT")
    events = [component for component in found if isinstance(component, icalendar.Event)]
    assert len(events) == len(found), "a VEVENT that icalendar did not read as an Event"
    return events


def time_of(component: icalendar.Component, name: str) -> DT_TYPE:
    """The date, date-time or duration of the property ``name`` (DTSTART, DTEND, DTSTAMP, REFRESH-INTERVAL ...)."""
    value = component[name]
    assert isinstance(value, icalendar.vDDDTypes), (name, type(value))
    return value.dt


def integer_of(component: icalendar.Component, name: str) -> int:
    """The number of the property ``name`` (SEQUENCE, PRIORITY ...)."""
    value = component[name]
    assert isinstance(value, int), (name, type(value))
    return int(value)
