"""How the calendar writes dates, times and structured data, in every page that shows an event.

``{% load calendar_format %}`` then ``{{ event|event_dates }}`` ("4–15 May 2015"),
``{{ event|event_when }}`` ("4 May 2015, 09:00–17:00 Europe/Zurich (CEST)",
"4–15 May 2015 (all day, Europe/Zurich)"), ``{{ event|event_place }}``,
``{{ data|json_ld }}`` (a schema.org ``<script type="application/ld+json">`` block).

The words themselves come from ``synergies.calendar.wording``, which the feeds, the periodic list,
the digests and the API call too: these filters only make them available to templates.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from synergies.calendar import wording
from synergies.calendar.models import Event

register = template.Library()

# Characters that could end a <script> element or open an HTML comment inside it; escaped as in
# Django's json_script, so any text (an event title with "</script>") stays data.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def event_dates(event: Event) -> str:
    """The days of an event: "4–15 May 2015", or "March–April 2015" when only the months are known."""
    return wording.dates(event)


@register.filter
def event_clock(event: Event) -> str:
    """ "09:00 CEST": the start with the zone's short name, where space is short (the month grid)."""
    return wording.clock(event)


@register.filter
def event_when(event: Event) -> str:
    """Dates and times with their zone, everything a reader needs on one line (``wording.when``)."""
    return wording.when(event)


@register.filter
def iso_start(event: Event) -> str:
    """The machine-readable start for a ``<time datetime>`` attribute."""
    if event.date_precision == Event.DatePrecision.MONTH:
        return event.start_date.strftime("%Y-%m")
    local = event.local_start
    return local.isoformat() if local is not None and not event.all_day else event.start_date.isoformat()


@register.filter
def month_label(day: date) -> str:
    return wording.month(day)


@register.filter
def day_label(day: date) -> str:
    return wording.day(day)


@register.filter
def event_place(event: Event) -> str:
    """Where, in one line (``wording.place``): "CICG, Geneva, Switzerland", "Online", "Nairobi, Kenya, and online"."""
    return wording.place(event)


_BADGES = {
    Event.Status.CANCELLED: ("badge-cancelled", _lazy("Cancelled")),
    Event.Status.POSTPONED: ("badge-postponed", _lazy("Postponed")),
    Event.Status.PLANNED: ("badge-planned", _lazy("Planned, not yet confirmed")),
}


@register.filter
def event_badges(event: Event) -> SafeString:
    """The status (unless simply confirmed) and "Internal", in words: colour is never the only sign."""
    parts = []
    if event.status in _BADGES:
        css, label = _BADGES[event.status]  # type: ignore[index]
        parts.append(format_html('<span class="badge {}">{}</span>', css, label))
    if event.visibility == Event.Visibility.INTERNAL:
        parts.append(format_html('<span class="badge badge-internal">{}</span>', _("Internal")))
    return mark_safe(" ".join(parts))  # noqa: S308 - each part is built by format_html


@register.filter
def json_ld(data: Any) -> SafeString:
    """A schema.org data block. It is data, not a script, so a strict CSP leaves it alone."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
