"""``{% load upcoming_format %}``: the periodic list's wording in pages, the same as in its exports."""

from __future__ import annotations

from django import template

from synergies.upcoming import rendering

register = template.Library()

register.filter("upcoming_when", rendering.when)
register.filter("upcoming_status", rendering.status_note)
register.filter("upcoming_organizers", rendering.organizers)
register.filter("upcoming_place", rendering.place)
register.filter("communication_line", rendering.communication_line)
