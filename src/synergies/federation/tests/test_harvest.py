"""Feed sources and harvests end to end over loopback: add, list, harvest, harvest again."""

from __future__ import annotations

from collections.abc import Iterator
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from synergies.calendar.models import Event
from synergies.federation.loopback import serve_feed
from synergies.federation.models import FeedSource, HarvestRun
from synergies.testing import make_feed_source, make_organization

pytestmark = pytest.mark.django_db

PUBLISHED: dict[str, bytes] = {}


@pytest.fixture
def feed_url() -> Iterator[str]:
    with serve_feed(PUBLISHED) as url:
        yield url


def feed(*uids: str) -> bytes:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:Synthetic {uid}\r\nDTSTART;VALUE=DATE:20300601\r\n"
        f"LOCATION:Nairobi, Kenya\r\nEND:VEVENT\r\n"
        for uid in uids
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Synthetic//EN\r\n{events}END:VCALENDAR\r\n".encode()


def test_add_list_and_harvest_a_feed(feed_url: str) -> None:
    make_organization("PARTNER")
    PUBLISHED["feed"] = feed("a", "b")
    out = StringIO()
    call_command("feeds", "add", "partner-meetings", feed_url, "--organizer", "PARTNER", "--allow-private", stdout=out)
    assert "Added partner-meetings (iCalendar) for PARTNER." in out.getvalue()

    out = StringIO()
    call_command("harvest", stdout=out)
    assert "partner-meetings: succeeded (2 new, 0 updated" in out.getvalue()
    assert Event.objects.filter(city="Nairobi", country__code="KE").count() == 2

    out = StringIO()
    call_command("harvest", "partner-meetings", stdout=out)  # unchanged feed: a 304, nothing read
    assert "partner-meetings: not modified" in out.getvalue()

    PUBLISHED["feed"] = feed("a")
    call_command("harvest", "partner-meetings", stdout=StringIO())
    assert Event.objects.get(uid="b").status == "cancelled"

    out = StringIO()
    call_command("feeds", "list", stdout=out)
    assert out.getvalue().startswith("partner-meetings\tics\tPARTNER\t")
    assert "succeeded (1 unchanged, 1 withdrawn)" in out.getvalue()


def test_due_harvest_skips_fresh_sources_and_refusals_name_the_feed(feed_url: str) -> None:
    partner = make_organization("PARTNER")
    PUBLISHED["feed"] = b"not a calendar"
    make_feed_source("broken", feed_url, organization=partner, allow_private_addresses=True)
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 1 feed"):
        call_command("harvest", stdout=StringIO(), stderr=err)
    assert "broken: refused, nothing changed: this is not an iCalendar file" in err.getvalue()
    assert HarvestRun.objects.get().status == "refused"


def test_adding_a_feed_refuses_bad_input_in_plain_words() -> None:
    make_organization("PARTNER")
    with pytest.raises(CommandError, match="no organization with the acronym 'NOPE'"):
        call_command("feeds", "add", "x", "https://example.org/a.ics", "--organizer", "NOPE")
    with pytest.raises(CommandError, match="url: Enter a valid URL"):
        call_command("feeds", "add", "x", "not-an-address", "--organizer", "PARTNER")
    with pytest.raises(CommandError, match="invalid choice: 'xls'"):
        call_command("feeds", "add", "x", "https://example.org/a.xls", "--organizer", "PARTNER", "--format", "xls")
    assert not FeedSource.objects.exists()


def test_the_same_bytes_without_an_etag_are_not_read_again_unless_full(feed_url: str) -> None:
    make_organization("PARTNER")
    PUBLISHED["feed"] = feed("a", "b")
    call_command(
        "feeds", "add", "partner-meetings", feed_url, "--organizer", "PARTNER", "--allow-private", stdout=StringIO()
    )
    call_command("harvest", "partner-meetings", stdout=StringIO())
    FeedSource.objects.update(etag="")  # as if the server sent no ETag
    out = StringIO()
    call_command("harvest", "partner-meetings", stdout=out)
    assert "partner-meetings: not modified" in out.getvalue()
    out = StringIO()
    call_command("harvest", "partner-meetings", "--full", stdout=out)
    assert "partner-meetings: succeeded (0 new, 0 updated, 2 unchanged" in out.getvalue()
