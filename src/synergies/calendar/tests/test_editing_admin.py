"""The Django admin for data stewards: every registered model opens; events change only through the services."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Model
from django.test import Client
from django.urls import reverse

from synergies.accounts.models import Membership
from synergies.calendar.models import Event, EventLink, EventOrganizer, Participation
from synergies.core.models import DemoDataset
from synergies.directory.models import Body, Country, Instrument, Organization, Person, Region, Topic
from synergies.testing import make_event, make_group, make_organization, make_participation, make_person, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_(admin_user: Any) -> Client:
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture
def one_of_each(editor: Any, organization: Organization) -> dict[type[Model], Model | None]:
    """One synthetic object per registered model (reference data comes with every database)."""
    from synergies.calendar.services import LinkData

    event = make_event(
        lead_organizers=[organization], links=[LinkData("documents", "Synthetic", "https://example.org/")]
    )
    participation = make_participation(event, organization, person="Synthetic Person")
    return {
        Event: event,
        EventOrganizer: event.event_organizers.get(),
        EventLink: event.links.get(),
        Participation: participation,
        Organization: organization,
        Person: make_person("Synthetic Person", organization=organization),
        Membership: Membership.objects.get(user=editor),
        # Only the demo loader writes this marker, with the whole demo set; a bare row serves its admin page.
        DemoDataset: DemoDataset.objects.create(description="Synthetic demo marker"),
        get_user_model(): editor,
        Group: make_group("Synthetic group"),
        Country: Country.objects.get(code="KE"),
        Region: Region.objects.first(),
        Instrument: Instrument.objects.get(code="minamata"),
        Body: Body.objects.first(),
        Topic: Topic.objects.get(slug="mercury"),
    }


def event_of(one_of_each: dict[type[Model], Model | None]) -> Event:
    """The event of ``one_of_each``, typed as one."""
    event = one_of_each[Event]
    assert isinstance(event, Event)
    return event


def test_every_model_of_ours_is_registered() -> None:
    registered = set(admin.site._registry)
    for model in (
        Event,
        EventOrganizer,
        EventLink,
        Participation,
        Organization,
        Person,
        Membership,
        DemoDataset,
        Country,
        Region,
        Instrument,
        Body,
        Topic,
    ):
        assert model in registered, model


def test_changelist_and_change_form_of_each_registered_model_load_for_a_superuser(
    admin_client_: Client, one_of_each: dict[type[Model], Model | None]
) -> None:
    for model in admin.site._registry:
        opts = model._meta
        if opts.app_label not in {"calendar", "directory", "accounts", "core", "auth"}:
            continue  # the other apps test their own admin
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        assert admin_client_.get(changelist).status_code == 200, changelist
        assert admin_client_.get(changelist, {"q": "synthetic"}).status_code == 200, changelist
        obj = one_of_each.get(model) or model._default_manager.first()
        assert obj is not None, f"no {opts.label} to open"
        change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        assert admin_client_.get(change).status_code == 200, change


def test_event_history_is_visible_in_the_admin(
    admin_client_: Client, one_of_each: dict[type[Model], Model | None]
) -> None:
    event = event_of(one_of_each)
    response = admin_client_.get(reverse("admin:calendar_event_history", args=[event.pk]))
    assert response.status_code == 200
    record = event.history.get()
    old_version = reverse("admin:calendar_event_simple_history", args=[event.pk, record.history_id])
    assert admin_client_.get(old_version).status_code == 200


def test_events_are_not_added_changed_reverted_or_deleted_past_the_services(
    admin_client_: Client, one_of_each: dict[type[Model], Model | None]
) -> None:
    event = event_of(one_of_each)
    record = event.history.get()
    assert admin_client_.get(reverse("admin:calendar_event_add")).status_code == 403
    change, delete = (reverse(f"admin:calendar_event_{view}", args=[event.pk]) for view in ("change", "delete"))
    assert admin_client_.post(change, {"title": "x"}).status_code == 403
    assert admin_client_.post(delete, {"post": "yes"}).status_code == 403
    revert = reverse("admin:calendar_event_simple_history", args=[event.pk, record.history_id])
    assert admin_client_.post(revert, {}).status_code == 403
    event.refresh_from_db()
    assert (event.version, Event.objects.count()) == (1, 1)
    page = admin_client_.get(reverse("admin:calendar_event_change", args=[event.pk])).content.decode()
    assert f'href="/events/{event.pk}/edit/"' in page


def test_bulk_cancel_goes_through_the_service(
    admin_client_: Client, admin_user: Any, one_of_each: dict[type[Model], Model | None]
) -> None:
    event = event_of(one_of_each)
    response = admin_client_.post(
        reverse("admin:calendar_event_changelist"),
        {
            "action": "cancel_selected",
            "_selected_action": [str(event.pk)],
        },
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.status, event.version) == ("cancelled", 2)
    assert event.history.order_by("-history_id").first().history_user == admin_user


def test_reference_keys_cannot_be_changed_once_saved(admin_client_: Client) -> None:
    organization = make_organization("KEYORG")
    form = (
        admin_client_.get(reverse("admin:directory_organization_change", args=[organization.pk]))
        .context["adminform"]
        .form
    )
    assert "acronym" not in form.fields
    assert "name" in form.fields


def test_user_page_manages_memberships(admin_client_: Client, editor: Any) -> None:
    page = admin_client_.get(reverse("admin:auth_user_change", args=[editor.pk])).content.decode()
    assert "memberships-TOTAL_FORMS" in page


def test_bulk_cancel_refuses_events_the_steward_may_not_edit(one_of_each: dict[type[Model], Model | None]) -> None:
    from django.contrib.auth.models import Permission

    steward = make_user("steward", is_staff=True, editor_of=make_organization("OTHERORG"))
    steward.user_permissions.add(Permission.objects.get(codename="view_event"))
    client = Client()
    client.force_login(steward)
    event = event_of(one_of_each)
    response = client.post(
        reverse("admin:calendar_event_changelist"),
        {
            "action": "cancel_selected",
            "_selected_action": [str(event.pk)],
        },
        follow=True,
    )
    assert "1 event left unchanged: you are not an editor of its organizers." in response.content.decode()
    event.refresh_from_db()
    assert (event.status, event.version) == ("confirmed", 1)
