"""``/informea/meetings``: our public meetings in InforMEA's fields, incremental reads, paging, and our own
InforMEA reader reading it back without loss."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from synergies.calendar.models import Event
from synergies.directory.models import Country, Instrument
from synergies.federation.formats.informea import parse_informea
from synergies.federation.mapping import Vocabulary, to_event_data
from synergies.testing import make_event, make_organization

pytestmark = pytest.mark.django_db

FIELDS = {
    "id",
    "treaty",
    "url",
    "title",
    "description",
    "start",
    "end",
    "kind",
    "type",
    "access",
    "status",
    "location",
    "city",
    "country",
    "latitude",
    "longitude",
    "updated",
}


def _meetings() -> list[Event]:
    owner = make_organization("OWNER")
    minamata = Instrument.objects.get(code="minamata")
    return [
        make_event(
            lead_organizers=[owner],
            title="Synthetic COP",
            kind="cop",
            instruments=[minamata],
            venue="CICG",
            description="Synthetic description.",
        ),
        make_event(
            lead_organizers=[owner],
            title="Synthetic timed workshop",
            kind="workshop",
            all_day=False,
            start=datetime(2030, 6, 1, 9, 30),
            end=datetime(2030, 6, 1, 17, 0),
            timezone="Africa/Nairobi",
            city="Nairobi",
            country=Country.objects.get(code="KE"),
            status="planned",
        ),
        make_event(
            lead_organizers=[owner],
            title="Synthetic webinar",
            kind="webinar",
            attendance_mode="online",
            city="",
            country=None,
            online_url="https://meet.example/w",
            status="cancelled",
        ),
        make_event(
            lead_organizers=[owner],
            title="Synthetic month-only meeting",
            kind="oewg",
            date_precision="month",
            start=date(2030, 9, 1),
            end=date(2030, 9, 30),
            status="planned",
        ),
    ]


def test_records_carry_exactly_informeas_fields_and_nothing_internal() -> None:
    _meetings()
    secret = make_event(
        title="Synthetic internal meeting",
        visibility="internal",
        internal_notes="Secret note",
        contact_email="secret@example.org",
    )
    answer = Client().get("/informea/meetings", HTTP_ORIGIN="https://portal.example")
    assert answer.status_code == 200
    assert answer["Access-Control-Allow-Origin"] == "*"  # InforMEA's and partners' pages may read it
    body = answer.json()
    assert body["@odata.count"] == 4
    assert all(set(record) == FIELDS for record in body["value"])
    text = answer.content.decode()
    for leak in (secret.uid, "Synthetic internal meeting", "Secret note", "secret@example.org"):
        assert leak not in text
    cop = next(r for r in body["value"] if r["title"] == {"en": "Synthetic COP"})
    assert (cop["treaty"], cop["kind"], cop["type"], cop["status"], cop["location"]) == (
        "minamata",
        "official",
        "cop",
        "confirmed",
        "CICG",
    )
    assert (cop["start"], cop["end"], cop["country"]) == ("2030-03-04", "2030-03-06", "CH")
    month = next(r for r in body["value"] if r["type"] == "oewg")
    assert month["status"] == "nodate"


def test_our_informea_reader_reads_our_endpoint_back_without_loss() -> None:
    originals = {event.uid: event for event in _meetings()}
    answer = Client().get("/informea/meetings").content
    remote = parse_informea(answer)
    assert {r.uid for r in remote} == set(originals)
    words, partner = Vocabulary(), make_organization("PARTNER")
    for item in remote:
        event, data = originals[item.uid], to_event_data(item, organization=partner, words=words)
        assert (data.title, data.description, data.kind, data.status) == (
            event.title,
            event.description,
            event.kind,
            event.status,
        )
        assert (data.venue, data.city, data.country, data.attendance_mode, data.online_url) == (
            event.venue,
            event.city,
            event.country,
            event.attendance_mode,
            event.online_url,
        )
        assert (data.all_day, data.date_precision) == (event.all_day, event.date_precision)
        if event.all_day:
            assert (data.start, data.end) == (event.start_date, event.end_date)
        else:
            assert (data.start, data.end) == (event.start_at, event.end_at)  # the same moments
        assert [i.code for i in data.instruments] == [i.code for i in event.instruments.all()]
        assert item.url == f"http://testserver/events/{event.pk}/"
        assert item.last_modified == event.updated_at.replace(microsecond=event.updated_at.microsecond)


def test_incremental_reads_by_updated_since_and_odata_filter() -> None:
    events = _meetings()
    Event.objects.filter(pk=events[0].pk).update(updated_at=datetime(2020, 1, 1, tzinfo=UTC))
    Event.objects.filter(pk=events[1].pk).update(updated_at=datetime(2020, 6, 1, tzinfo=UTC))
    since = "2020-06-01T00:00:00Z"
    client = Client()
    by_param = client.get("/informea/meetings", {"updated_since": since}).json()
    by_filter = client.get("/informea/meetings", {"$filter": f"updated gt {since}"}).json()
    assert by_param["@odata.count"] == by_filter["@odata.count"] == 2
    assert {r["title"]["en"] for r in by_param["value"]} == {"Synthetic webinar", "Synthetic month-only meeting"}
    inclusive = client.get("/informea/meetings", {"$filter": f"updated ge {since}"}).json()
    assert inclusive["@odata.count"] == 3
    assert inclusive["value"][0]["title"] == {"en": "Synthetic timed workshop"}  # oldest change first


def test_paging_with_top_skip_total_and_next_link() -> None:
    _meetings()
    client = Client()
    first = client.get("/informea/meetings", {"$top": "3"}).json()
    assert (first["@odata.count"], len(first["value"])) == (4, 3)
    assert first["@odata.nextLink"] == "http://testserver/informea/meetings?$top=3&$skip=3"
    second = client.get(first["@odata.nextLink"]).json()
    assert len(second["value"]) == 1 and "@odata.nextLink" not in second
    ids = {r["id"] for r in first["value"]} | {r["id"] for r in second["value"]}
    assert len(ids) == 4
    assert parse_informea(
        client.get("/informea/meetings", {"$top": "3"}).content, follow=lambda url: client.get(url).content
    ) == parse_informea(client.get("/informea/meetings").content)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"$top": "1000"}, "$top may be at most 500."),
        ({"$top": "-1"}, "$top must be a whole number"),
        ({"$skip": "x"}, "$skip must be a whole number"),
        ({"updated_since": "yesterday"}, "updated_since must be an ISO 8601 date-time"),
        ({"$filter": "title eq 'x'"}, "$filter supports only"),
    ],
)
def test_bad_parameters_are_refused_naming_the_parameter(params: dict[str, str], message: str) -> None:
    answer = Client().get("/informea/meetings", params)
    assert answer.status_code == 400
    assert answer.json()["error"]["message"].startswith(message)


def test_an_event_made_internal_drops_out_and_changes_are_seen_incrementally() -> None:
    (event, *_) = _meetings()
    before = timezone.now() - timedelta(seconds=1)
    Event.objects.filter(pk=event.pk).update(visibility="internal", updated_at=timezone.now())
    body = Client().get("/informea/meetings", {"updated_since": before.isoformat()}).json()
    assert event.uid not in {r["id"] for r in body["value"]}
