"""What every feed and export shares: filters, permissions, ETag/304, CORS, caching, query counts.

All events here are synthetic test data.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from django.test import Client
from django.utils.http import http_date
from pytest_django import DjangoAssertNumQueries

from synergies.calendar.models import Event
from synergies.calendar.services import EventData, update_event
from synergies.core.actors import SYSTEM
from synergies.core.models import DataGeneration
from synergies.directory.models import Country, Region, Topic
from synergies.testing import make_event, make_organization

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse

pytestmark = pytest.mark.django_db

FORMATS = ["ics", "atom", "csv", "xlsx"]
CONTENT_TYPES = {
    "ics": "text/calendar; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def csv_titles(response: _MonkeyPatchedWSGIResponse) -> list[str]:
    assert response.status_code == 200, response.content
    return sorted(row["title"] for row in csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_has_its_content_type_validators_and_cors(client: Client, fmt: str) -> None:
    make_event()
    response = client.get(f"/events.{fmt}")
    assert response.status_code == 200
    assert response["Content-Type"] == CONTENT_TYPES[fmt]
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith(" GMT")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "public, max-age=300, no-transform"
    assert "Content-Encoding" not in response
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_staff_answers_are_private_and_not_shared_across_origins(staff_client: Client, fmt: str) -> None:
    make_event()
    response = staff_client.get(f"/events.{fmt}")
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
    assert response["Cache-Control"] == "private, no-cache, no-transform"


@pytest.mark.parametrize("fmt", FORMATS)
def test_if_none_match_gets_304_until_something_changes(client: Client, fmt: str) -> None:
    event = make_event(title="Synthetic meeting")
    first = client.get(f"/events.{fmt}")
    etag = first["ETag"]

    again = client.get(f"/events.{fmt}", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert again["Access-Control-Allow-Origin"] == "*"

    update_event(
        event, replace(EventData.from_event(event), title="Synthetic meeting, moved"), expected_version=1, by=SYSTEM
    )
    changed = client.get(f"/events.{fmt}", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_if_modified_since_gets_304_and_a_new_event_makes_it_200(client: Client) -> None:
    make_event()
    first = client.get("/events.ics")
    since = first["Last-Modified"]
    assert client.get("/events.ics", HTTP_IF_MODIFIED_SINCE=since).status_code == 304

    make_event()
    # HTTP dates have whole seconds: make the change visibly later than the first answer.
    generation = DataGeneration.current()
    DataGeneration.objects.update(changed_at=generation.changed_at + timedelta(seconds=2))
    response = client.get("/events.ics", HTTP_IF_MODIFIED_SINCE=since)
    assert response.status_code == 200
    assert response["Last-Modified"] == http_date(math.ceil(DataGeneration.current().changed_at.timestamp()))


def test_etag_depends_on_filter_viewer_and_format(client: Client, staff_client: Client) -> None:
    make_event(topics=[Topic.objects.get(slug="mercury")])
    etags = {
        client.get("/events.ics")["ETag"],
        client.get("/events.ics?topic=mercury")["ETag"],
        client.get("/events.csv")["ETag"],
        staff_client.get("/events.ics")["ETag"],
    }
    assert len(etags) == 4
    # the order and repetition of parameters do not change the selection, nor its ETag
    assert (
        client.get("/events.ics?topic=mercury&status=confirmed")["ETag"]
        == client.get("/events.ics?status=confirmed&topic=mercury&topic=mercury")["ETag"]
    )


def test_deleting_an_event_changes_the_etag(client: Client) -> None:
    make_event()
    doomed = make_event()
    etag = client.get("/events.ics")["ETag"]
    doomed.delete()
    assert client.get("/events.ics", HTTP_IF_NONE_MATCH=etag).status_code == 200


@pytest.mark.parametrize(
    ("query", "parameter"),
    [("topic=no-such-topic", "topic"), ("from=yesterday", "from"), ("kind=party", "kind"), ("country=XX", "country")],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_bad_filter_is_refused_with_400_naming_the_parameter(
    client: Client, fmt: str, query: str, parameter: str
) -> None:
    response = client.get(f"/events.{fmt}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith(f"This filter cannot be used: {parameter}: ")


def test_unknown_parameters_are_ignored(client: Client) -> None:
    make_event(title="Synthetic meeting")
    assert csv_titles(client.get("/events.csv?utm_source=newsletter")) == ["Synthetic meeting"]


def test_one_filter_and_combined_filters_select_the_same_events_in_every_format(client: Client) -> None:
    mercury = Topic.objects.get(slug="mercury")
    kenya = Country.objects.get(code="KE")
    organizer = make_organization("FILTORG")
    make_event(title="Mercury in Nairobi", topics=[mercury], country=kenya, city="Nairobi", lead_organizers=[organizer])
    make_event(title="Mercury in Geneva", topics=[mercury])
    make_event(title="E-waste in Nairobi", topics=[Topic.objects.get(slug="e-waste")], country=kenya, city="Nairobi")
    make_event(
        title="Mercury in Nairobi, cancelled",
        topics=[mercury],
        country=kenya,
        city="Nairobi",
        status=Event.Status.CANCELLED,
    )
    make_event(
        title="Mercury in Nairobi, long ago",
        topics=[mercury],
        country=kenya,
        city="Nairobi",
        start=date(2001, 5, 1),
        end=date(2001, 5, 2),
    )

    assert csv_titles(client.get("/events.csv?topic=mercury")) == [
        "Mercury in Geneva",
        "Mercury in Nairobi",
        "Mercury in Nairobi, cancelled",
        "Mercury in Nairobi, long ago",
    ]
    combined = "topic=mercury&country=KE&status=confirmed&from=2020-01-01"
    assert csv_titles(client.get(f"/events.csv?{combined}")) == ["Mercury in Nairobi"]
    assert csv_titles(client.get("/events.csv?region=africa&q=nairobi&organizer=FILTORG")) == ["Mercury in Nairobi"]
    assert Region.objects.get(code="africa").countries.filter(code="KE").exists()

    ics = client.get(f"/events.ics?{combined}").content.decode()
    assert ics.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Mercury in Nairobi\r\n" in ics
    atom = client.get(f"/events.atom?{combined}").content.decode()
    assert atom.count("<entry>") == 1


def test_only_get_and_head_are_answered(client: Client) -> None:
    assert client.post("/events.ics").status_code == 405
    assert client.head("/events.ics").status_code == 200


# Queries: aggregate for the ETag, the events, organizers, one per relation shown, parents (when any).
EXPECTED_QUERIES = {"ics": 6, "atom": 6, "csv": 9, "xlsx": 9}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("count", [1, 30])
def test_number_of_queries_does_not_grow_with_the_number_of_events(
    client: Client, django_assert_num_queries: DjangoAssertNumQueries, fmt: str, count: int
) -> None:
    mercury = Topic.objects.get(slug="mercury")
    parent = make_event(title="Synthetic parent meeting")
    for number in range(count):
        make_event(
            title=f"Synthetic meeting {number}", topics=[mercury], parent=parent, co_organizers=[make_organization()]
        )
    with django_assert_num_queries(EXPECTED_QUERIES[fmt]):
        response = client.get(f"/events.{fmt}")
    assert response.status_code == 200
    with django_assert_num_queries(1):  # a 304 costs one primary-key read
        assert client.get(f"/events.{fmt}", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
