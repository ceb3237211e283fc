"""Duplicates, concurrent edits, cancelling, postponing and the history page, as editors meet them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from synergies.calendar.models import Event
from synergies.calendar.tests.test_editing_forms import form_on_page, new_event_values, submit
from synergies.core.actors import SYSTEM
from synergies.directory.models import Organization
from synergies.testing import aware, make_event, make_user

pytestmark = pytest.mark.django_db

CREATE_URL = reverse("calendar:event_create")


def edit_url(event: Event) -> str:
    return reverse("calendar:event_edit", args=[event.pk])


# --- Possible duplicates ---------------------------------------------------------------------------


def test_possible_duplicate_is_shown_and_nothing_saved_until_confirmed(
    editor_client: Client, organization: Organization
) -> None:
    existing = make_event(
        title="Synthetic regional workshop on mercury for Africa",
        lead_organizers=[organization],
        start=date(2030, 5, 5),
        end=date(2030, 5, 7),
    )
    values = new_event_values(title="Synthetic mercury regional workshop for Africa")

    warned = editor_client.post(CREATE_URL, values)
    assert warned.status_code == 200
    assert warned.context["duplicates"] == [existing]
    html = warned.content.decode()
    assert "This event may already be in the calendar" in html
    assert f'<a href="/events/{existing.pk}/">Synthetic regional workshop on mercury for Africa</a>' in html
    assert '<label for="id_not_duplicate">This is not a duplicate, save anyway:</label>' in html
    assert Event.objects.count() == 1

    saved = editor_client.post(CREATE_URL, {**values, "not_duplicate": "on"})
    assert saved.status_code == 302
    assert Event.objects.filter(title="Synthetic mercury regional workshop for Africa").count() == 1


def test_different_title_is_not_a_duplicate(editor_client: Client, organization: Organization) -> None:
    make_event(
        title="Synthetic budget committee", lead_organizers=[organization], start=date(2030, 5, 5), end=date(2030, 5, 7)
    )
    assert editor_client.post(CREATE_URL, new_event_values()).status_code == 302


def test_editing_an_event_without_touching_title_dates_or_organizers_does_not_warn_again(
    editor_client: Client, organization: Organization
) -> None:
    make_event(title="Synthetic expert meeting on PCBs", lead_organizers=[organization])
    twin = make_event(title="Synthetic expert meeting on PCBs (second part)", lead_organizers=[organization])
    response = submit(editor_client, edit_url(twin), description="Synthetic new description.")
    assert response.status_code == 302
    twin.refresh_from_db()
    assert twin.description == "Synthetic new description."


# --- Two editors at once ----------------------------------------------------------------------------


def test_second_editor_gets_a_conflict_and_the_first_change_is_kept(editor: Any, organization: Organization) -> None:
    event = make_event(title="Synthetic original title", lead_organizers=[organization])
    second_editor = make_user("second-editor", editor_of=organization)
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(second_editor)
    first_values = form_on_page(first, edit_url(event))
    second_values = form_on_page(second, edit_url(event))

    saved = first.post(edit_url(event), {**first_values, "title": ["Synthetic title by the first editor"]})
    assert saved.status_code == 302
    refused = second.post(
        edit_url(event),
        {**second_values, "title": ["Synthetic title by the second editor"], "city": ["Synthetic City"]},
    )

    assert refused.status_code == 409
    event.refresh_from_db()
    assert (event.title, event.city, event.version) == ("Synthetic title by the first editor", "Geneva", 2)
    html = refused.content.decode()
    assert "Someone else changed this event while you were working on it" in html
    assert (
        "This event was changed by someone else while you were editing it (version 2, you started from "
        "version 1). Nothing was saved"
    ) in html
    assert refused.context["conflict"]["by"] == "editor"
    assert refused.context["conflict"]["differences"] == [
        ("Title", "Synthetic title by the first editor", "Synthetic title by the second editor"),
        ("City", "Geneva", "Synthetic City"),
    ]
    # The form keeps the second editor's values, now based on the current version.
    form = refused.context["form"]
    assert (form["title"].value(), form["version"].value()) == ("Synthetic title by the second editor", "2")


def test_saving_again_after_seeing_the_conflict_is_a_deliberate_overwrite(
    editor_client: Client, organization: Organization
) -> None:
    event = make_event(title="Synthetic original title", lead_organizers=[organization])
    values = form_on_page(editor_client, edit_url(event))
    submit(editor_client, edit_url(event), title="Synthetic first change")
    refused = editor_client.post(edit_url(event), {**values, "title": ["Synthetic second change"]})
    assert refused.status_code == 409
    resent = editor_client.post(edit_url(event), {**values, "title": ["Synthetic second change"], "version": ["2"]})
    assert resent.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.version) == ("Synthetic second change", 3)


# --- Cancel and postpone ---------------------------------------------------------------------------


def test_cancel_asks_first_then_cancels_with_a_note(editor_client: Client, organization: Organization) -> None:
    event = make_event(lead_organizers=[organization])
    url = reverse("calendar:event_cancel", args=[event.pk])
    page = editor_client.get(url)
    assert b"Cancel this event" in page.content
    event.refresh_from_db()
    assert event.status == "confirmed"

    response = submit(editor_client, url, note="Synthetic reason: venue unavailable.")
    assert response.status_code == 302
    assert response["Location"] == f"/events/{event.pk}/"
    event.refresh_from_db()
    assert (event.status, event.version) == ("cancelled", 2)
    assert event.internal_notes == "Synthetic reason: venue unavailable."


def test_cancel_with_a_stale_version_is_a_conflict(editor_client: Client, organization: Organization) -> None:
    event = make_event(lead_organizers=[organization])
    response = editor_client.post(reverse("calendar:event_cancel", args=[event.pk]), {"version": "0", "note": ""})
    assert response.status_code == 409
    assert b"Someone else changed this event" in response.content
    event.refresh_from_db()
    assert (event.status, event.version) == ("confirmed", 1)


def test_cancelling_twice_is_refused_in_words(editor_client: Client, organization: Organization) -> None:
    event = make_event(lead_organizers=[organization])
    url = reverse("calendar:event_cancel", args=[event.pk])
    submit(editor_client, url)
    response = editor_client.post(url, {"version": "2"})
    assert response.status_code == 400
    assert response.context["form"].non_field_errors() == ["This event is already cancelled."]


def test_postpone_without_new_dates_keeps_the_dates(editor_client: Client, organization: Organization) -> None:
    event = make_event(lead_organizers=[organization])
    response = submit(editor_client, reverse("calendar:event_postpone", args=[event.pk]))
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.status, event.version, event.start_date, event.end_date) == (
        "postponed",
        2,
        date(2030, 3, 4),
        date(2030, 3, 6),
    )


def test_postpone_to_new_dates_keeps_the_length_when_only_the_first_day_is_given(
    editor_client: Client, organization: Organization
) -> None:
    event = make_event(lead_organizers=[organization])
    submit(editor_client, reverse("calendar:event_postpone", args=[event.pk]), new_start="2030-09-01")
    event.refresh_from_db()
    assert (event.status, event.version, event.start_date, event.end_date) == (
        "postponed",
        2,
        date(2030, 9, 1),
        date(2030, 9, 3),
    )


def test_postpone_a_timed_event_to_new_local_times(editor_client: Client, organization: Organization) -> None:
    event = make_event(
        all_day=False,
        start=datetime(2030, 3, 4, 10, 0),
        end=datetime(2030, 3, 4, 12, 0),
        lead_organizers=[organization],
    )
    submit(
        editor_client,
        reverse("calendar:event_postpone", args=[event.pk]),
        new_start="2030-04-01T14:00",
        new_end="2030-04-01T16:00",
    )
    event.refresh_from_db()
    # Europe/Zurich is UTC+2 on 1 April 2030 (summer time).
    assert (event.start_at, event.end_at, event.version) == (aware(2030, 4, 1, 12), aware(2030, 4, 1, 14), 2)


def test_postpone_refuses_new_end_before_new_start_at_the_field(
    editor_client: Client, organization: Organization
) -> None:
    event = make_event(lead_organizers=[organization])
    response = submit(
        editor_client, reverse("calendar:event_postpone", args=[event.pk]), new_start="2030-09-05", new_end="2030-09-01"
    )
    assert response.status_code == 400
    assert response.context["form"].errors["new_end"] == ["The event ends (2030-09-01) before it starts (2030-09-05)."]
    event.refresh_from_db()
    assert (event.status, event.version) == ("confirmed", 1)


def test_postpone_with_a_stale_version_is_a_conflict(editor_client: Client, organization: Organization) -> None:
    event = make_event(lead_organizers=[organization])
    url = reverse("calendar:event_postpone", args=[event.pk])
    values = form_on_page(editor_client, url)
    submit(editor_client, reverse("calendar:event_edit", args=[event.pk]), title="Synthetic changed meanwhile")
    response = editor_client.post(url, values)
    assert response.status_code == 409
    event.refresh_from_db()
    assert (event.status, event.version) == ("confirmed", 2)


def test_cancel_and_postpone_pages_act_only_on_post(editor_client: Client, organization: Organization) -> None:
    event = make_event(lead_organizers=[organization])
    for name in ("event_cancel", "event_postpone"):
        assert editor_client.get(reverse(f"calendar:{name}", args=[event.pk])).status_code == 200
        assert editor_client.put(reverse(f"calendar:{name}", args=[event.pk])).status_code == 405
    event.refresh_from_db()
    assert (event.status, event.version) == ("confirmed", 1)


# --- History -----------------------------------------------------------------------------------


def test_history_shows_who_changed_what_and_when(
    editor: Any, editor_client: Client, staff_client: Client, organization: Organization
) -> None:
    editor.first_name, editor.last_name = "Synthetic", "Editor"
    editor.save()
    event = make_event(by=editor, title="Synthetic first title", lead_organizers=[organization])
    submit(editor_client, edit_url(event), title="Synthetic second title", topics=["mercury"], languages=["en", "fr"])
    submit(editor_client, reverse("calendar:event_cancel", args=[event.pk]))

    response = staff_client.get(reverse("calendar:event_history", args=[event.pk]))
    assert response.status_code == 200
    entries = response.context["entries"]
    assert [(e["by"], e["record"].history_change_reason, e["record"].version) for e in entries] == [
        ("Synthetic Editor", "Cancelled", 3),
        ("Synthetic Editor", "Edited", 2),
        ("Synthetic Editor", "Created", 1),
    ]
    assert [(c.label, c.old, c.new) for c in entries[0]["changes"]] == [("Status", "Confirmed", "Cancelled")]
    assert [(c.label, c.old, c.new) for c in entries[1]["changes"]] == [
        ("Languages", "(empty)", "English, French"),
        ("Title", "Synthetic first title", "Synthetic second title"),
        ("Topics", "(empty)", "Mercury"),
    ]
    assert entries[2]["created"] is True
    html = response.content.decode()
    assert "UTC — Synthetic Editor" in html
    assert "Internal — staff only." in html


def test_history_shows_times_in_the_event_time_zone(admin_user: Any, organization: Organization) -> None:
    event = make_event(
        all_day=False,
        start=datetime(2030, 3, 4, 10, 0),
        end=datetime(2030, 3, 4, 12, 0),
        lead_organizers=[organization],
    )
    client = Client()
    client.force_login(admin_user)
    submit(client, edit_url(event), start_at="2030-03-04T11:00")
    entry = client.get(reverse("calendar:event_history", args=[event.pk])).context["entries"][0]
    assert [(c.label, c.old, c.new) for c in entry["changes"]] == [
        ("Starts at", "2030-03-04 10:00 Europe/Zurich (CET)", "2030-03-04 11:00 Europe/Zurich (CET)"),
    ]


def test_history_shows_organizer_and_link_changes(admin_user: Any, organization: Organization) -> None:
    from dataclasses import replace

    from synergies.calendar.services import EventData, LinkData, update_event
    from synergies.testing import make_organization

    partner = make_organization("PARTNER-SYN")
    event = make_event(lead_organizers=[organization])
    update_event(
        event,
        replace(
            EventData.from_event(event),
            co_organizers=[partner],
            links=[LinkData("documents", "Synthetic documents", "https://example.org/docs")],
        ),
        expected_version=event.version,
        by=SYSTEM,
    )
    client = Client()
    client.force_login(admin_user)
    entry = client.get(reverse("calendar:event_history", args=[event.pk])).context["entries"][0]
    assert [(c.label, c.old, c.new) for c in entry["changes"]] == [
        ("Organizers", "TESTORG (Lead organizer)", "TESTORG (Lead organizer); PARTNER-SYN (Co-organizer)"),
        ("Links", "(empty)", "Synthetic documents <https://example.org/docs>"),
    ]
