"""The same meeting from two partners' feeds becomes one event crediting both; near misses stay apart."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from synergies.calendar.models import Event
from synergies.core.actors import SYSTEM
from synergies.federation.formats.ics import parse_ics
from synergies.federation.models import FeedSource, HarvestedEvent, HarvestRun
from synergies.federation.provenance import public_sources
from synergies.federation.services import import_feed
from synergies.testing import make_feed_source, make_organization

pytestmark = pytest.mark.django_db

BASEL = "Twelfth meeting of the Conference of the Parties to the Basel Convention"


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Synthetic//EN\n{body}END:VCALENDAR\n".encode()


def vevent(
    uid: str,
    title: str,
    start: str = "20300504",
    end: str = "20300516",
    location: str = "CICG, Geneva, Switzerland",
    url: str = "",
) -> str:
    return f"UID:{uid}\nSUMMARY:{title}\nDTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}\nLOCATION:{location}" + (
        f"\nURL:{url}" if url else ""
    )


@pytest.fixture
def sources() -> tuple[FeedSource, FeedSource]:
    first, second = make_organization("BRS"), make_organization("MINAMATA")
    return (
        make_feed_source("brs-meetings", "https://brs.example/a.ics", organization=first),
        make_feed_source("mc-meetings", "https://mc.example/a.ics", organization=second),
    )


def harvest(source: FeedSource, *events: str) -> HarvestRun:
    return import_feed(
        ics(*events),
        reader=parse_ics,
        organization=source.organization,
        location=source.url,
        source=source,
        withdraw_missing=True,
        by=SYSTEM,
    )


def test_same_meeting_from_two_feeds_is_one_event_crediting_and_linking_both(
    sources: tuple[FeedSource, FeedSource],
) -> None:
    brs, mc = sources
    harvest(brs, vevent("brs-1", BASEL, url="https://brs.example/cop12"))
    run = harvest(
        mc,
        vevent(
            "mc-9",
            f"{BASEL} (BC COP-12)",
            start="20300505",
            end="20300507",
            location="Geneva, Switzerland",
            url="https://mc.example/bc-cop12",
        ),
    )
    assert (run.new, run.merged) == (0, 1)
    event = Event.objects.get()
    assert event.title == BASEL  # the first source's data shows
    assert {o.acronym for o in event.organizers.all()} == {"BRS", "MINAMATA"}
    assert public_sources([event])[event.pk] == [
        {"name": "brs-meetings", "organization": "BRS", "url": "https://brs.example/cop12"},
        {"name": "mc-meetings", "organization": "MINAMATA", "url": "https://mc.example/bc-cop12"},
    ]
    page = Client().get(event.get_absolute_url()).content.decode()
    assert '<a href="https://brs.example/cop12">brs-meetings</a>' in page
    assert '<a href="https://mc.example/bc-cop12">mc-meetings</a>' in page
    # Harvested again, unchanged, neither source sees the other's write as a local edit.
    assert harvest(brs, vevent("brs-1", BASEL, url="https://brs.example/cop12")).unchanged == 1
    assert (
        harvest(
            mc,
            vevent(
                "mc-9",
                f"{BASEL} (BC COP-12)",
                start="20300505",
                end="20300507",
                location="Geneva, Switzerland",
                url="https://mc.example/bc-cop12",
            ),
        ).unchanged
        == 1
    )
    assert not HarvestedEvent.objects.filter(locally_edited=True).exists()


def test_online_meetings_match_when_both_are_online(sources: tuple[FeedSource, FeedSource]) -> None:
    brs, mc = sources
    harvest(
        brs, vevent("w1", "Synthetic webinar on lead paint laws", start="20300601", end="20300602", location="Online")
    )
    assert (
        harvest(
            mc,
            vevent(
                "w2", "Webinar on lead paint laws", start="20300601", end="20300602", location="https://meet.example/x"
            ),
        ).merged
        == 1
    )


@pytest.mark.parametrize(
    ("title", "start", "end", "location"),
    [
        (BASEL, "20300504", "20300516", "Nairobi, Kenya"),  # another city
        (BASEL, "20300504", "20300516", "Geneva, France"),  # the same city name in another country
        (BASEL, "20310504", "20310516", "CICG, Geneva, Switzerland"),  # other dates
        (BASEL, "20300504", "20300516", "Online"),  # online, the other in person
        (
            "Twelfth meeting of the Conference of the Parties to the Rotterdam Convention",
            "20300504",
            "20300516",
            "CICG, Geneva, Switzerland",
        ),  # held jointly, a different meeting (ratio 94.8)
        ("Regional workshop on plastic waste", "20300504", "20300516", "CICG, Geneva, Switzerland"),  # dissimilar
    ],
)
def test_near_misses_stay_two_events(
    sources: tuple[FeedSource, FeedSource], title: str, start: Any, end: Any, location: str
) -> None:
    brs, mc = sources
    harvest(brs, vevent("brs-1", BASEL))
    run = harvest(mc, vevent("mc-1", title, start=start, end=end, location=location))
    assert (run.new, run.merged) == (1, 0)
    assert Event.objects.count() == 2


def test_events_of_one_feed_are_never_merged_with_each_other(sources: tuple[FeedSource, FeedSource]) -> None:
    brs, _ = sources
    run = harvest(brs, vevent("a", BASEL), vevent("b", BASEL))
    assert run.new == 2


def test_withdrawal_by_one_source_keeps_the_event_another_still_publishes(
    sources: tuple[FeedSource, FeedSource],
) -> None:
    brs, mc = sources
    harvest(brs, vevent("brs-1", BASEL))
    harvest(mc, vevent("mc-1", BASEL))
    run = harvest(brs)  # BRS's feed no longer has it
    assert run.withdrawn == 1
    event = Event.objects.get()
    assert event.status == "confirmed"
    assert public_sources([event])[event.pk] == [{"name": "mc-meetings", "organization": "MINAMATA", "url": ""}]
    harvest(mc)  # now nobody publishes it
    event.refresh_from_db()
    assert event.status == "cancelled"
    assert public_sources([event])[event.pk] == []
