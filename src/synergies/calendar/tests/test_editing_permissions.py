"""Who may reach the staff pages: anonymous users sign in first; only the right roles get through."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from synergies.calendar.models import Event
from synergies.directory.models import Organization
from synergies.testing import make_event, make_organization, make_user

pytestmark = pytest.mark.django_db

PAGES = ("event_edit", "event_cancel", "event_postpone")


def client_for(user: Any) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def event(organization: Organization) -> Event:
    return make_event(title="Synthetic event of TESTORG", lead_organizers=[organization])


def test_anonymous_visitor_is_sent_to_sign_in_from_every_staff_page(event: Event) -> None:
    client = Client()
    urls = [reverse("calendar:event_create"), reverse("calendar:event_history", args=[event.pk])]
    urls += [reverse(f"calendar:{name}", args=[event.pk]) for name in PAGES]
    for url in urls:
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, url
            assert response["Location"] == f"/accounts/login/?next={url}"
    event.refresh_from_db()
    assert event.version == 1


def test_staff_without_editor_role_cannot_create_or_change_events(staff_user: Any, event: Event) -> None:
    client = client_for(staff_user)
    assert client.get(reverse("calendar:event_create")).status_code == 403
    for name in PAGES:
        url = reverse(f"calendar:{name}", args=[event.pk])
        assert client.get(url).status_code == 403
        assert client.post(url, {"version": "1"}).status_code == 403
    event.refresh_from_db()
    assert (event.status, event.version) == ("confirmed", 1)


def test_staff_member_of_the_organization_is_not_an_editor(organization: Organization, event: Event) -> None:
    client = client_for(make_user("member", member_of=organization))
    assert client.get(reverse("calendar:event_create")).status_code == 403
    assert client.get(reverse("calendar:event_edit", args=[event.pk])).status_code == 403
    assert client.get(reverse("calendar:event_history", args=[event.pk])).status_code == 200


def test_editor_of_another_organization_cannot_touch_the_event(event: Event) -> None:
    other = make_user("other-editor", editor_of=make_organization("OTHERORG"))
    client = client_for(other)
    assert client.get(reverse("calendar:event_create")).status_code == 200
    for name in PAGES:
        url = reverse(f"calendar:{name}", args=[event.pk])
        assert client.get(url).status_code == 403
        assert client.post(url, {"version": "1"}).status_code == 403
    event.refresh_from_db()
    assert (event.status, event.version) == ("confirmed", 1)


def test_editor_of_a_co_organizer_may_edit_the_event(organization: Organization) -> None:
    partner = make_organization("PARTNER")
    event = make_event(lead_organizers=[partner], co_organizers=[organization])
    client = client_for(make_user("co-editor", editor_of=organization))
    for name in PAGES:
        assert client.get(reverse(f"calendar:{name}", args=[event.pk])).status_code == 200


def test_editor_and_administrator_reach_every_page(editor: Any, admin_user: Any, event: Event) -> None:
    for user in (editor, admin_user):
        client = client_for(user)
        assert client.get(reverse("calendar:event_create")).status_code == 200
        for name in (*PAGES, "event_history"):
            assert client.get(reverse(f"calendar:{name}", args=[event.pk])).status_code == 200


def test_history_is_for_staff_only(event: Event) -> None:
    signed_in_public_user = make_user("reader")
    assert client_for(signed_in_public_user).get(reverse("calendar:event_history", args=[event.pk])).status_code == 403


def test_internal_event_is_not_found_for_a_user_who_may_not_see_it(organization: Organization) -> None:
    internal = make_event(visibility="internal", lead_organizers=[organization])
    client = client_for(make_user("reader"))
    assert client.get(reverse("calendar:event_edit", args=[internal.pk])).status_code == 404


def test_unknown_event_is_not_found(editor_client: Client) -> None:
    assert editor_client.get(reverse("calendar:event_edit", args=[999999])).status_code == 404


def test_new_event_link_is_shown_to_editors_only(editor_client: Client, staff_client: Client) -> None:
    assert b'href="/events/new/"' in editor_client.get(reverse("calendar:event_create")).content
    page = staff_client.get(reverse("calendar:event_create"))
    assert page.status_code == 403
