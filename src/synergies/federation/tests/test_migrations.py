"""Migration 0002 (an event may have several sources) keeps every provenance row and its page."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from synergies.testing import make_event, make_organization

OLD, NEW = [("federation", "0001_initial")], [("federation", "0002_harvested_event_many_sources")]


@pytest.mark.django_db(transaction=True)
def test_provenance_rows_survive_and_remember_the_page_at_the_source() -> None:
    event = make_event(title="Synthetic harvested before", website="https://partner.example/m/1")
    partner = make_organization("PARTNER")
    executor = MigrationExecutor(connection)
    executor.migrate(OLD)
    old_model = executor.loader.project_state(OLD).apps.get_model("federation", "HarvestedEvent")
    # The old schema's model, from the migration state: no service or builder knows it any more.
    old_model.objects.create(
        event_id=event.pk,
        organization_id=partner.pk,
        source_name="partner",
        remote_uid="m1",
        fingerprint="x",
        local_version=1,
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(NEW)
    new_model = executor.loader.project_state(NEW).apps.get_model("federation", "HarvestedEvent")
    (link,) = new_model.objects.all()
    assert (link.event_id, link.remote_uid, link.remote_url) == (event.pk, "m1", "https://partner.example/m/1")
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())  # back to the latest, whatever follows 0002
