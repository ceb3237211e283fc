"""Each public page costs the same number of database queries for 1 event as for 30.

The counts are exact: a new query on a page is a decision, made by changing the number here.
List pages include the two look-ups of the longest event span (made once after every change to the
calendar, as in these tests, and then one cheap query). All data here is synthetic.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from django.test import Client
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from synergies.calendar.models import Event
from synergies.calendar.services import link_back_to_back
from synergies.core.actors import SYSTEM
from synergies.directory.models import Instrument, Region, Topic
from synergies.testing import make_event, make_organization

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse

pytestmark = pytest.mark.django_db

YEAR = timezone.localdate().year + 1


def populate(count: int) -> Event:
    """``count`` events in June, each with organizers, instruments, topics and regions, and ``count``
    side events and back-to-back neighbours around one main event, which is returned."""
    lead, co = make_organization(), make_organization()
    instruments = list(Instrument.objects.filter(code__in=["basel", "minamata"]))
    topics = list(Topic.objects.filter(slug__in=["mercury", "pcbs"]))
    regions = list(Region.objects.filter(code__in=["africa", "grulac"]))
    main = make_event(
        title="Synthetic main meeting",
        lead_organizers=[lead],
        co_organizers=[co],
        instruments=instruments,
        topics=topics,
        target_regions=regions,
        start=date(YEAR, 6, 1),
        end=date(YEAR, 6, 12),
    )
    for number in range(count - 1):
        day = date(YEAR, 6, 1) + timedelta(days=number % 28)
        other = make_event(
            title=f"Synthetic meeting {number}",
            lead_organizers=[lead],
            co_organizers=[co],
            instruments=instruments,
            topics=topics,
            target_regions=regions,
            start=day,
            end=day + timedelta(days=2),
            parent=main if number % 2 else None,
        )
        if number % 3 == 0:
            link_back_to_back(main, other, by=SYSTEM)
    return main


# ``/events/`` reads the data generation first (one query) and is built only when its cache holds
# no page for it (docs/decisions/0411); these counts are of a page built, the next test's of one cached.
PAGES = [
    ("/", 8),
    ("/events/", 11),
    ("/events/?instrument=basel&topic=mercury&region=africa&q=synthetic", 14),
    (f"/events/?view=month&month={YEAR}-06", 11),
    (f"/events/?view=year&year={YEAR}", 13),
]


@pytest.mark.parametrize("count", [1, 30])
@pytest.mark.parametrize(("url", "queries"), PAGES)
def test_list_pages_cost_a_constant_number_of_queries(
    client: Client, django_assert_num_queries: DjangoAssertNumQueries, count: int, url: str, queries: int
) -> None:
    populate(count)
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


def without_csrf_token(response: _MonkeyPatchedWSGIResponse) -> str:
    """The page without the layout's sign-in form token, which is masked anew for every request."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())


@pytest.mark.parametrize("count", [1, 30])
@pytest.mark.parametrize("url", [url for url, _queries in PAGES if url.startswith("/events/")])
def test_cached_list_pages_cost_two_queries(
    client: Client, django_assert_num_queries: DjangoAssertNumQueries, count: int, url: str
) -> None:
    """Shown again with no change to the data: the generation, the demo marker, nothing else."""
    populate(count)
    first = client.get(url)
    with django_assert_num_queries(2):
        again = client.get(url)
    assert without_csrf_token(again) == without_csrf_token(first)


@pytest.mark.parametrize("count", [1, 30])
def test_event_page_costs_a_constant_number_of_queries(
    client: Client, django_assert_num_queries: DjangoAssertNumQueries, count: int
) -> None:
    main = populate(count)
    with django_assert_num_queries(12):  # 11, and one for the "Sources" section (federation/_sources.html)
        assert client.get(f"/events/{main.pk}/").status_code == 200


@pytest.mark.parametrize("count", [1, 30])
def test_event_page_for_staff_costs_a_constant_number_of_queries(
    staff_client: Client, django_assert_num_queries: DjangoAssertNumQueries, count: int
) -> None:
    main = populate(count)
    with django_assert_num_queries(16):  # 15, and one for the "Sources" section
        assert staff_client.get(f"/events/{main.pk}/").status_code == 200
