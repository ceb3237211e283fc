"""The page /coordination/upcoming/ and the checklist filled in place, with and without htmx."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from synergies.calendar import services as calendar_services
from synergies.calendar.models import Event, Participation
from synergies.calendar.services import ParticipationData
from synergies.core.actors import SYSTEM
from synergies.directory.models import Body, Instrument
from synergies.testing import make_event, make_user
from synergies.upcoming import services
from synergies.upcoming.models import CommunicationItem, EventChecklist
from synergies.upcoming.services import CommunicationData
from synergies.upcoming.tests.conftest import Cluster, client_for

pytestmark = pytest.mark.django_db

LIST = "/coordination/upcoming/?from=2030-03-01"
HTMX: dict[str, Any] = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def cop(cluster: Cluster) -> Event:
    event = make_event(
        title="Synthetic COP",
        kind=Event.Kind.COP,
        lead_organizers=[cluster.brs],
        instruments=[Instrument.objects.get(code="basel")],
        bodies=[Body.objects.get(code="bc-cop")],
    )
    calendar_services.create_participation(
        event,
        ParticipationData(
            organization=cluster.chemicals, person="Synthetic officer", notes="Synthetic secret participation note"
        ),
        by=SYSTEM,
    )
    services.create_communication(
        event, CommunicationData(organization=cluster.brs, title="Synthetic secret press release"), by=SYSTEM
    )
    return event


def all_addresses(event: Event) -> list[str]:
    participation = event.participations.get()
    communication = event.communication_items.get()
    return [
        LIST,
        "/coordination/upcoming.docx",
        "/coordination/upcoming.txt",
        "/coordination/upcoming.html",
        reverse("upcoming:event", args=[event.pk]),
        reverse("upcoming:participation_add", args=[event.pk]),
        reverse("upcoming:communication_add", args=[event.pk]),
        reverse("upcoming:participation_edit", args=[participation.pk]),
        reverse("upcoming:communication_edit", args=[communication.pk]),
    ]


def test_anonymous_people_are_sent_to_sign_in_everywhere(cop: Event) -> None:
    client = Client()
    for address in all_addresses(cop):
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith("/accounts/login/?next=/coordination/upcoming")
        assert b"Synthetic" not in response.content
    participation = cop.participations.get()
    for address in (
        reverse("upcoming:participation_remove", args=[participation.pk]),
        reverse("upcoming:not_needed", args=[cop.pk]),
        reverse("upcoming:participation_add", args=[cop.pk]),
    ):
        assert (
            client.post(
                address,
                {
                    "version": "1",
                    "key": "statement",
                    "not_needed": "1",
                    "organization": cop.event_organizers.get().organization_id,
                },
            ).status_code
            == 302
        )
    assert Participation.objects.count() == 1
    assert not EventChecklist.objects.exists()


def test_sign_in_brings_people_back_to_the_same_list() -> None:
    response = Client().get("/coordination/upcoming/?from=2015-04-01&days=30")
    assert response["Location"] == "/accounts/login/?next=/coordination/upcoming/%3Ffrom%3D2015-04-01%26days%3D30"


def test_signed_in_people_who_are_not_staff_are_refused(cop: Event) -> None:
    client = client_for(make_user("synthetic-visitor"))
    for address in all_addresses(cop):
        response = client.get(address)
        assert response.status_code == 403, address
        assert b"Synthetic secret" not in response.content


def test_internal_coordination_never_shows_on_public_pages_or_feeds(cop: Event) -> None:
    client = Client()
    for address in (
        "/events/",
        f"/events/{cop.pk}/",
        "/events.ics",
        "/events.atom",
        "/events.csv",
        f"/events/{cop.pk}.ics",
        "/api/v1/events",
    ):
        response = client.get(address)
        body = b"".join(response.streaming_content) if response.streaming else response.content  # type: ignore[attr-defined]
        assert b"Synthetic secret" not in body, address
        assert b"Synthetic officer" not in body, address


def test_staff_see_the_list_grouped_by_month_with_what_is_missing(cop: Event, staff_client: Client) -> None:
    response = staff_client.get(LIST)
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 event of mutual interest, 1 with something still missing." in html
    assert '<h2 id="month-2030-03">March 2030' in html
    assert "Synthetic COP" in html
    assert "4–6 March 2030 (all day, Europe/Zurich)" in html
    assert "No one confirmed from CHEM-SYN" in html
    assert "No statement planned" in html
    assert "Synthetic secret press release" in html
    # Staff who edit nothing see the checklist but no editing controls.
    assert "Add participation" not in html
    assert 'href="/coordination/upcoming.docx?from=2030-03-01"' in html


def test_bad_filters_are_refused_with_the_field_named(cop: Event, staff_client: Client) -> None:
    response = staff_client.get("/coordination/upcoming/?from=2030-13-45&organization=NOPE&days=900")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Write the first day as YYYY-MM-DD, such as 2015-04-01." in html
    assert "“NOPE” is not an organization we know." in html
    assert "Choose at most 366 days." in html
    export = staff_client.get("/coordination/upcoming.docx?from=yesterday")
    assert export.status_code == 400
    assert "from: Write the first day as YYYY-MM-DD" in export.content.decode()


def test_without_javascript_an_editor_adds_participation_on_a_form_page(
    cop: Event, cluster: Cluster, chemicals_editor: User
) -> None:
    client = client_for(chemicals_editor)
    page = client.get(LIST)
    assert "Add participation" in page.content.decode()
    form_address = (
        f"{reverse('upcoming:participation_add', args=[cop.pk])}?next=/coordination/upcoming/%3Ffrom%3D2030-03-01"
    )
    form_page = client.get(form_address)
    assert form_page.status_code == 200
    html = form_page.content.decode()
    assert f'<label for="id_event{cop.pk}_organization">Organization</label>' in html
    # An editor of UNEP Chemicals names only UNEP Chemicals.
    assert f'<option value="{cluster.chemicals.pk}"' in html
    assert f'<option value="{cluster.brs.pk}"' not in html
    response = client.post(
        form_address,
        {
            "organization": cluster.chemicals.pk,
            "role": "attend",
            "person": "Synthetic head of branch",
            "status": "confirmed",
            "notes": "",
            "next": "/coordination/upcoming/?from=2030-03-01",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/coordination/upcoming/?from=2030-03-01"
    added = Participation.objects.get(person="Synthetic head of branch")
    assert added.history.get().history_user == chemicals_editor
    assert "No one confirmed from CHEM-SYN" not in client.get(LIST).content.decode()


def test_an_editor_cannot_record_for_another_organization(cop: Event, cluster: Cluster, chemicals_editor: User) -> None:
    client = client_for(chemicals_editor)
    response = client.post(
        reverse("upcoming:participation_add", args=[cop.pk]),
        {"organization": cluster.brs.pk, "role": "statement", "status": "confirmed"},
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    brs_participation = calendar_services.create_participation(
        cop, ParticipationData(organization=cluster.brs), by=SYSTEM
    )
    assert client.get(reverse("upcoming:participation_edit", args=[brs_participation.pk])).status_code == 403
    assert (
        client.post(
            reverse("upcoming:participation_remove", args=[brs_participation.pk]),
            {"version": calendar_services.participation_token(brs_participation)},
        ).status_code
        == 403
    )
    assert Participation.objects.filter(pk=brs_participation.pk).exists()


def test_with_htmx_the_checklist_is_swapped_in_place(cop: Event, cluster: Cluster, brs_editor: User) -> None:
    client = client_for(brs_editor)
    opened = client.get(reverse("upcoming:participation_add", args=[cop.pk]), **HTMX)
    assert opened.status_code == 200
    fragment = opened.content.decode()
    assert fragment.lstrip().startswith(f'<article class="upcoming-item has-missing" id="checklist-{cop.pk}"')
    assert "<html" not in fragment
    assert 'hx-post="/coordination/upcoming/events/' in fragment
    response = client.post(
        reverse("upcoming:participation_add", args=[cop.pk]),
        {
            "organization": cluster.brs.pk,
            "role": "statement",
            "person": "Synthetic Executive Secretary",
            "status": "confirmed",
            "next": LIST,
        },
        **HTMX,
    )
    assert response.status_code == 200
    fragment = response.content.decode()
    assert "Saved." in fragment
    assert "Synthetic Executive Secretary" in fragment
    assert "No statement planned" not in fragment
    assert "No document to present" in fragment
    # Bad input comes back in place, with the message at its field, and changes nothing.
    bad = client.post(
        reverse("upcoming:communication_add", args=[cop.pk]),
        {"organization": cluster.brs.pk, "kind": "press_release", "title": "", "status": "planned", "due_date": "soon"},
        **HTMX,
    )
    assert bad.status_code == 400
    assert "Write the due date as YYYY-MM-DD, such as 2015-04-20." in bad.content.decode()
    assert CommunicationItem.objects.count() == 1


def test_a_stale_edit_is_refused_and_changes_nothing(cop: Event, cluster: Cluster, chemicals_editor: User) -> None:
    client = client_for(chemicals_editor)
    participation = cop.participations.get()
    address = reverse("upcoming:participation_edit", args=[participation.pk])
    stale = calendar_services.participation_token(participation)
    calendar_services.update_participation(
        participation,
        ParticipationData(organization=cluster.chemicals, person="Renamed by a colleague"),
        expected_token=stale,
        by=SYSTEM,
    )
    response = client.post(
        address,
        {
            "organization": cluster.chemicals.pk,
            "role": "attend",
            "person": "Mine",
            "status": "confirmed",
            "token": stale,
        },
    )
    assert response.status_code == 409
    assert "changed by someone else while you were editing it" in response.content.decode()
    participation.refresh_from_db()
    assert participation.person == "Renamed by a colleague"
    removal = client.post(
        reverse("upcoming:participation_remove", args=[participation.pk]), {"version": stale, "next": LIST}, **HTMX
    )
    assert removal.status_code == 409
    assert Participation.objects.filter(pk=participation.pk).exists()


def test_not_needed_in_place(cop: Event, brs_editor: User) -> None:
    client = client_for(brs_editor)
    response = client.post(
        reverse("upcoming:not_needed", args=[cop.pk]),
        {"key": "side_event", "not_needed": "1", "version": "0", "next": LIST},
        **HTMX,
    )
    assert response.status_code == 200
    fragment = response.content.decode()
    assert "Marked not needed." in fragment
    missing_part = fragment.split("Participation, statements")[0]
    assert "No side event planned" not in missing_part
    assert "<s>No side event planned</s>" in fragment
    again = client.post(
        reverse("upcoming:not_needed", args=[cop.pk]),
        {"key": "side_event", "not_needed": "0", "version": "0", "next": LIST},
    )
    assert again.status_code == 302
    assert EventChecklist.objects.get(event=cop).not_needed == ["side_event"], "a stale mark changes nothing"


def test_event_checklist_page_and_edit_of_a_communication(cop: Event, cluster: Cluster, brs_editor: User) -> None:
    client = client_for(brs_editor)
    page = client.get(reverse("upcoming:event", args=[cop.pk]))
    assert page.status_code == 200
    assert "<h1>Coordination checklist</h1>" in page.content.decode()
    item = cop.communication_items.get()
    response = client.post(
        reverse("upcoming:communication_edit", args=[item.pk]),
        {
            "organization": cluster.brs.pk,
            "kind": "publication",
            "title": "Synthetic joint publication",
            "status": "done",
            "due_date": "2030-02-20",
            "notes": "",
            "version": item.version,
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.kind, item.title, item.due_date, item.version) == (
        "publication",
        "Synthetic joint publication",
        date(2030, 2, 20),
        2,
    )


def test_organizers_keep_coordination_notes_in_the_checklist(
    cop: Event, brs_editor: User, chemicals_editor: User
) -> None:
    address = reverse("upcoming:notes", args=[cop.pk])
    assert client_for(chemicals_editor).get(address).status_code == 403
    client = client_for(brs_editor)
    response = client.post(
        address, {"notes": "Synthetic note: statement drafted by 20 February.", "version": "0", "next": LIST}, **HTMX
    )
    assert response.status_code == 200
    assert "Synthetic note: statement drafted by 20 February." in response.content.decode()
    stale = client.post(address, {"notes": "Overwritten", "version": "0", "next": LIST})
    assert stale.status_code == 409
    assert EventChecklist.objects.get(event=cop).notes == "Synthetic note: statement drafted by 20 February."
    text = client.get("/coordination/upcoming.txt?from=2030-03-01").content.decode()
    assert "Coordination notes:\n  - Synthetic note: statement drafted by 20 February.\n" in text
