"""The free-text rule of the filters: every word typed, each in one of the fields, in any case (synthetic data)."""

from __future__ import annotations

import pytest

from synergies.calendar.models import Event
from synergies.core.search import matching_every_word
from synergies.testing import make_event

pytestmark = pytest.mark.django_db


def titles(text: str) -> set[str]:
    return set(matching_every_word(Event.objects.all(), text, ("title", "city")).values_list("title", flat=True))


def test_each_word_must_be_found_but_may_be_in_another_field() -> None:
    make_event(title="Synthetic workshop on mercury", city="Nairobi")
    make_event(title="Synthetic workshop on waste", city="Geneva")
    assert titles("MERCURY nairobi") == {"Synthetic workshop on mercury"}
    assert titles("workshop") == {"Synthetic workshop on mercury", "Synthetic workshop on waste"}
    assert titles("mercury geneva") == set()
    assert titles("   ") == titles("")  # no words: nothing narrowed
    assert len(titles("")) == 2
