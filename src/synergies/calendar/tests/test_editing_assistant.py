"""The planning assistant in the event form: the fragment the form asks for while the editor types
(htmx), and the two-step save without JavaScript ("Save anyway"). All data is synthetic."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from synergies.calendar.models import Event
from synergies.calendar.tests.test_editing_forms import form_on_page, new_event_values
from synergies.core.actors import SYSTEM
from synergies.directory.models import Organization, Topic
from synergies.register import services as register
from synergies.testing import make_area, make_event, make_organization, make_user

pytestmark = pytest.mark.django_db

CREATE_URL = reverse("calendar:event_create")
ASSISTANT_URL = reverse("alignment:planning_assistant")


@pytest.fixture
def stored_clash() -> Event:
    """A mercury workshop of another organization, 4-6 May 2030 in Geneva."""
    return make_event(
        title="Synthetic stored mercury workshop",
        topics=[Topic.objects.get(slug="mercury")],
        start=date(2030, 5, 4),
        end=date(2030, 5, 6),
    )


def seen_fingerprint(response: Any) -> str:
    match = re.search(r'name="assistant_seen" value="([0-9a-f]*)"', response.content.decode())
    assert match is not None
    return match.group(1)


# --- The fragment --------------------------------------------------------------------------------


def test_fragment_is_for_editors_only(organization: Organization) -> None:
    anonymous = Client()
    response = anonymous.post(ASSISTANT_URL, new_event_values())
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    staff = Client()
    staff.force_login(make_user("synthetic-staff", member_of=organization))
    assert staff.post(ASSISTANT_URL, new_event_values()).status_code == 403


def test_fragment_answers_only_posts(editor_client: Client) -> None:
    assert editor_client.get(ASSISTANT_URL).status_code == 405


def test_fragment_shows_the_clash_with_its_reasons_and_the_fingerprint(
    editor_client: Client, stored_clash: Event
) -> None:
    response = editor_client.post(ASSISTANT_URL, new_event_values(topics=["mercury"]), headers={"HX-Request": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html  # a fragment, not a page
    assert "It would clash with" in html
    assert f'<a href="/events/{stored_clash.pk}/">Synthetic stored mercury workshop</a>' in html
    assert "both in Geneva on 4 May; both on Mercury" in html
    assert "4–6 May 2030 (all day, Europe/Zurich)" in html
    assert seen_fingerprint(response) != ""


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"all_day": "True"}, "Give the dates to see what else happens then."),
        ({"all_day": "True", "start_date": "2030-13-45"}, "Correct the dates to see what else happens then."),
        ({"all_day": "False", "start_at": "2030-05-04T09:00"}, "Give the dates to see what else happens then."),
        (
            {"all_day": "True", "start_date": "2030-05-06", "end_date": "2030-05-04", "timezone": "Europe/Zurich"},
            "The event ends before it starts; correct the dates to see what else happens then.",
        ),
        (
            {"all_day": "True", "start_date": "2030-05-04", "timezone": "Mars/Olympus"},
            "Choose the time zone of the venue to see what else happens at the same time.",
        ),
    ],
)
def test_half_typed_or_invalid_values_get_a_helpful_message(
    editor_client: Client, values: dict[str, str], message: str
) -> None:
    response = editor_client.post(ASSISTANT_URL, values)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert seen_fingerprint(response) == ""


def test_half_typed_form_with_dates_and_city_only_already_finds_the_clash(
    editor_client: Client, stored_clash: Event
) -> None:
    stored_clash.topics.clear()
    values = {
        "all_day": "True",
        "start_date": "2030-05-05",
        "timezone": "Europe/Zurich",
        "city": "Geneva",
        "country": "CH",
        "target_regions": [],
    }
    # Same city, same days, but no audience in common: no clash; a shared topic makes one.
    assert "No clash" in editor_client.post(ASSISTANT_URL, values).content.decode()
    stored_clash.topics.set([Topic.objects.get(slug="mercury")])
    assert (
        "Synthetic stored mercury workshop"
        in editor_client.post(ASSISTANT_URL, {**values, "topics": ["mercury"]}).content.decode()
    )


def test_fragment_for_an_event_being_edited_leaves_the_event_itself_out(
    editor_client: Client, organization: Organization, stored_clash: Event
) -> None:
    mine = make_event(
        title="Synthetic event being edited",
        topics=[Topic.objects.get(slug="mercury")],
        lead_organizers=[organization],
        start=date(2030, 6, 1),
        end=date(2030, 6, 2),
    )
    values = form_on_page(editor_client, reverse("calendar:event_edit", args=[mine.pk]))
    html = editor_client.post(f"{ASSISTANT_URL}?event={mine.pk}", values).content.decode()
    assert "Synthetic event being edited" not in html and "No clash" in html
    values.update(start_date=["2030-05-05"], end_date=["2030-05-05"])
    html = editor_client.post(f"{ASSISTANT_URL}?event={mine.pk}", values).content.decode()
    assert "Synthetic stored mercury workshop" in html and "Synthetic event being edited" not in html


def test_fragment_refuses_an_event_the_editor_may_not_edit(editor_client: Client, stored_clash: Event) -> None:
    assert editor_client.post(f"{ASSISTANT_URL}?event={stored_clash.pk}", new_event_values()).status_code == 403
    assert editor_client.post(f"{ASSISTANT_URL}?event=999999", new_event_values()).status_code == 404
    assert editor_client.post(f"{ASSISTANT_URL}?event=abc", new_event_values()).status_code == 404


def test_fragment_names_whom_to_invite_with_the_focal_point(editor_client: Client) -> None:
    mercury = Topic.objects.get(slug="mercury")
    chemicals = make_organization("CHEM-SYN", name="Synthetic chemicals branch")
    register.create_or_update_focal_point(
        organization=chemicals,
        name="Synthetic Focal Person",
        area=make_area(topics=[mercury]),
        role="mercury focal point",
        email="focal.person@example.org",
        by=SYSTEM,
    )
    html = editor_client.post(ASSISTANT_URL, new_event_values(topics=["mercury"])).content.decode()
    assert "Whom to invite" in html and "<strong>CHEM-SYN</strong> — Synthetic chemicals branch" in html
    assert "Focal point: Synthetic Focal Person, mercury focal point" in html
    assert "mailto:focal.person@example.org" in html
    assert "Suggested first step: Inform and seek comments" in html


# --- The form ----------------------------------------------------------------------------------


def test_new_event_form_holds_a_live_region_that_follows_the_dates_and_place(editor_client: Client) -> None:
    html = editor_client.get(CREATE_URL).content.decode()
    assert f'hx-post="{ASSISTANT_URL}"' in html
    assert 'hx-trigger="change delay:500ms from:closest form, input delay:700ms from:#id_city"' in html
    assert '<div id="planning-assistant-findings" aria-live="polite">' in html
    assert "Give the dates to see what else happens then." in html
    assert '<script src="/static/django_htmx/htmx-2.min.js" defer></script>' in html


def test_without_javascript_findings_are_shown_before_saving_then_save_anyway(
    editor_client: Client, stored_clash: Event
) -> None:
    values = new_event_values(topics=["mercury"])
    first = editor_client.post(CREATE_URL, values)
    assert first.status_code == 200 and not Event.objects.filter(title=values["title"]).exists()
    html = first.content.decode()
    assert "Before you save: look at what the planning assistant found" in html
    assert "Synthetic stored mercury workshop" in html
    assert ">Save anyway</button>" in html
    second = editor_client.post(CREATE_URL, {**values, "assistant_seen": seen_fingerprint(first)})
    event = Event.objects.get(title=values["title"])
    assert second.status_code == 302 and second["Location"] == f"/events/{event.pk}/"


def test_changed_findings_are_shown_again(editor_client: Client, stored_clash: Event) -> None:
    values = new_event_values(topics=["mercury"], start_date="2030-08-01", end_date="2030-08-01")
    assert seen_fingerprint(editor_client.post(ASSISTANT_URL, values)) == ""  # nothing then
    moved = {**values, "start_date": "2030-05-05", "end_date": "2030-05-05", "assistant_seen": ""}
    response = editor_client.post(CREATE_URL, moved)
    assert response.status_code == 200 and "Save anyway" in response.content.decode()
    assert not Event.objects.filter(title=values["title"]).exists()


def test_with_no_findings_the_event_is_saved_at_once(editor_client: Client) -> None:
    response = editor_client.post(CREATE_URL, new_event_values())
    assert response.status_code == 302
    assert Event.objects.filter(title="Synthetic form-test workshop").exists()


def test_edit_form_shows_the_findings_of_the_stored_event_and_saves_when_they_were_seen(
    editor_client: Client, organization: Organization, stored_clash: Event
) -> None:
    mine = make_event(
        title="Synthetic clashing event being edited",
        topics=[Topic.objects.get(slug="mercury")],
        lead_organizers=[organization],
        start=date(2030, 5, 5),
        end=date(2030, 5, 5),
    )
    url = reverse("calendar:event_edit", args=[mine.pk])
    page = editor_client.get(url)
    assert "Synthetic stored mercury workshop" in page.content.decode()
    values = form_on_page(editor_client, url)
    values["title"] = ["Synthetic clashing event, renamed"]
    response = editor_client.post(url, values)
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.title == "Synthetic clashing event, renamed"


# --- Postponing to new dates ----------------------------------------------------------------------


def test_postponing_onto_a_clash_shows_it_first_then_postpones_anyway(
    editor_client: Client, organization: Organization, stored_clash: Event
) -> None:
    mine = make_event(
        title="Synthetic event to postpone",
        topics=[Topic.objects.get(slug="mercury")],
        lead_organizers=[organization],
        start=date(2030, 9, 1),
        end=date(2030, 9, 1),
    )
    url = reverse("calendar:event_postpone", args=[mine.pk])
    page = editor_client.get(url).content.decode()
    assert "Give the new dates to see what else happens then." in page
    assert f'hx-post="{ASSISTANT_URL}?event={mine.pk}&amp;form=postpone"' in page
    fragment = editor_client.post(
        f"{ASSISTANT_URL}?event={mine.pk}&form=postpone", {"version": mine.version, "new_start": "2030-05-05"}
    )
    assert "Synthetic stored mercury workshop" in fragment.content.decode()

    first = editor_client.post(url, {"version": mine.version, "new_start": "2030-05-05"})
    assert first.status_code == 200 and ">Save anyway</button>" in first.content.decode()
    mine.refresh_from_db()
    assert (mine.status, mine.start_date) == (Event.Status.CONFIRMED, date(2030, 9, 1))
    second = editor_client.post(
        url, {"version": mine.version, "new_start": "2030-05-05", "assistant_seen": seen_fingerprint(first)}
    )
    assert second.status_code == 302
    mine.refresh_from_db()
    assert (mine.status, mine.start_date) == (Event.Status.POSTPONED, date(2030, 5, 5))


def test_postponing_without_new_dates_needs_no_confirmation(
    editor_client: Client, organization: Organization, stored_clash: Event
) -> None:
    mine = make_event(
        title="Synthetic event postponed sine die",
        topics=[Topic.objects.get(slug="mercury")],
        lead_organizers=[organization],
        start=date(2030, 5, 5),
        end=date(2030, 5, 5),
    )
    response = editor_client.post(reverse("calendar:event_postpone", args=[mine.pk]), {"version": mine.version})
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.status == Event.Status.POSTPONED


def test_public_pages_never_show_the_assistant_nor_focal_points_contacts(client: Client) -> None:
    mercury = Topic.objects.get(slug="mercury")
    register.create_or_update_focal_point(
        organization=make_organization("CHEM-SYN"),
        name="Synthetic Focal Person",
        area=make_area(topics=[mercury]),
        role="mercury focal point",
        email="focal.person@example.org",
        by=SYSTEM,
    )
    event = make_event(title="Synthetic public mercury workshop", topics=[mercury])
    for url in (event.get_absolute_url(), reverse("calendar:event_list")):
        html = client.get(url).content.decode()
        assert "Synthetic public mercury workshop" in html
        assert "Planning assistant" not in html and "focal.person@example.org" not in html
