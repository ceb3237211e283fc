"""Who may change what in the register, on top of ``accounts.policy`` (which decides the roles).

- Activities: editors of an organization create activities and edit those their organization leads
  or takes part in as a partner; administrators edit all of them.
- Areas and mandates are reference data: administrators only.
- Focal points: editors of the person's organization, and administrators.
- Success stories: editors of an organization of the story's activity write and change drafts;
  only administrators publish or unpublish (a story becomes public only through them).

Pages show edit links only where these functions say yes; the editing views answer 403 otherwise.
See docs/decisions/0110-register-editing-roles.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from synergies.accounts import policy

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser
    from synergies.register.models import Activity, FocalPoint, SuccessStory


def activity_organization_ids(activity: Activity) -> set[int]:
    """The organizations that lead the activity or take part in it as partners (uses prefetched rows)."""
    return {org.pk for org in activity.lead_organizations.all()} | {
        org.pk for org in activity.partner_organizations.all()
    }


def can_create_activity(user: AnyUser) -> bool:
    return policy.is_editor(user)


def can_edit_activity(user: AnyUser, activity: Activity) -> bool:
    allowed = policy.editable_organization_ids(user)
    if allowed is None:
        return True
    return bool(allowed & activity_organization_ids(activity))


def can_edit_reference(user: AnyUser) -> bool:
    """Areas of cooperation and mandates."""
    return policy.is_administrator(user)


def can_edit_focal_point(user: AnyUser, focal_point: FocalPoint) -> bool:
    return policy.can_edit_for(user, focal_point.person.organization_id)


def can_edit_story(user: AnyUser, story: SuccessStory) -> bool:
    if policy.is_administrator(user):
        return True
    return story.activity is not None and can_edit_activity(user, story.activity)


def can_publish_story(user: AnyUser) -> bool:
    return policy.is_administrator(user)


def editing_rights_key(user: AnyUser) -> str:
    """A short text that differs between users whose pages differ in their edit links (cache keys)."""
    allowed = policy.editable_organization_ids(user)
    if allowed is None:
        return "all"
    return ".".join(str(pk) for pk in sorted(allowed)) or "none"
