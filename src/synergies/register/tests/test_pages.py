"""The register's pages: what people see, what they may filter by, and what never leaks."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from synergies.core.actors import SYSTEM
from synergies.register import services
from synergies.testing import make_activity, make_area, make_event, make_mandate, make_organization

pytestmark = pytest.mark.django_db

SECRET_NOTE = "Internal note: budget still open (synthetic)"
SECRET_EMAIL = "focal.point@example.org"
SECRET_PHONE = "+00 000 000 0000"
SECRET_EVENT = "Internal coordination call (synthetic)"


@pytest.fixture
def world() -> dict[str, Any]:
    """An area with an activity that has everything internal a page could leak."""
    lead, partner = make_organization("LEADORG"), make_organization("PARTNERORG")
    area = make_area(slug="test-mercury", name="Test mercury area (synthetic)")
    public_event = make_event(title="Public workshop (synthetic)", lead_organizers=[lead])
    internal_event = make_event(title=SECRET_EVENT, lead_organizers=[lead], visibility="internal")
    activity = make_activity(
        key="test-joint-workshops",
        area=area,
        short_title="Joint workshops (synthetic)",
        status="planned",
        cooperation_level=5,
        lead_organizations=[lead],
        partner_organizations=[partner],
        internal_notes=SECRET_NOTE,
        events=[public_event, internal_event],
        period_text="March–April 2030",
        period_start=date(2030, 3, 1),
        period_end=date(2030, 4, 30),
    )
    mandate = make_mandate(
        reference="TEST-9/1",
        title="Synthetic cooperation decision",
        areas=[area],
        activities=[activity],
        meeting=internal_event,
        meeting_text="Synthetic meeting",
    )
    services.create_or_update_focal_point(
        organization=lead,
        name="Test focal point (synthetic)",
        area=area,
        role="Area focal point",
        email=SECRET_EMAIL,
        phone=SECRET_PHONE,
        mandate=mandate,
        by=SYSTEM,
    )
    services.create_success_story(
        services.StoryData(title="Unpublished story (synthetic)", text="Draft text.", activity=activity), by=SYSTEM
    )
    return {
        "area": area,
        "activity": activity,
        "mandate": mandate,
        "public_event": public_event,
        "internal_event": internal_event,
        "lead": lead,
    }


def _pages(world: dict[str, Any]) -> list[str]:
    return [
        reverse("register:register"),
        reverse("register:register") + "?area=test-mercury",
        reverse("register:activity_detail", args=[world["activity"].key]),
        reverse("register:mandate_list"),
        reverse("register:mandate_list") + "?q=TEST-9",
        reverse("register:mandate_detail", args=[world["mandate"].pk]),
        reverse("register:map"),
    ]


def test_anonymous_users_never_see_internal_notes_contacts_or_internal_events(
    world: dict[str, Any], client: Client
) -> None:
    for url in _pages(world):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for secret in (SECRET_NOTE, SECRET_EMAIL, SECRET_PHONE, SECRET_EVENT, "Unpublished story", "Internal —"):
            assert secret not in html, (url, secret)


def test_staff_see_internal_notes_contacts_and_internal_events(world: dict[str, Any], staff_client: Client) -> None:
    detail = staff_client.get(reverse("register:activity_detail", args=[world["activity"].key])).content.decode()
    assert SECRET_NOTE in detail
    assert SECRET_EMAIL in detail
    assert SECRET_EVENT in detail
    assert "Unpublished story (synthetic)" in detail
    assert SECRET_EMAIL in staff_client.get(reverse("register:map")).content.decode()
    mandate_page = staff_client.get(reverse("register:mandate_detail", args=[world["mandate"].pk])).content.decode()
    assert SECRET_EVENT in mandate_page  # its meeting, an internal event, is linked for staff


def test_register_shows_areas_with_their_activities(world: dict[str, Any], client: Client) -> None:
    response = client.get(reverse("register:register"))
    html = response.content.decode()
    assert "Test mercury area (synthetic)" in html
    assert 'href="/register/test-joint-workshops/"' in html
    assert "Develop and implement together" in html
    assert [group["area"] for group in response.context["areas"]] == [world["area"]]
    assert response.context["total"] == 1


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("area=test-mercury", True),
        ("status=planned", True),
        ("status=ongoing", False),
        ("organization=PARTNERORG", True),
        ("organization=LEADORG&status=planned", True),
        ("level=5", True),
        ("level=1&level=5", True),
        ("level=2", False),
        ("resources=no", True),
        ("resources=yes", False),
        ("q=joint+workshops", True),
        ("q=nothing-like-this", False),
    ],
)
def test_register_filters(world: dict[str, Any], client: Client, query: str, found: Any) -> None:
    other_area = make_area(name="Other area (synthetic)")
    make_activity(area=other_area, status="ongoing", cooperation_level=1, resource_implications=True)
    response = client.get(f"/register/?{query}")
    assert response.status_code == 200
    keys = [a.key for group in response.context["areas"] for a in group["activities"]]
    assert ("test-joint-workshops" in keys) is found


@pytest.mark.parametrize("query", ["status=stalled", "organization=NOSUCHORG", "level=12", "area=nowhere"])
def test_invalid_register_filter_is_refused_in_plain_words(world: dict[str, Any], client: Client, query: str) -> None:
    response = client.get(f"/register/?{query}")
    assert response.status_code == 400
    parameter = query.split("=")[0]
    assert f"{parameter}: " in response.context["error"]
    assert "Some filters could not be used" in response.content.decode()


def test_activity_page_shows_mandates_focal_points_events_and_history(world: dict[str, Any], client: Client) -> None:
    html = client.get(f"/register/{world['activity'].key}/").content.decode()
    assert "TEST-9/1" in html
    assert "Test focal point (synthetic)" in html
    assert "Area focal point" in html
    assert "Public workshop (synthetic)" in html
    assert "March–April 2030" in html
    assert "Created" in html
    assert " UTC" in html


def test_unknown_activity_is_404(client: Client, db: None) -> None:
    assert client.get("/register/no-such-activity/").status_code == 404


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("q=TEST-9", True),
        ("q=cooperation+decision", True),
        ("q=unrelated", False),
        ("kind=decision", True),
        ("kind=article", False),
        ("instrument=minamata", True),
        ("instrument=basel", False),
        ("topic=mercury", True),
        ("topic=pcbs", False),
        ("body=unea", True),
        ("body=unea&kind=article", False),
    ],
)
def test_mandate_search(world: dict[str, Any], client: Client, query: str, found: Any) -> None:
    from synergies.directory.models import Body, Instrument, Topic

    mandate = world["mandate"]
    data = services.MandateData.from_mandate(mandate)
    data.instruments = [Instrument.objects.get(code="minamata")]
    data.topics = [Topic.objects.get(slug="mercury")]
    data.body = Body.objects.get(code="unea")
    services.update_mandate(mandate, data, expected_version=mandate.version, by=SYSTEM)
    make_mandate(reference="OTHER-1/1", title="Other synthetic decision", kind="article")
    response = client.get(f"/mandates/?{query}")
    assert response.status_code == 200
    references = [m.reference for m in response.context["page"].object_list]
    assert ("TEST-9/1" in references) is found


def test_invalid_mandate_filter_is_400(world: dict[str, Any], client: Client) -> None:
    response = client.get("/mandates/?kind=treaty")
    assert response.status_code == 400
    assert "kind: " in response.context["error"]


def test_map_puts_mandates_under_instruments_and_focal_points_under_organizations(
    world: dict[str, Any], client: Client
) -> None:
    from synergies.directory.models import Instrument

    data = services.MandateData.from_mandate(world["mandate"])
    data.instruments = [Instrument.objects.get(code="minamata")]
    services.update_mandate(world["mandate"], data, expected_version=1, by=SYSTEM)
    response = client.get("/map/")
    context = response.context
    assert [i.code for i in context["instruments"]] == ["minamata"]
    assert [o.acronym for o in context["organizations"]] == ["LEADORG", "PARTNERORG"]
    [instrument_cell, lead_cell, partner_cell] = context["rows"][0]["cells"]
    assert instrument_cell == (
        f'<a href="/mandates/{world["mandate"].pk}/" title="Synthetic cooperation decision">TEST-9/1</a>'
    )
    assert lead_cell == (
        '<span class="register-map-fp"><a href="/register/?area=test-mercury&amp;organization=LEADORG">'
        'Test focal point (synthetic)</a> (TEST-9/1)</span><span class="register-muted">leads 1</span>'
    )
    assert partner_cell == '<span class="register-muted">partner in 1</span>'
    html = response.content.decode()
    assert '<th scope="row"><a href="/register/?area=test-mercury">Test mercury area (synthetic)</a>' in html


def _add_activities(area: Any, count: int) -> None:
    orgs = [make_organization() for _ in range(2)]
    for _ in range(count):
        make_activity(area=area, lead_organizations=orgs[:1], partner_organizations=orgs[1:])


def test_register_page_queries_do_not_grow_with_activities(
    world: dict[str, Any], client: Client, django_assert_max_num_queries: Any
) -> None:
    client.get("/register/")  # warm up sessions and content types
    cache.clear()  # measure the page as it is built, not as it comes from the cache
    with django_assert_max_num_queries(12) as few:
        client.get("/register/")
    _add_activities(world["area"], 30)
    with django_assert_max_num_queries(12) as many:
        client.get("/register/")
    assert len(many.captured_queries) == len(few.captured_queries)


def test_map_and_mandates_queries_do_not_grow(
    world: dict[str, Any], client: Client, django_assert_max_num_queries: Any
) -> None:
    for url in ("/map/", "/mandates/"):
        client.get(url)
        cache.clear()  # measure the page as it is built, not as it comes from the cache
        with django_assert_max_num_queries(15) as few:
            client.get(url)
        for number in range(10):
            area = make_area()
            make_mandate(areas=[area], reference=f"GROW-{url.strip('/')}-{number}")
            services.create_or_update_focal_point(
                organization=world["lead"],
                name=f"Focal {number} (synthetic)",
                area=area,
                role="Area focal point",
                by=SYSTEM,
            )
        with django_assert_max_num_queries(15) as many:
            client.get(url)
        assert len(many.captured_queries) == len(few.captured_queries), url


def test_the_full_register_renders_every_page(client: Client, db: None) -> None:
    from synergies.register.loader import load_register
    from synergies.register.models import Activity, Mandate

    load_register()
    assert client.get("/register/").status_code == 200
    assert client.get("/map/").status_code == 200
    assert client.get("/mandates/").status_code == 200
    for activity in Activity.objects.all()[:5]:
        assert client.get(activity.get_absolute_url()).status_code == 200
    unea = Mandate.objects.get(reference="UNEA 1/5")
    html = client.get(unea.get_absolute_url()).content.decode()
    assert "No verified link recorded yet." in html
    assert "Task team on the Special Programme" in html
    assert isinstance(Client(), Client)


def test_register_pages_keep_filters_and_count_the_whole_selection(client: Client, db: None) -> None:
    area = make_area(slug="test-paged", name="Paged area (synthetic)")
    lead = make_organization()
    for _ in range(52):
        make_activity(area=area, lead_organizations=[lead], status="ongoing", cooperation_level=2)
    make_activity(area=area, lead_organizations=[lead], status="potential", cooperation_level=2)
    first = client.get("/register/?status=ongoing")
    assert first.context["total"] == 52
    assert len(first.context["areas"][0]["activities"]) == 50
    assert first.context["areas"][0]["ladder"][1]["count"] == 52  # the whole selection, not the page
    assert 'href="?status=ongoing&amp;page=2"' in first.content.decode()
    second = client.get("/register/?status=ongoing&page=2")
    assert len(second.context["areas"][0]["activities"]) == 2


def test_an_activity_without_history_records_still_has_a_page(world: dict[str, Any], client: Client) -> None:
    world["activity"].history.all().delete()
    assert client.get(f"/register/{world['activity'].key}/").status_code == 200
