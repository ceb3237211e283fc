"""How the filters' free-text box matches: the one rule, so the calendar, the register and the mandates agree.

Every word typed must appear (case-insensitively) in at least one of the given fields; the words may
be in different fields. This is plain ``icontains`` for now: the site-wide search of issue 13 replaces
it with each database's own text search in this one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from operator import or_
from typing import TypeVar

from django.db.models import Model, Q, QuerySet

M = TypeVar("M", bound=Model)


def matching_every_word(queryset: QuerySet[M], text: str, fields: Sequence[str]) -> QuerySet[M]:
    """``queryset`` narrowed to rows where each word of ``text`` is in one of ``fields``."""
    for word in text.split():
        queryset = queryset.filter(reduce(or_, (Q(**{f"{field}__icontains": word}) for field in fields)))
    return queryset
