"""Who may write what in the register (``register/permissions.py``), as a table: every role × every write
path (service call, HTML form of ``register/editing.py``, the admin) × objects of one's own and of others,
with the expected answer in the table.

The organizations: LEADORG leads activity ``A`` with PARTORG as partner; OTHERORG leads activity ``B``.
The objects: ``A`` and ``B``; an area and a mandate (reference data); the focal points ``FP_LEAD`` (a person
of LEADORG) and ``FP_OTHER`` (of OTHERORG); the draft stories ``S_A`` and ``S_B`` about ``A`` and ``B``. The
roles: anonymous, the editor of LEADORG (``editor``), of OTHERORG (``other_editor``), of the partner PARTORG
(``partner_editor``), a staff member without an edit role, an administrator, and ``SYSTEM``. Every refused
write leaves the register as it was (rows, versions, fields, links and history). All data is synthetic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from synergies.calendar.tests.test_permission_matrix import client_for, expect
from synergies.core.actors import SYSTEM
from synergies.directory.models import Organization, Person
from synergies.register import services
from synergies.register.forms import ActivityForm, AreaForm, FocalPointForm, MandateForm, StoryForm
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory
from synergies.register.tests.test_editing import post_data
from synergies.testing import (
    make_activity,
    make_area,
    make_event,
    make_focal_point,
    make_mandate,
    make_organization,
    make_story,
    make_user,
)

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "editor", "other_editor", "partner_editor", "staff", "administrator", "system")


@dataclass
class World:
    organizations: dict[str, Organization]
    users: dict[str, Any]
    area: CooperationArea
    mandate: Mandate
    activities: dict[str, Activity]
    focal_points: dict[str, FocalPoint]
    stories: dict[str, SuccessStory]

    def activity(self, name: str) -> Activity:
        return Activity.objects.with_related().get(pk=self.activities[name].pk)

    def focal_point(self, name: str) -> FocalPoint:
        return FocalPoint.objects.select_related("person__organization", "area", "mandate").get(
            pk=self.focal_points[name].pk
        )

    def story(self, name: str) -> SuccessStory:
        return SuccessStory.objects.select_related("activity", "area").get(pk=self.stories[name].pk)

    def fresh_area(self) -> CooperationArea:
        return CooperationArea.objects.get(pk=self.area.pk)

    def fresh_mandate(self) -> Mandate:
        return Mandate.objects.get(pk=self.mandate.pk)


@pytest.fixture
def world() -> World:
    lead, partner, other = make_organization("LEADORG"), make_organization("PARTORG"), make_organization("OTHERORG")
    area = make_area(slug="test-matrix-area", name="Synthetic matrix area")
    activities = {
        "A": make_activity(key="test-a", area=area, lead_organizations=[lead], partner_organizations=[partner]),
        "B": make_activity(key="test-b", area=area, lead_organizations=[other]),
    }
    users: dict[str, Any] = {
        "anonymous": AnonymousUser(),
        "editor": make_user("lead-editor", editor_of=lead),
        "other_editor": make_user("other-editor", editor_of=other),
        "partner_editor": make_user("partner-editor", editor_of=partner),
        "staff": make_user("staff-member", is_staff=True),
        "administrator": make_user("administrator", is_superuser=True, is_staff=True),
        "system": SYSTEM,
    }
    return World(
        organizations={"LEADORG": lead, "PARTORG": partner, "OTHERORG": other},
        users=users,
        area=area,
        mandate=make_mandate(reference="TEST-M/1", title="Synthetic matrix decision", areas=[area]),
        activities=activities,
        focal_points={
            "FP_LEAD": make_focal_point(organization=lead, area=area, name="Synthetic lead focal point"),
            "FP_OTHER": make_focal_point(organization=other, area=area, name="Synthetic other focal point"),
        },
        stories={
            "S_A": make_story(activity=activities["A"], title="Synthetic story A"),
            "S_B": make_story(activity=activities["B"], title="Synthetic story B"),
        },
    )


def snapshot() -> tuple[Any, ...]:
    """Everything a register write could change."""
    return (
        sorted(Activity.objects.values_list("pk", "version", "short_title", "status", "outputs")),
        sorted(Activity.lead_organizations.through.objects.values_list("activity_id", "organization_id")),
        sorted(Activity.partner_organizations.through.objects.values_list("activity_id", "organization_id")),
        sorted(Activity.events.through.objects.values_list("activity_id", "event_id")),
        sorted(CooperationArea.objects.values_list("pk", "version", "slug", "name")),
        sorted(Mandate.objects.values_list("pk", "version", "reference", "title")),
        sorted(Mandate.activities.through.objects.values_list("mandate_id", "activity_id")),
        sorted(FocalPoint.objects.values_list("pk", "version", "person_id", "area_id", "role", "mandate_id")),
        sorted(Person.objects.values_list("pk", "organization_id", "name", "position", "email", "phone")),
        sorted(SuccessStory.objects.values_list("pk", "version", "title", "text", "published", "activity_id")),
        [model.history.count() for model in (Activity, CooperationArea, Mandate, FocalPoint, SuccessStory)],
    )


def check(allowed: bool, write: Callable[[], object]) -> None:
    expect(allowed, write, snapshot)


# --- The tables -------------------------------------------------------------------------------------

#: Changing an activity, linking events to it, and changing (or writing) a story about it:
#: (role, activity, allowed). Editors of the lead and of a partner organization may; others may not.
CHANGE_ACTIVITY = [
    ("anonymous", "A", False),
    ("anonymous", "B", False),
    ("editor", "A", True),
    ("editor", "B", False),
    ("other_editor", "A", False),
    ("other_editor", "B", True),
    ("partner_editor", "A", True),
    ("partner_editor", "B", False),
    ("staff", "A", False),
    ("staff", "B", False),
    ("administrator", "A", True),
    ("administrator", "B", True),
    ("system", "A", True),
    ("system", "B", True),
]

#: Adding an activity led by an organization (no partner): (role, lead organization, allowed).
CREATE_ACTIVITY = [
    ("anonymous", "LEADORG", False),
    ("editor", "LEADORG", True),
    ("editor", "OTHERORG", False),
    ("other_editor", "LEADORG", False),
    ("other_editor", "OTHERORG", True),
    ("partner_editor", "LEADORG", False),
    ("partner_editor", "PARTORG", True),
    ("staff", "LEADORG", False),
    ("administrator", "LEADORG", True),
    ("administrator", "OTHERORG", True),
    ("system", "OTHERORG", True),
]

#: Areas and mandates (reference data), and publishing or unpublishing a story: (role, allowed).
ADMINISTRATORS_ONLY = [
    ("anonymous", False),
    ("editor", False),
    ("other_editor", False),
    ("partner_editor", False),
    ("staff", False),
    ("administrator", True),
    ("system", True),
]

#: Changing a focal point, or adding one for the organization of that focal point: (role, focal point, allowed).
FOCAL_POINT = [
    ("anonymous", "FP_LEAD", False),
    ("anonymous", "FP_OTHER", False),
    ("editor", "FP_LEAD", True),
    ("editor", "FP_OTHER", False),
    ("other_editor", "FP_LEAD", False),
    ("other_editor", "FP_OTHER", True),
    ("partner_editor", "FP_LEAD", False),
    ("partner_editor", "FP_OTHER", False),
    ("staff", "FP_LEAD", False),
    ("staff", "FP_OTHER", False),
    ("administrator", "FP_LEAD", True),
    ("administrator", "FP_OTHER", True),
    ("system", "FP_LEAD", True),
    ("system", "FP_OTHER", True),
]

#: Which story is about which activity, and which organization each focal point belongs to.
STORY_OF = {"A": "S_A", "B": "S_B"}
ORGANIZATION_OF = {"FP_LEAD": "LEADORG", "FP_OTHER": "OTHERORG"}


# --- Service calls ------------------------------------------------------------------------------------


def _activity_writes(world: World, name: str, by: Any) -> dict[str, Callable[[], object]]:
    activity = world.activity(name)
    data = services.ActivityData.from_activity(activity)
    story = world.story(STORY_OF[name])
    return {
        "update_activity": lambda: services.update_activity(
            activity, replace(data, short_title="Renamed (synthetic)"), expected_version=activity.version, by=by
        ),
        "update_activity_events": lambda: services.update_activity_events(activity, [make_event()], by=by),
        "update_success_story": lambda: services.update_success_story(
            story, replace(services.StoryData.from_story(story), title="Renamed story (synthetic)"), by=by
        ),
        "create_success_story": lambda: services.create_success_story(
            services.StoryData(title="New story (synthetic)", text="Text.", activity=activity), by=by
        ),
    }


@pytest.mark.parametrize(
    "write", ["update_activity", "update_activity_events", "update_success_story", "create_success_story"]
)
@pytest.mark.parametrize(("role", "target", "allowed"), CHANGE_ACTIVITY)
def test_service_changes_of_an_activity_and_its_stories(
    world: World, write: str, role: str, target: str, allowed: bool
) -> None:
    check(allowed, _activity_writes(world, target, world.users[role])[write])


@pytest.mark.parametrize(("role", "lead", "allowed"), CREATE_ACTIVITY)
def test_service_creates_an_activity(world: World, role: str, lead: str, allowed: bool) -> None:
    data = services.ActivityData(
        key="test-new", area=world.area, short_title="New (synthetic)", text="Synthetic text.",
        lead_organizations=[world.organizations[lead]],
    )  # fmt: skip
    check(allowed, lambda: services.create_activity(data, by=world.users[role]))


def _reference_writes(world: World, by: Any) -> dict[str, Callable[[], object]]:
    area, mandate = world.fresh_area(), world.fresh_mandate()
    return {
        "create_area": lambda: services.create_area(
            services.AreaData(slug="test-new-area", name="New area (synthetic)", kind="programmatic"), by=by
        ),
        "update_area": lambda: services.update_area(
            area, replace(services.AreaData.from_area(area), name="Renamed area (synthetic)"), by=by
        ),
        "create_mandate": lambda: services.create_mandate(
            services.MandateData(reference="TEST-NEW/1", title="New decision (synthetic)", kind="decision"), by=by
        ),
        "update_mandate": lambda: services.update_mandate(
            mandate,
            replace(services.MandateData.from_mandate(mandate), title="Renamed decision (synthetic)"),
            expected_version=mandate.version,
            by=by,
        ),
    }


@pytest.mark.parametrize("write", ["create_area", "update_area", "create_mandate", "update_mandate"])
@pytest.mark.parametrize(("role", "allowed"), ADMINISTRATORS_ONLY)
def test_service_writes_reference_data(world: World, write: str, role: str, allowed: bool) -> None:
    check(allowed, _reference_writes(world, world.users[role])[write])


def _focal_point_writes(world: World, name: str, by: Any) -> dict[str, Callable[[], object]]:
    point = world.focal_point(name)
    organization = world.organizations[ORGANIZATION_OF[name]]
    return {
        "update_focal_point": lambda: services.update_focal_point(
            point, replace(services.FocalPointData.from_focal_point(point), role="Renamed role (synthetic)"), by=by
        ),
        "create_focal_point": lambda: services.create_focal_point(
            services.FocalPointData(
                organization=organization, name="New person (synthetic)", area=world.area, role="R"
            ),
            by=by,
        ),
        "create_or_update_focal_point": lambda: services.create_or_update_focal_point(
            organization=organization, name="New person (synthetic)", area=world.area, role="R", by=by
        ),
    }


@pytest.mark.parametrize("write", ["update_focal_point", "create_focal_point", "create_or_update_focal_point"])
@pytest.mark.parametrize(("role", "target", "allowed"), FOCAL_POINT)
def test_service_writes_focal_points(world: World, write: str, role: str, target: str, allowed: bool) -> None:
    check(allowed, _focal_point_writes(world, target, world.users[role])[write])


def test_an_editor_cannot_move_a_focal_point_to_an_organization_they_do_not_edit_for(world: World) -> None:
    point = world.focal_point("FP_LEAD")
    data = replace(services.FocalPointData.from_focal_point(point), organization=world.organizations["OTHERORG"])
    check(False, lambda: services.update_focal_point(point, data, by=world.users["editor"]))


def test_an_editor_keeps_one_of_their_organizations_on_an_activity(world: World) -> None:
    activity = world.activity("A")
    data = replace(services.ActivityData.from_activity(activity), lead_organizations=[world.organizations["OTHERORG"]])
    check(
        False,
        lambda: services.update_activity(activity, data, expected_version=activity.version, by=world.users["editor"]),
    )


@pytest.mark.parametrize(("role", "allowed"), ADMINISTRATORS_ONLY)
def test_service_publishes_and_unpublishes_a_story(world: World, role: str, allowed: bool) -> None:
    by = world.users[role]
    check(allowed, lambda: services.publish_success_story(world.story("S_A"), by=by))
    services.publish_success_story(world.story("S_B"), by=SYSTEM)
    check(allowed, lambda: services.unpublish_success_story(world.story("S_B"), by=by))


@pytest.mark.parametrize(("role", "allowed"), ADMINISTRATORS_ONLY)
def test_service_creates_a_published_story_or_one_about_no_activity(world: World, role: str, allowed: bool) -> None:
    by, activity = world.users[role], world.activity("A")
    published = services.StoryData(title="Public (synthetic)", text="Text.", activity=activity, published=True)
    check(allowed, lambda: services.create_success_story(published, by=by))
    about_the_area = services.StoryData(title="About the area (synthetic)", text="Text.", area=world.area)
    check(allowed, lambda: services.create_success_story(about_the_area, by=by))


def test_an_editors_change_to_a_published_story_makes_it_a_draft(world: World) -> None:
    editor = world.users["editor"]
    story = services.publish_success_story(world.story("S_A"), by=SYSTEM)
    data = services.StoryData.from_story(story)
    # Keeping it public with a new text, or taking it down unchanged, is for administrators.
    check(False, lambda: services.update_success_story(story, replace(data, text="New text (synthetic)."), by=editor))
    check(False, lambda: services.update_success_story(story, replace(data, published=False), by=editor))
    changed = replace(data, text="New text (synthetic).", published=False)
    check(True, lambda: services.update_success_story(story, changed, by=editor))
    assert world.story("S_A").published is False


def test_a_write_without_an_actor_is_refused(world: World) -> None:
    activity = world.activity("A")
    before = snapshot()
    with pytest.raises(TypeError):
        services.update_activity_events(activity, [make_event()], by=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        services.create_area(services.AreaData(slug="x", name="X", kind="programmatic"), by=None)  # type: ignore[arg-type]
    assert snapshot() == before


def test_the_spreadsheet_import_is_refused_for_a_user_who_may_not_write_it(world: World) -> None:
    """``import_workbook`` writes through the services as ``by``: an editor may not change areas."""
    from synergies.register.spreadsheet import export_workbook, import_workbook

    exported = export_workbook(internal=True)
    area = world.fresh_area()
    services.update_area(area, replace(services.AreaData.from_area(area), name="Changed since (synthetic)"), by=SYSTEM)
    before = snapshot()
    with pytest.raises(PermissionDenied):
        import_workbook(exported, by=world.users["editor"])
    assert snapshot() == before
    import_workbook(exported, by=world.users["administrator"])
    assert world.fresh_area().name == "Synthetic matrix area"


# --- The HTML forms ------------------------------------------------------------------------------------


def _refused_status(role: str) -> int:
    return 302 if role == "anonymous" else 403


def _post_edit(world: World, who: str, url: str, form: Callable[[Any], Any], allowed: bool, **changes: str) -> None:
    """POST the edit form at ``url``, as the user would see it (or, refused, as an administrator sees it)."""
    user = world.users[who]
    values = post_data(form(user if allowed else world.users["administrator"]), **changes)
    before = snapshot()
    response = client_for(user).post(url, values)
    if allowed:
        assert response.status_code == 302, getattr(response, "context", None) and response.context["form"].errors
        assert snapshot() != before
    else:
        assert response.status_code == _refused_status(who)
        assert snapshot() == before


HTML_CHANGE_ACTIVITY = [row for row in CHANGE_ACTIVITY if row[0] != "system"]
HTML_ADMINISTRATORS_ONLY = [row for row in ADMINISTRATORS_ONLY if row[0] != "system"]
HTML_FOCAL_POINT = [row for row in FOCAL_POINT if row[0] != "system"]


@pytest.mark.parametrize(("role", "target", "allowed"), HTML_CHANGE_ACTIVITY)
def test_html_form_edits_an_activity(world: World, role: str, target: str, allowed: bool) -> None:
    activity = world.activity(target)
    url = reverse("register:activity_edit", args=[activity.key])
    _post_edit(
        world, role, url, lambda user: ActivityForm(user=user, instance=activity), allowed, short_title="Renamed"
    )


@pytest.mark.parametrize(("role", "target", "allowed"), HTML_CHANGE_ACTIVITY)
def test_html_form_edits_a_story(world: World, role: str, target: str, allowed: bool) -> None:
    story = world.story(STORY_OF[target])
    url = reverse("register:story_edit", args=[story.pk])
    _post_edit(world, role, url, lambda user: StoryForm(user=user, instance=story), allowed, title="Renamed story")


@pytest.mark.parametrize(("role", "target", "allowed"), HTML_FOCAL_POINT)
def test_html_form_edits_a_focal_point(world: World, role: str, target: str, allowed: bool) -> None:
    point = world.focal_point(target)
    url = reverse("register:focal_point_edit", args=[point.pk])
    _post_edit(world, role, url, lambda user: FocalPointForm(user=user, instance=point), allowed, role="Renamed role")


@pytest.mark.parametrize(("role", "allowed"), HTML_ADMINISTRATORS_ONLY)
def test_html_forms_edit_reference_data(world: World, role: str, allowed: bool) -> None:
    area, mandate = world.fresh_area(), world.fresh_mandate()
    url = reverse("register:area_edit", args=[area.slug])
    _post_edit(world, role, url, lambda user: AreaForm(user=user, instance=area), allowed, name="Renamed area")
    url = reverse("register:mandate_edit", args=[mandate.pk])
    _post_edit(world, role, url, lambda user: MandateForm(user=user, instance=mandate), allowed, title="Renamed")


#: The "published" box of the story form: (role, status code, published afterwards). Editors of the
#: activity are not offered the box; what they send for it is ignored (the story stays a draft).
HTML_PUBLISH = [
    ("anonymous", 302, False),
    ("editor", 302, False),
    ("other_editor", 403, False),
    ("partner_editor", 302, False),
    ("staff", 403, False),
    ("administrator", 302, True),
]


@pytest.mark.parametrize(("role", "status", "published"), HTML_PUBLISH)
def test_html_form_publishes_a_story(world: World, role: str, status: int, published: bool) -> None:
    story = world.story("S_A")
    values = post_data(StoryForm(user=world.users["administrator"], instance=story), published="on")
    response = client_for(world.users[role]).post(reverse("register:story_edit", args=[story.pk]), values)
    assert response.status_code == status
    assert world.story("S_A").published is published


#: The create forms: (page, role, what is named, status code). 400 is a refusal at a field (the form
#: offers or accepts only what one may name); 403 a refusal of the page; 302 for anonymous is the way
#: to sign in. Creates are what the table says when the status is 302 and the role is not anonymous.
HTML_CREATE = [
    ("activity", "anonymous", "LEADORG", 302),
    ("activity", "editor", "LEADORG", 302),
    ("activity", "editor", "OTHERORG", 400),
    ("activity", "other_editor", "LEADORG", 400),
    ("activity", "partner_editor", "PARTORG", 302),
    ("activity", "staff", "LEADORG", 403),
    ("activity", "administrator", "OTHERORG", 302),
    ("story", "anonymous", "A", 302),
    ("story", "editor", "A", 302),
    ("story", "editor", "B", 400),
    ("story", "other_editor", "A", 400),
    ("story", "partner_editor", "A", 302),
    ("story", "staff", "A", 403),
    ("story", "administrator", "B", 302),
    ("focal_point", "anonymous", "LEADORG", 302),
    ("focal_point", "editor", "LEADORG", 302),
    ("focal_point", "editor", "OTHERORG", 400),
    ("focal_point", "other_editor", "LEADORG", 400),
    ("focal_point", "partner_editor", "LEADORG", 400),
    ("focal_point", "staff", "LEADORG", 403),
    ("focal_point", "administrator", "OTHERORG", 302),
    ("area", "anonymous", "", 302),
    ("area", "editor", "", 403),
    ("area", "other_editor", "", 403),
    ("area", "staff", "", 403),
    ("area", "administrator", "", 302),
    ("mandate", "anonymous", "", 302),
    ("mandate", "editor", "", 403),
    ("mandate", "staff", "", 403),
    ("mandate", "administrator", "", 302),
]


def _create_values(world: World, page: str, named: str) -> dict[str, Any]:
    admin = world.users["administrator"]
    if page == "activity":
        form: Any = ActivityForm(user=admin, initial={"area": world.area.slug})
        return post_data(
            form, key="test-new", short_title="New (synthetic)", text="Synthetic text.", lead_organizations=[named]
        )
    if page == "story":
        key = world.activities[named].key
        return post_data(StoryForm(user=admin), title="New story (synthetic)", text="Text.", activity=key)
    if page == "focal_point":
        form = FocalPointForm(user=admin, initial={"area": world.area.slug})
        return post_data(form, organization=named, name="New person (synthetic)", role="Area focal point")
    if page == "area":
        return post_data(AreaForm(user=admin), slug="test-new-area", name="New area (synthetic)", kind="programmatic")
    return post_data(MandateForm(user=admin), reference="TEST-NEW/1", title="New decision (synthetic)", kind="decision")


@pytest.mark.parametrize(("page", "role", "named", "status"), HTML_CREATE)
def test_html_forms_create(world: World, page: str, role: str, named: str, status: int) -> None:
    before = snapshot()
    response = client_for(world.users[role]).post(
        reverse(f"register:{page}_create"), _create_values(world, page, named)
    )
    assert response.status_code == status
    if status == 302 and role != "anonymous":
        assert snapshot() != before
    else:
        assert snapshot() == before


# --- The admin ------------------------------------------------------------------------------------------

ADMIN_MODELS = ["activity", "cooperationarea", "mandate", "focalpoint", "successstory"]
ADMIN_ROLES = [role for role in ROLES if role != "system"]


def _admin_object(world: World, model: str) -> Any:
    return {
        "activity": world.activity("A"),
        "cooperationarea": world.fresh_area(),
        "mandate": world.fresh_mandate(),
        "focalpoint": world.focal_point("FP_LEAD"),
        "successstory": world.story("S_A"),
    }[model]


def _data_steward(world: World, role: str, model: str) -> Client:
    """Every signed-in role is made a data steward (staff who may view the model in the admin), so the
    admin itself decides."""
    user = world.users[role]
    if role != "anonymous":
        user.is_staff = True
        user.save()
        user.user_permissions.add(Permission.objects.get(codename=f"view_{model}"))
    return client_for(user)


@pytest.mark.parametrize("model", ADMIN_MODELS)
@pytest.mark.parametrize("role", ADMIN_ROLES)
def test_the_admin_writes_nothing(world: World, role: str, model: str) -> None:
    """The admin is read-only for every role, administrators included: the register is written through
    the site's forms and the spreadsheet import, which go through the services."""
    client, obj = _data_steward(world, role, model), _admin_object(world, model)
    before = snapshot()
    change = client.post(reverse(f"admin:register_{model}_change", args=[obj.pk]), {"version": "1", "title": "Forged"})
    add = client.post(reverse(f"admin:register_{model}_add"), {"title": "Forged"})
    delete = client.post(reverse(f"admin:register_{model}_delete", args=[obj.pk]), {"post": "yes"})
    refused = 302 if role == "anonymous" else 403
    assert (change.status_code, add.status_code, delete.status_code) == (refused, refused, refused)
    assert snapshot() == before


def _admin_values(form: Any) -> dict[str, Any]:
    """What a browser sends back for the admin's form of an old version, as it is shown."""
    values: dict[str, Any] = {}
    for bound in form:
        value = bound.value()
        if isinstance(value, list | tuple):
            values[bound.name] = [str(getattr(item, "pk", item)) for item in value]
        elif isinstance(value, bool):
            if value:
                values[bound.name] = "on"
        else:
            values[bound.name] = "" if value is None else str(value)
    return values


@pytest.mark.parametrize("model", ["activity", "mandate"])
@pytest.mark.parametrize("role", ADMIN_ROLES)
def test_the_admin_history_does_not_revert(world: World, role: str, model: str) -> None:
    """The history pages of the admin show old versions; sending one back writes nothing."""
    obj = _admin_object(world, model)
    if model == "activity":
        services.update_activity(
            obj,
            replace(services.ActivityData.from_activity(obj), short_title="Second title"),
            expected_version=1,
            by=SYSTEM,
        )
    else:
        services.update_mandate(
            obj, replace(services.MandateData.from_mandate(obj), title="Second title"), expected_version=1, by=SYSTEM
        )
    first = type(obj).history.filter(id=obj.pk).earliest("history_date")
    client = _data_steward(world, role, model)
    url = reverse(f"admin:register_{model}_simple_history", args=[obj.pk, first.history_id])
    shown = client.get(url)
    values = _admin_values(shown.context["adminform"].form) if shown.status_code == 200 else {}
    before = snapshot()
    response = client.post(url, values)
    assert snapshot() == before
    assert response.status_code == (302 if role == "anonymous" else 403)
