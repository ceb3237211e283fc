"""Who may change what in the register, on top of ``accounts.policy`` (which decides the roles).

- Activities: editors of an organization create activities and edit those their organization leads
  or takes part in as a partner; administrators edit all of them.
- Areas and mandates are reference data: administrators only.
- Focal points: editors of the person's organization, and administrators.
- Success stories: editors of an organization of the story's activity write and change drafts;
  only administrators publish or unpublish (a story becomes public only through them). An editor's
  change to a published story makes it a draft again (``may_set_publication``).

Administrators and ``SYSTEM`` (loaders, the spreadsheet import, commands) may do everything; anonymous
visitors and staff without an edit role may write nothing.

An editor who writes an activity keeps one of their own organizations as lead or partner
(``keeps_own_organization``), or they could no longer edit it.

The ``require_*`` functions refuse (``PermissionDenied``) with the words the pages show; the services in
``register/services/`` call them for every caller (``SYSTEM`` may do everything), the editing views call
the same ones before showing a form (for a clean 403), and pages show edit links only where the ``can_*``
functions say yes. The admin writes nothing (``register/admin.py``).
See docs/decisions/0110-register-editing-roles.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from django.utils.translation import gettext as _

from synergies.accounts import policy
from synergies.core.actors import require

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser
    from synergies.core.actors import Actor
    from synergies.directory.models import Organization
    from synergies.register.models import Activity, FocalPoint, SuccessStory


def _roles_of(user: Actor) -> AnyUser:
    """``user`` as ``accounts.policy`` reads it: ``SYSTEM`` answers the same attributes as a superuser."""
    return cast("AnyUser", user)


def activity_organization_ids(activity: Activity) -> set[int]:
    """The organizations that lead the activity or take part in it as partners (uses prefetched rows)."""
    return {org.pk for org in activity.lead_organizations.all()} | {
        org.pk for org in activity.partner_organizations.all()
    }


def can_create_activity(user: Actor) -> bool:
    return policy.is_editor(_roles_of(user))


def can_edit_activity(user: Actor, activity: Activity) -> bool:
    allowed = policy.editable_organization_ids(_roles_of(user))
    if allowed is None:
        return True
    return bool(allowed & activity_organization_ids(activity))


def can_edit_reference(user: Actor) -> bool:
    """Areas of cooperation and mandates."""
    return policy.is_administrator(_roles_of(user))


def can_edit_focal_point(user: Actor, focal_point: FocalPoint) -> bool:
    return policy.can_edit_for(_roles_of(user), focal_point.person.organization_id)


def can_edit_story(user: Actor, story: SuccessStory) -> bool:
    if policy.is_administrator(_roles_of(user)):
        return True
    return story.activity is not None and can_edit_activity(user, story.activity)


def can_publish_story(user: Actor) -> bool:
    return policy.is_administrator(_roles_of(user))


def may_set_publication(user: Actor, story: SuccessStory | None, *, published: bool, content_changed: bool) -> bool:
    """Whether ``user`` may save ``story`` (``None``: a new one) as ``published`` (or not).

    Administrators publish and unpublish. Anyone else may save a draft, and their change to a published
    story's text makes it a draft again (``content_changed``); they may not make a story public, keep
    a changed story public, or take a story down without changing it."""
    if can_publish_story(user):
        return True
    was_published = story is not None and story.published
    if published:
        return was_published and not content_changed
    return not was_published or content_changed


def keeps_own_organization(user: Actor, organizations: Iterable[Organization]) -> bool:
    """Whether ``organizations`` (an activity's leads and partners) include one the user edits for."""
    allowed = policy.editable_organization_ids(_roles_of(user))
    return allowed is None or any(org.pk in allowed for org in organizations)


def can_write_story_about(user: Actor, activity: Activity | None) -> bool:
    """Administrators write stories about anything; editors only about activities they may edit."""
    if policy.is_administrator(_roles_of(user)):
        return True
    return activity is not None and can_edit_activity(user, activity)


# --- Refusals: the services enforce these, the editing views ask them before showing a form ----------


def require_create_activity(user: Actor) -> None:
    require(can_create_activity(user), _("Only editors of an organization can add activities to the register."))


def require_edit_activity(user: Actor, activity: Activity) -> None:
    require(
        can_edit_activity(user, activity),
        _("You may edit only the activities that an organization you are an editor for leads or takes part in."),
    )


def organizations_for_focal_points(user: Actor) -> set[int] | None:
    """Ids of the organizations whose focal points ``user`` may name; ``None`` means all of them."""
    return policy.editable_organization_ids(_roles_of(user))


def own_organization_refusal() -> str:
    """Why an activity without one of the editor's organizations is refused (the form shows it at its field)."""
    return _(
        "Name at least one organization you are an editor for as lead or partner; otherwise you could no "
        "longer edit this activity."
    )


def story_about_refusal() -> str:
    """Why a story about an activity the editor may not edit is refused (the form shows it at its field)."""
    return _(
        "You may write stories only about activities that an organization you are an editor for leads or takes part in."
    )


def require_own_organization(user: Actor, organizations: Iterable[Organization]) -> None:
    require(keeps_own_organization(user, organizations), own_organization_refusal())


def require_edit_reference(user: Actor) -> None:
    require(can_edit_reference(user), _("Only administrators can add or change mandates and areas of cooperation."))


def require_create_story(user: Actor) -> None:
    require(can_create_activity(user), _("Only editors of an organization can write success stories."))


def require_edit_story(user: Actor, story: SuccessStory) -> None:
    require(
        can_edit_story(user, story),
        _(
            "You may edit only the stories about activities that an organization you are an editor for leads or "
            "takes part in."
        ),
    )


def require_story_about(user: Actor, activity: Activity | None) -> None:
    require(can_write_story_about(user, activity), story_about_refusal())


def require_publication(user: Actor, story: SuccessStory | None, *, published: bool, content_changed: bool) -> None:
    require(
        may_set_publication(user, story, published=published, content_changed=content_changed),
        _("Only administrators publish or unpublish success stories."),
    )


def require_create_focal_point(user: Actor) -> None:
    require(policy.is_editor(_roles_of(user)), _("Only editors of an organization can add focal points."))


def require_focal_point_organization(user: Actor, organization: Organization | int) -> None:
    require(
        policy.can_edit_for(_roles_of(user), organization),
        _("You may edit only the focal points of the organizations you are an editor for."),
    )


def require_edit_focal_point(user: Actor, focal_point: FocalPoint) -> None:
    require_focal_point_organization(user, focal_point.person.organization_id)


def editing_rights_key(user: Actor) -> str:
    """A short text that differs between users whose pages differ in their edit links (cache keys)."""
    allowed = policy.editable_organization_ids(_roles_of(user))
    if allowed is None:
        return "all"
    return ".".join(str(pk) for pk in sorted(allowed)) or "none"
