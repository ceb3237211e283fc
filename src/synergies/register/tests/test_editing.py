"""Editing the register in the site: who may, what is refused, conflicts, history, and what stays internal."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from synergies.core.actors import SYSTEM
from synergies.register.forms import ActivityForm, AreaForm, MandateForm
from synergies.register.models import Activity, CooperationArea, Mandate
from synergies.testing import make_activity, make_area, make_event, make_mandate, make_organization, make_user

pytestmark = pytest.mark.django_db

SECRET_NOTE = "Budget line still open, do not publish (synthetic)"
SECRET_EVENT = "Internal preparatory call (synthetic)"


def client_for(user: Any) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def post_data(form: Any, **changes: Any) -> dict[str, Any]:
    """What a browser sends for ``form`` as it is shown, with ``changes`` typed in."""
    data: dict[str, Any] = {}
    for bound in form:
        value = bound.value()
        if isinstance(value, bool) or bound.name == "resource_implications":
            if value:
                data[bound.name] = "on"
            continue
        if getattr(bound.field.widget, "allow_multiple_selected", False):
            data[bound.name] = [str(item) for item in value or []]
        elif isinstance(value, date):
            data[bound.name] = value.isoformat()
        else:
            data[bound.name] = "" if value is None else str(value)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


@pytest.fixture
def world() -> dict[str, Any]:
    lead, partner, other = make_organization("LEADORG"), make_organization("PARTORG"), make_organization("OTHERORG")
    area = make_area(slug="test-waste", name="Test waste area (synthetic)")
    activity = make_activity(
        key="test-waste-guidance",
        area=area,
        short_title="Waste guidance (synthetic)",
        status="potential",
        lead_organizations=[lead],
        partner_organizations=[partner],
        internal_notes=SECRET_NOTE,
    )
    mandate = make_mandate(reference="TEST-1/1", title="Synthetic waste decision", areas=[area])
    return {
        "lead": lead,
        "partner": partner,
        "other": other,
        "area": area,
        "activity": activity,
        "mandate": mandate,
        "lead_editor": make_user("lead-editor", editor_of=lead),
        "partner_editor": make_user("partner-editor", editor_of=partner),
        "other_editor": make_user("other-editor", editor_of=other),
        "member": make_user("member", member_of=lead),
        "admin": make_user("admin", is_staff=True, is_superuser=True),
    }


def edit_url(activity: Activity) -> str:
    return reverse("register:activity_edit", args=[activity.key])


def activity_post(world: dict[str, Any], user: Any, **changes: Any) -> dict[str, Any]:
    activity = Activity.objects.get(pk=world["activity"].pk)
    return post_data(ActivityForm(user=user, instance=activity), **changes)


# --- Who may edit -----------------------------------------------------------------------------------

ACTIVITY_RIGHTS = {"lead_editor": 200, "partner_editor": 200, "other_editor": 403, "member": 403, "admin": 200}


@pytest.mark.parametrize(("who", "expected"), ACTIVITY_RIGHTS.items())
def test_who_may_open_and_save_an_activity(world: dict[str, Any], who: str, expected: Any) -> None:
    user = world[who]
    client = client_for(user)
    assert client.get(edit_url(world["activity"])).status_code == expected
    response = client.post(edit_url(world["activity"]), activity_post(world, world["admin"], short_title="Changed"))
    assert response.status_code == (302 if expected == 200 else 403)
    world["activity"].refresh_from_db()
    assert (world["activity"].short_title == "Changed") == (expected == 200)


@pytest.mark.parametrize(
    ("who", "expected"), {"lead_editor": 200, "other_editor": 200, "member": 403, "admin": 200}.items()
)
def test_editors_of_any_organization_and_administrators_may_add_activities(
    world: dict[str, Any], who: str, expected: Any
) -> None:
    assert client_for(world[who]).get(reverse("register:activity_create")).status_code == expected


@pytest.mark.parametrize("who", ["lead_editor", "partner_editor", "other_editor", "member"])
def test_only_administrators_change_mandates_and_areas(world: dict[str, Any], who: str) -> None:
    client = client_for(world[who])
    urls = [
        reverse("register:mandate_create"),
        reverse("register:mandate_edit", args=[world["mandate"].pk]),
        reverse("register:area_create"),
        reverse("register:area_edit", args=[world["area"].slug]),
    ]
    for url in urls:
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"reference": "X", "title": "X", "slug": "x", "name": "X"}).status_code == 403, url
    admin = client_for(world["admin"])
    for url in urls:
        assert admin.get(url).status_code == 200, url
    assert not Mandate.objects.filter(reference="X").exists()
    assert not CooperationArea.objects.filter(slug="x").exists()


def test_anonymous_visitors_are_sent_to_sign_in_and_change_nothing(world: dict[str, Any]) -> None:
    client = Client()
    urls = [
        edit_url(world["activity"]),
        reverse("register:activity_create"),
        reverse("register:mandate_create"),
        reverse("register:mandate_edit", args=[world["mandate"].pk]),
        reverse("register:area_create"),
        reverse("register:area_edit", args=[world["area"].slug]),
    ]
    for url in urls:
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, url
            assert response["Location"] == f"/accounts/login/?next={url}"
    world["activity"].refresh_from_db()
    assert world["activity"].version == 1


def test_edit_links_are_shown_only_to_those_who_may_edit(world: dict[str, Any]) -> None:
    activity_page = world["activity"].get_absolute_url()
    mandate_page = world["mandate"].get_absolute_url()
    link = f'href="{edit_url(world["activity"])}"'.encode()
    mandate_link = f'href="{reverse("register:mandate_edit", args=[world["mandate"].pk])}"'.encode()
    for who, may in {
        "lead_editor": True,
        "partner_editor": True,
        "other_editor": False,
        "member": False,
        "admin": True,
        None: False,
    }.items():
        client = client_for(world[who] if who else None)
        assert (link in client.get(activity_page).content) == may, who
        assert (link in client.get("/register/").content) == may, who
        assert (mandate_link in client.get(mandate_page).content) == (who == "admin"), who
        assert (b'href="/mandates/new/"' in client.get("/mandates/").content) == (who == "admin"), who
        assert (b'href="/areas/new/"' in client.get("/register/").content) == (who == "admin"), who
        can_add = who in ("lead_editor", "partner_editor", "other_editor", "admin")
        assert (b'href="/register/new/"' in client.get("/register/").content) == can_add, who


# --- Saving, history, what the public sees -------------------------------------------------------------


def history_row(label: str, before: str, after: str) -> str:
    """One row of the history's table of changes, as the page shows it."""
    return (
        f'<tr><th scope="row">{label}</th><td data-label="Before">{before}</td><td data-label="After">{after}</td></tr>'
    )


def test_an_editor_changes_an_activity_and_everyone_sees_it_with_its_history(world: dict[str, Any]) -> None:
    editor = world["lead_editor"]
    client = client_for(editor)
    public = Client()
    assert b"Waste guidance (synthetic)" in public.get("/register/").content  # the page is now cached
    event = make_event(title="Synthetic waste workshop", lead_organizers=[world["lead"]])
    data = activity_post(
        world,
        editor,
        short_title="Joint waste guidance (synthetic)",
        status="ongoing",
        cooperation_level="5",
        period_start="2030-01-01",
        period_end="2030-12-31",
        events=f"/events/{event.pk}/",
        mandates="TEST-1/1",
    )
    response = client.post(edit_url(world["activity"]), data)
    assert response.status_code == 302
    assert response["Location"] == world["activity"].get_absolute_url()

    activity = Activity.objects.get(pk=world["activity"].pk)
    assert (activity.short_title, activity.status, activity.cooperation_level, activity.version) == (
        "Joint waste guidance (synthetic)",
        "ongoing",
        5,
        2,
    )
    assert list(activity.events.all()) == [event]
    assert list(activity.mandates.all()) == [world["mandate"]]
    world["mandate"].refresh_from_db()
    assert world["mandate"].version == 2
    assert world["mandate"].history.first().history_user == editor

    register_page = public.get("/register/").content.decode()
    assert "Joint waste guidance (synthetic)" in register_page  # no stale cached page
    staff_page = client.get(activity.get_absolute_url()).content.decode()
    assert "Your changes to “Joint waste guidance (synthetic)” were saved." in staff_page
    assert "UTC — lead-editor" in staff_page
    assert history_row("Short title", "Waste guidance (synthetic)", "Joint waste guidance (synthetic)") in staff_page
    assert history_row("Status", "Potential", "Ongoing") in staff_page
    assert "Synthetic waste workshop" in staff_page
    public_page = public.get(activity.get_absolute_url()).content.decode()
    assert history_row("Status", "Potential", "Ongoing") in public_page
    assert "lead-editor" not in public_page  # who changed it is for staff


def test_internal_notes_and_internal_events_never_reach_public_pages_after_an_edit(world: dict[str, Any]) -> None:
    editor = world["lead_editor"]
    internal_event = make_event(title=SECRET_EVENT, lead_organizers=[world["lead"]], visibility="internal")
    data = activity_post(world, editor, internal_notes=SECRET_NOTE + " (changed)", events=str(internal_event.pk))
    assert client_for(editor).post(edit_url(world["activity"]), data).status_code == 302
    public = Client()
    urls = [
        "/register/",
        world["activity"].get_absolute_url(),
        "/register.csv",
        "/register.xlsx",
        "/map/",
        "/mandates/",
        world["mandate"].get_absolute_url(),
    ]
    for url in urls:
        content = public.get(url).content
        assert SECRET_NOTE.encode() not in content, url
        assert SECRET_EVENT.encode() not in content, url
    staff_page = client_for(editor).get(world["activity"].get_absolute_url()).content.decode()
    assert SECRET_NOTE + " (changed)" in staff_page
    assert SECRET_EVENT in staff_page


def test_an_editor_adds_an_activity(world: dict[str, Any]) -> None:
    editor = world["partner_editor"]
    form = ActivityForm(user=editor, initial={"area": world["area"]})
    data = post_data(
        form,
        key="test-new-activity",
        short_title="New joint activity (synthetic)",
        text="Synthetic text.",
        partner_organizations=["PARTORG"],
        lead_organizations=["OTHERORG"],
    )
    response = client_for(editor).post(reverse("register:activity_create"), data)
    assert response.status_code == 302
    activity = Activity.objects.get(key="test-new-activity")
    assert response["Location"] == activity.get_absolute_url()
    assert activity.history.get().history_user == editor


# --- Refusals: plain words, at the field, nothing changed --------------------------------------------------


REFUSALS = [
    (
        {"period_start": "2030-05-01", "period_end": "2030-04-01"},
        "period_end",
        "The period ends (2030-04-01) before it starts (2030-05-01).",
    ),
    ({"events": "999999"}, "events", "line 1: there is no event “999999” in the calendar."),
    ({"events": "/events/1/\nno-such-uid@example.org"}, "events", "there is no event “no-such-uid@example.org”"),
    ({"mandates": "SC-99/99"}, "mandates", "there is no mandate with the reference “SC-99/99”"),
    ({"area": "no-such-area"}, "area", "Choose the area from the list."),
    ({"short_title": ""}, "short_title", "This field is required."),
    ({"status": "finished"}, "status", "Select a valid choice."),
    ({"lead_organizations": "NOSUCHORG"}, "lead_organizations", "Select a valid choice. NOSUCHORG"),
    (
        {"lead_organizations": ["LEADORG", "PARTORG"]},
        "partner_organizations",
        "An organization cannot both lead and be a partner",
    ),
    (
        {"lead_organizations": "OTHERORG", "partner_organizations": None},
        "lead_organizations",
        "Name at least one organization you are an editor for",
    ),
]


@pytest.mark.parametrize(("changes", "field", "message"), REFUSALS)
def test_bad_input_is_refused_in_plain_words_and_changes_nothing(
    world: dict[str, Any], changes: dict[str, Any], field: str, message: str
) -> None:
    editor = world["lead_editor"]
    before = Activity.objects.get(pk=world["activity"].pk)
    response = client_for(editor).post(
        edit_url(before), activity_post(world, editor, **{"short_title": "Changed", **changes})
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was saved" in html
    assert message in html
    anchor = response.context["form"][field].id_for_label or f"field-{field}"
    assert f'href="#{anchor}"' in html  # the summary leads to the field
    after = Activity.objects.get(pk=before.pk)
    assert (after.short_title, after.version, after.status) == (before.short_title, 1, before.status)
    assert after.history.count() == 1


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("test-waste-guidance", "Another activity already has the key “test-waste-guidance”."),
        ("new", "cannot be a key"),
    ],
)
def test_a_new_activity_with_a_taken_or_reserved_key_is_refused(world: dict[str, Any], key: str, message: str) -> None:
    editor = world["lead_editor"]
    data = post_data(
        ActivityForm(user=editor, initial={"area": world["area"]}),
        key=key,
        short_title="T",
        text="T",
        lead_organizations=["LEADORG"],
    )
    response = client_for(editor).post(reverse("register:activity_create"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Activity.objects.count() == 1


def test_a_mandate_reference_that_exists_is_refused(world: dict[str, Any]) -> None:
    admin = world["admin"]
    data = post_data(MandateForm(user=admin), reference="TEST-1/1", title="Another decision", kind="decision")
    response = client_for(admin).post(reverse("register:mandate_create"), data)
    assert response.status_code == 400
    assert "A mandate with the reference “TEST-1/1” already exists." in response.content.decode()
    assert Mandate.objects.count() == 1


def test_a_mandate_with_an_unknown_meeting_or_activity_is_refused(world: dict[str, Any]) -> None:
    admin = world["admin"]
    mandate = world["mandate"]
    data = post_data(MandateForm(user=admin, instance=mandate), meeting="424242", activities="no-such-activity")
    response = client_for(admin).post(reverse("register:mandate_edit", args=[mandate.pk]), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "there is no event “424242” in the calendar." in html
    assert "there is no activity with the key “no-such-activity”" in html
    mandate.refresh_from_db()
    assert mandate.version == 1


# --- Administrators: mandates and areas ----------------------------------------------------------------------


def test_an_administrator_adds_and_edits_a_mandate_with_its_meeting_and_activities(world: dict[str, Any]) -> None:
    admin = world["admin"]
    client = client_for(admin)
    meeting = make_event(title="Synthetic COP", lead_organizers=[world["lead"]])
    data = post_data(
        MandateForm(user=admin),
        reference="TEST-7/28",
        title="Synthetic synergies decision",
        kind="decision",
        meeting=f"/events/{meeting.pk}/",
        date="2015-05-15",
        url="https://www.example.org/decision",
        excerpt="Requests cooperation.",
        areas=["test-waste"],
        activities="test-waste-guidance",
    )
    response = client.post(reverse("register:mandate_create"), data)
    assert response.status_code == 302
    mandate = Mandate.objects.get(reference="TEST-7/28")
    assert (mandate.meeting, mandate.date, list(mandate.activities.all())) == (
        meeting,
        date(2015, 5, 15),
        [world["activity"]],
    )
    edit = post_data(MandateForm(user=admin, instance=mandate), title="Synthetic synergies decision, amended")
    assert client.post(reverse("register:mandate_edit", args=[mandate.pk]), edit).status_code == 302
    mandate.refresh_from_db()
    assert (mandate.title, mandate.version) == ("Synthetic synergies decision, amended", 2)
    assert [record.history_user for record in mandate.history.all()] == [admin, admin]
    assert "Synthetic synergies decision, amended" in Client().get("/mandates/").content.decode()


def test_an_administrator_edits_an_area_with_history_and_conflict_protection(world: dict[str, Any]) -> None:
    admin = world["admin"]
    area = world["area"]
    client = client_for(admin)
    stale = post_data(AreaForm(user=admin, instance=area), name="Waste and mercury (synthetic)")
    fresh = post_data(AreaForm(user=admin, instance=area), description="Changed first (synthetic)")
    assert client.post(reverse("register:area_edit", args=[area.slug]), fresh).status_code == 302
    response = client.post(reverse("register:area_edit", args=[area.slug]), stale)
    assert response.status_code == 409
    area.refresh_from_db()
    assert (area.name, area.version) == ("Test waste area (synthetic)", 2)
    assert area.history.first().history_user == admin


# --- Conflicts ------------------------------------------------------------------------------------------------------


def test_saving_a_stale_form_is_refused_and_shows_what_changed(world: dict[str, Any]) -> None:
    first, second = world["lead_editor"], world["partner_editor"]
    stale = activity_post(world, second, outputs="Second editor's outputs (synthetic)")
    mine = activity_post(world, first, status="completed")
    assert client_for(first).post(edit_url(world["activity"]), mine).status_code == 302

    response = client_for(second).post(edit_url(world["activity"]), stale)
    assert response.status_code == 409
    html = response.content.decode()
    assert "was changed by someone else while you were editing it (version 2, you started from version 1)" in html
    assert "Last saved by lead-editor" in html
    differences = response.context["conflict"]["differences"]
    assert ("Status", "Completed", "Potential") in differences
    assert ("Outputs", "(empty)", "Second editor's outputs (synthetic)") in differences
    activity = Activity.objects.get(pk=world["activity"].pk)
    assert (activity.status, activity.outputs, activity.version) == ("completed", "", 2)

    # The form comes back with the current version: saving it again is a deliberate choice.
    assert response.context["form"]["version"].value() == "2"
    again = {**stale, "version": "2"}
    assert client_for(second).post(edit_url(world["activity"]), again).status_code == 302
    activity.refresh_from_db()
    assert (activity.outputs, activity.version) == ("Second editor's outputs (synthetic)", 3)


def test_a_stale_mandate_form_is_refused(world: dict[str, Any]) -> None:
    admin = world["admin"]
    mandate = world["mandate"]
    stale = post_data(MandateForm(user=admin, instance=mandate), title="Stale title")
    fresh = post_data(MandateForm(user=admin, instance=mandate), excerpt="Fresh excerpt")
    client = client_for(admin)
    assert client.post(reverse("register:mandate_edit", args=[mandate.pk]), fresh).status_code == 302
    response = client.post(reverse("register:mandate_edit", args=[mandate.pk]), stale)
    assert response.status_code == 409
    assert ("Excerpt", "Fresh excerpt", "(empty)") in response.context["conflict"]["differences"]
    mandate.refresh_from_db()
    assert (mandate.title, mandate.version) == ("Synthetic waste decision", 2)


# --- The page cache never mixes viewers -------------------------------------------------------------------


def test_a_page_cached_for_staff_is_never_served_to_the_public(world: dict[str, Any]) -> None:
    from synergies.register import services

    services.create_or_update_focal_point(
        organization=world["lead"],
        name="Synthetic focal point",
        area=world["area"],
        role="Area focal point",
        email="synthetic.contact@example.org",
        by=SYSTEM,
    )
    staff = client_for(world["member"])
    assert b"synthetic.contact@example.org" in staff.get("/map/").content  # cached for staff
    assert b"synthetic.contact@example.org" in staff.get("/map/").content  # served from the cache
    assert b"synthetic.contact@example.org" not in Client().get("/map/").content
    assert b"synthetic.contact@example.org" not in client_for(make_user("signed-in-reader")).get("/map/").content


def test_who_may_edit_focal_points_and_success_stories() -> None:
    from synergies.register import permissions, services

    lead, other = make_organization("SLEAD"), make_organization("SOTHER")
    area = make_area()
    activity = make_activity(area=area, lead_organizations=[lead])
    point = services.create_or_update_focal_point(
        organization=lead, name="Synthetic focal point", area=area, role="Role", by=SYSTEM
    )
    story = services.create_success_story(
        services.StoryData(title="Synthetic story", text="Text.", activity=activity), by=SYSTEM
    )
    lone_story = services.create_success_story(
        services.StoryData(title="Synthetic story without activity", text="Text.", area=area), by=SYSTEM
    )
    lead_editor, other_editor = make_user("s-lead", editor_of=lead), make_user("s-other", editor_of=other)
    admin = make_user("s-admin", is_superuser=True)
    assert permissions.can_edit_focal_point(lead_editor, point)
    assert not permissions.can_edit_focal_point(other_editor, point)
    assert permissions.can_edit_story(lead_editor, story)
    assert not permissions.can_edit_story(other_editor, story)
    assert not permissions.can_edit_story(lead_editor, lone_story)
    assert permissions.can_edit_story(admin, lone_story)
    assert [permissions.can_publish_story(user) for user in (lead_editor, admin)] == [False, True]


# --- Success stories --------------------------------------------------------------------------------------


def test_editors_write_story_drafts_and_only_administrators_publish_them(world: dict[str, Any]) -> None:
    from synergies.register.forms import StoryForm
    from synergies.register.models import SuccessStory

    editor, admin, public = world["lead_editor"], world["admin"], Client()
    page = world["activity"].get_absolute_url()
    add_link = f'href="/stories/new/?activity={world["activity"].key}"'.encode()
    assert add_link in client_for(editor).get(page).content
    assert add_link not in client_for(world["other_editor"]).get(page).content
    form = StoryForm(user=editor, initial={"activity": world["activity"].key})
    assert "published" not in form.fields
    data = post_data(
        form, title="Joint side event (synthetic)", text="Both secretariats presented together.", published="on"
    )
    response = client_for(editor).post(reverse("register:story_create"), data)
    assert response.status_code == 302
    story = SuccessStory.objects.get()
    assert (story.published, story.activity, story.area, story.history.get().history_user) == (
        False,
        world["activity"],
        world["area"],
        editor,
    )
    assert b"Joint side event (synthetic)" not in public.get(page).content  # a draft

    edit = reverse("register:story_edit", args=[story.pk])
    assert client_for(world["other_editor"]).get(edit).status_code == 403
    publish = post_data(StoryForm(user=admin, instance=story), published="on")
    assert client_for(admin).post(edit, publish).status_code == 302
    assert b"Joint side event (synthetic)" in public.get(page).content

    # An editor's change to a published story makes it a draft again, until an administrator publishes it.
    story.refresh_from_db()
    change = post_data(StoryForm(user=editor, instance=story), text="Changed text (synthetic).")
    assert client_for(editor).post(edit, change).status_code == 302
    story.refresh_from_db()
    assert (story.published, story.version) == (False, 3)
    assert b"Joint side event (synthetic)" not in public.get(page).content


def test_a_story_about_someone_elses_activity_or_stale_is_refused(world: dict[str, Any]) -> None:
    from synergies.register.forms import StoryForm
    from synergies.register.models import SuccessStory

    other = world["other_editor"]
    data = post_data(StoryForm(user=other), title="T", text="T", activity=world["activity"].key)
    response = client_for(other).post(reverse("register:story_create"), data)
    assert response.status_code == 400
    assert "You may write stories only about activities" in response.content.decode()
    assert not SuccessStory.objects.exists()

    admin = world["admin"]
    created = client_for(admin).post(
        reverse("register:story_create"),
        post_data(StoryForm(user=admin), title="Synthetic story", text="Text.", activity=world["activity"].key),
    )
    assert created.status_code == 302
    story = SuccessStory.objects.get()
    stale = post_data(StoryForm(user=admin, instance=story), title="Stale title")
    fresh = post_data(StoryForm(user=admin, instance=story), text="Fresh text.")
    edit = reverse("register:story_edit", args=[story.pk])
    assert client_for(admin).post(edit, fresh).status_code == 302
    assert client_for(admin).post(edit, stale).status_code == 409
    story.refresh_from_db()
    assert (story.title, story.text, story.version) == ("Synthetic story", "Fresh text.", 2)


# --- Focal points ---------------------------------------------------------------------------------------------


def test_editors_keep_their_organizations_focal_points_and_contacts_stay_internal(world: dict[str, Any]) -> None:
    from synergies.register.forms import FocalPointForm
    from synergies.register.models import FocalPoint

    editor = world["lead_editor"]
    page = world["activity"].get_absolute_url()
    assert b'href="/focal-points/new/?area=test-waste"' in client_for(editor).get(page).content
    assert b"/focal-points/new/" not in Client().get(page).content
    form = FocalPointForm(user=editor, initial={"area": world["area"]})
    assert [org.acronym for org in form.fields["organization"].queryset] == ["LEADORG"]  # type: ignore[attr-defined]
    data = post_data(
        form,
        organization="LEADORG",
        name="Synthetic waste focal point",
        role="Area focal point",
        email="synthetic.waste@example.org",
        phone="+00 000 0000",
        mandate="TEST-1/1",
    )
    assert client_for(editor).post(reverse("register:focal_point_create"), data).status_code == 302
    point = FocalPoint.objects.get()
    assert (point.person.organization, point.mandate, point.history.get().history_user) == (
        world["lead"],
        world["mandate"],
        editor,
    )

    edit = reverse("register:focal_point_edit", args=[point.pk])
    assert client_for(world["other_editor"]).get(edit).status_code == 403
    refused = post_data(
        FocalPointForm(user=world["other_editor"]), organization="LEADORG", name="X", role="Y", area="test-waste"
    )
    assert client_for(world["other_editor"]).post(reverse("register:focal_point_create"), refused).status_code == 400
    stale = post_data(FocalPointForm(user=editor, instance=point), role="Stale role")
    fresh = post_data(FocalPointForm(user=editor, instance=point), position="Programme officer (synthetic)")
    assert client_for(editor).post(edit, fresh).status_code == 302
    assert client_for(editor).post(edit, stale).status_code == 409
    point.refresh_from_db()
    assert (point.role, point.version, point.person.position) == (
        "Area focal point",
        2,
        "Programme officer (synthetic)",
    )
    assert FocalPoint.objects.count() == 1

    for url in (page, "/map/", world["mandate"].get_absolute_url(), "/register.csv"):
        content = Client().get(url).content
        assert b"synthetic.waste@example.org" not in content, url
        assert b"+00 000 0000" not in content, url
    assert b"synthetic.waste@example.org" in client_for(editor).get(page).content


def test_an_administrator_adds_an_area_and_it_appears_at_once(world: dict[str, Any]) -> None:
    admin = world["admin"]
    public = Client()
    assert b"Synthetic new area" not in public.get("/register/").content  # cached before the change
    data = post_data(
        AreaForm(user=admin),
        slug="synthetic-new-area",
        name="Synthetic new area",
        kind="operational",
        order="99",
        instruments=["minamata"],
    )
    response = client_for(admin).post(reverse("register:area_create"), data)
    assert response.status_code == 302
    assert response["Location"] == "/register/?area=synthetic-new-area"
    area = CooperationArea.objects.get(slug="synthetic-new-area")
    assert (area.kind, [i.code for i in area.instruments.all()], area.history.get().history_user) == (
        "operational",
        ["minamata"],
        admin,
    )
    assert b"Synthetic new area" in public.get("/register/").content
    bad = post_data(AreaForm(user=admin), slug="Not a key!", name="X", kind="programmatic", order="1")
    response = client_for(admin).post(reverse("register:area_create"), bad)
    assert response.status_code == 400
    assert "“Not a key!” cannot be a key" in response.content.decode()
    assert CooperationArea.objects.count() == 2
