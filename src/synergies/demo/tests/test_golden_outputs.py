"""Golden comparison: the feeds, exports and API lists over the demo data keep their bytes.

A restructuring must not change what subscribers and partners read. Each output's normalised text
(``synergies.demo.golden``) is compared by digest with ``golden/outputs.json``; see that module for how
to dump the outputs and diff them, and how to update the digests when a change is intended.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import Client
from pytest_django import DjangoDbBlocker

from synergies.demo import golden
from synergies.demo.loader import load_demo_data
from synergies.register.loader import load_register
from synergies.testing import make_user

pytestmark = pytest.mark.django_db

DIGESTS = Path(__file__).parent / "golden" / "outputs.json"


def _restart_id_sequences() -> None:
    """Ids are part of the outputs (addresses, the id column). PostgreSQL's sequences are not rolled back
    with the tests that used them, so without this the demo's ids would depend on which tests ran
    before in the same worker; SQLite reuses ids by itself."""
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture(scope="module")
def outputs(django_db_setup: None, django_db_blocker: DjangoDbBlocker) -> dict[str, dict[str, str]]:
    with django_db_blocker.unblock(), transaction.atomic():
        _restart_id_sequences()
        cache.clear()
        load_demo_data()
        load_register()
        staff = Client()
        staff.force_login(make_user("golden-staff", is_staff=True))
        texts = {
            "anonymous": golden.collect(Client()),
            "staff": golden.collect(staff),
        }
        transaction.set_rollback(True)
    dump_to = os.environ.get("SYNERGIES_GOLDEN_DUMP")
    if dump_to:
        for viewer, viewer_texts in texts.items():
            for name, text in viewer_texts.items():
                target = Path(dump_to) / viewer / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text)
    return {viewer: golden.digests(viewer_texts) for viewer, viewer_texts in texts.items()}


def test_outputs_over_the_demo_data_are_unchanged(outputs: dict[str, dict[str, str]]) -> None:
    if os.environ.get("SYNERGIES_GOLDEN_UPDATE"):
        DIGESTS.write_text(json.dumps(outputs, indent=2, sort_keys=True) + "\n")
    expected = json.loads(DIGESTS.read_text())
    changed = sorted(
        f"{viewer}/{name}"
        for viewer in expected.keys() | outputs.keys()
        for name in expected.get(viewer, {}).keys() | outputs.get(viewer, {}).keys()
        if expected.get(viewer, {}).get(name) != outputs.get(viewer, {}).get(name)
    )
    assert changed == [], "outputs changed (see synergies.demo.golden for how to diff them)"


def test_the_comparison_covers_every_feed_export_and_list(outputs: dict[str, dict[str, str]]) -> None:
    names = set(outputs["anonymous"])
    assert {"events.ics", "events.csv", "events.xlsx", "register.xlsx", "api-events.json"} <= names
    # Every output holds data (an empty list would compare equal to any other empty list).
    assert len(set(outputs["anonymous"].values())) == len(names)
    # Staff see internal events and fields, so at least the event feeds differ from the anonymous ones.
    assert outputs["staff"]["events.ics"] != outputs["anonymous"]["events.ics"]
