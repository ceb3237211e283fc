"""The loader's guarantees on a database without the demo set: refusing twice, refusing to mix, speed."""

from __future__ import annotations

import pytest

from synergies.calendar.models import Event
from synergies.core.models import DemoDataset
from synergies.demo.data.events import EVENTS
from synergies.demo.loader import DemoDataAlreadyLoaded, DemoDataError, load_demo_data
from synergies.directory.models import Organization
from synergies.testing import make_organization


@pytest.mark.django_db
def test_loading_twice_is_refused_and_changes_nothing() -> None:
    load_demo_data()
    history_rows = Event.history.count()

    with pytest.raises(DemoDataAlreadyLoaded):
        load_demo_data()

    assert Event.objects.count() == len(EVENTS)
    assert Event.history.count() == history_rows
    assert DemoDataset.objects.count() == 1


@pytest.mark.django_db
def test_refuses_a_database_that_already_has_its_organizations() -> None:
    make_organization("BRS", name="Test organization BRS (synthetic)")

    with pytest.raises(DemoDataError, match=r"already has organizations with the demo set's acronyms \(BRS\)"):
        load_demo_data()

    assert Event.objects.count() == 0
    assert Organization.objects.count() == 1
    assert not DemoDataset.objects.exists()
