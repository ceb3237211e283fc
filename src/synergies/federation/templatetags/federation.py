"""``{% event_sources event as sources %}``: the public credits of an event, for the "Sources" section."""

from __future__ import annotations

from django import template

from synergies.calendar.models import Event
from synergies.federation.provenance import public_sources

register = template.Library()


@register.simple_tag
def event_sources(event: Event) -> list[dict[str, str]]:
    return public_sources([event]).get(event.pk, [])
