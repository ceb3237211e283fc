"""The site's data generation (behind every feed's ETag) and the demo marker."""

from __future__ import annotations

import pytest

from synergies.core.models import DataGeneration
from synergies.testing import make_organization

pytestmark = pytest.mark.django_db


def test_the_generation_is_one_row_that_rises_with_every_change() -> None:
    start = DataGeneration.current().value
    DataGeneration.advance()
    DataGeneration.advance()
    assert DataGeneration.objects.count() == 1
    assert DataGeneration.current().value == start + 2


def test_a_change_to_reference_data_raises_the_generation_too() -> None:
    start = DataGeneration.current().value
    make_organization("SYN-GEN", name="Synthetic generation check")
    assert DataGeneration.current().value > start


def test_advancing_creates_the_row_where_none_is_stored_yet() -> None:
    DataGeneration.objects.all().delete()
    DataGeneration.advance()
    generation = DataGeneration.objects.get()
    assert generation.value == 1
    assert str(generation) == f"1 ({generation.changed_at:%Y-%m-%d %H:%M:%S})"
