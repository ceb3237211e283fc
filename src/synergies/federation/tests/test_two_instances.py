"""Two Synergies instances federate over loopback: this one harvests the other's ``/events.ics`` and its
``/api/v1/events`` (page after page) and gets the same public events, with provenance.

The other instance is a real one: its own SQLite file in a temporary folder (``DATABASE_URL``),
migrated, loaded with a few synthetic events, served by gunicorn on a free loopback port.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from synergies.calendar.models import Event
from synergies.core.actors import SYSTEM
from synergies.federation.models import FeedSource
from synergies.federation.provenance import public_sources
from synergies.federation.services import harvest
from synergies.testing import make_feed_source, make_organization

BIN = Path(sys.executable).parent

#: Run inside the other instance (``synergies shell -c``): synthetic events, one of them internal.
LOAD = """
from datetime import date, datetime
from synergies.directory.models import Country
from synergies.testing import make_event, make_organization
owner = make_organization("OTHER", name="Other clearing house (synthetic)")
make_event(lead_organizers=[owner], title="Synthetic federated conference", kind="cop", venue="CICG",
           start=date(2030, 5, 4), end=date(2030, 5, 15), description="Synthetic description.")
make_event(lead_organizers=[owner], title="Synthetic federated workshop", all_day=False, city="Nairobi",
           country=Country.objects.get(code="KE"), start=datetime(2030, 6, 1, 9, 30),
           end=datetime(2030, 6, 1, 17, 0), timezone="Africa/Nairobi")
make_event(lead_organizers=[owner], title="Synthetic federated webinar", attendance_mode="online", city="",
           country=None, online_url="https://meet.example/w", start=date(2030, 7, 1), end=date(2030, 7, 1))
make_event(lead_organizers=[owner], title="Synthetic internal meeting of the other", visibility="internal")
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def other_instance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("other-instance")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "synergies.settings.base",
        "DATABASE_URL": f"sqlite:///{folder / 'other.sqlite3'}",
        "SYNERGIES_DATA_DIR": str(folder),
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECRET_KEY": "synthetic-test-instance",
    }
    synergies = str(BIN / "synergies")
    subprocess.run([synergies, "migrate", "--noinput", "-v", "0"], env=env, check=True, cwd=folder)
    subprocess.run([synergies, "shell", "-c", LOAD], env=env, check=True, cwd=folder)
    port = _free_port()
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "synergies.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=folder,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # polling for the server to come up, not a timed assertion
            try:
                if httpx.get(f"{base}/events.ics", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        else:
            pytest.fail("the other instance did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def _api_source(other_instance: str) -> FeedSource:
    partner = make_organization("OTHER", name="Other clearing house (synthetic)")
    return make_feed_source(
        "other-api",
        f"{other_instance}/api/v1/events?page_size=2",
        format=FeedSource.Format.JSON,
        organization=partner,
        allow_private_addresses=True,
    )


@pytest.mark.django_db(transaction=True)
def test_harvesting_the_others_ics_and_json_brings_the_same_events_with_provenance(other_instance: str) -> None:
    api = _api_source(other_instance)
    ics = make_feed_source(
        "other-ics",
        f"{other_instance}/events.ics",
        organization=api.organization,
        allow_private_addresses=True,
    )

    by_ics = harvest(ics, by=SYSTEM)
    assert (by_ics.status, by_ics.new) == ("succeeded", 3)
    conference = Event.objects.get(title="Synthetic federated conference")
    assert (conference.start_date, conference.end_date, conference.venue, conference.city) == (
        date(2030, 5, 4),
        date(2030, 5, 15),
        "CICG",
        "Geneva",
    )
    workshop = Event.objects.get(title="Synthetic federated workshop")
    assert workshop.country is not None
    assert (workshop.start_at, workshop.timezone, workshop.country.code) == (
        datetime(2030, 6, 1, 9, 30, tzinfo=ZoneInfo("Africa/Nairobi")),
        "Africa/Nairobi",
        "KE",
    )
    assert Event.objects.get(title="Synthetic federated webinar").attendance_mode == "online"
    assert not Event.objects.filter(title__contains="internal").exists()

    by_api = harvest(api, by=SYSTEM)  # three pages of two (the internal event is not published): the same meetings
    assert (by_api.status, by_api.new, by_api.merged) == ("succeeded", 0, 3)
    assert Event.objects.count() == 3
    for event in Event.objects.all():
        credits = public_sources([event])[event.pk]
        assert [c["name"] for c in credits] == ["other-ics", "other-api"]
        assert credits[0]["url"] == credits[1]["url"]
        assert credits[0]["url"].startswith(f"{other_instance}/events/")
    workshop = Event.objects.get(title="Synthetic federated workshop")
    assert workshop.kind == "other"  # the ICS source shows; the API's richer fields only credit it

    again = harvest(api, by=SYSTEM)
    assert (again.new, again.updated, again.merged, again.unchanged) == (0, 0, 0, 3)


@pytest.mark.django_db(transaction=True)
def test_the_json_api_alone_brings_every_field_it_carries(other_instance: str) -> None:
    run = harvest(_api_source(other_instance), by=SYSTEM)
    assert (run.status, run.new) == ("succeeded", 3)
    conference = Event.objects.get(title="Synthetic federated conference")
    assert conference.country is not None
    assert (conference.kind, conference.description, conference.country.code) == ("cop", "Synthetic description.", "CH")
    webinar = Event.objects.get(title="Synthetic federated webinar")
    assert webinar.online_url == "https://meet.example/w"
    (credit,) = public_sources([conference])[conference.pk]
    assert credit["name"] == "other-api" and credit["url"].startswith(f"{other_instance}/events/")
