"""Who may see and do what: the one place the roles are decided.

Roles, from least to most:
- anonymous: public data only;
- staff: a user with ``is_staff`` or any membership; sees internal events and fields;
- editor of an organization: creates, edits, cancels and postpones that organization's events;
- administrator: a superuser; edits everything, including reference data.

This module holds only these role facts. What a role may do in each app is stated in that app's
``permissions.py`` (``register.permissions``, ``upcoming.permissions``, ``digests.permissions``,
``federation.permissions``, ``directory.permissions``), built on these facts and enforced by the
app's services. Roles are read once per user object; after memberships change, use a fresh user
object (``User.objects.get``) to see them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    from synergies.directory.models import Organization

    AnyUser = AbstractBaseUser | AnonymousUser

_CACHE_ATTR = "_synergies_roles"


def _roles(user: Any) -> dict[str, Any]:
    """Memberships of a user, read once per user object (requests reuse the same object)."""
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None:
        return cached
    from synergies.accounts.models import Membership

    roles: dict[str, Any] = {"member_of": set(), "editor_of": set()}
    if user.is_authenticated:
        for organization_id, role in Membership.objects.filter(user=user).values_list("organization_id", "role"):
            roles["member_of"].add(organization_id)
            if role == Membership.Role.EDITOR:
                roles["editor_of"].add(organization_id)
    setattr(user, _CACHE_ATTR, roles)
    return roles


def is_administrator(user: AnyUser) -> bool:
    return bool(user.is_authenticated and getattr(user, "is_superuser", False))


def sees_internal(user: AnyUser) -> bool:
    """Staff see internal events, notes, participation and contact details."""
    if not user.is_authenticated:
        return False
    if getattr(user, "is_staff", False) or is_administrator(user):
        return True
    return bool(_roles(user)["member_of"])


def member_organization_ids(user: AnyUser) -> set[int]:
    """Ids of the organizations the user is a member of (any role)."""
    if not user.is_authenticated:
        return set()
    return set(_roles(user)["member_of"])


def editable_organization_ids(user: AnyUser) -> set[int] | None:
    """Ids of the organizations whose events the user may edit; ``None`` means all of them."""
    if is_administrator(user):
        return None
    if not user.is_authenticated:
        return set()
    return set(_roles(user)["editor_of"])


def can_edit_for(user: AnyUser, organization: Organization | int) -> bool:
    allowed = editable_organization_ids(user)
    if allowed is None:
        return True
    organization_id = organization if isinstance(organization, int) else organization.pk
    return organization_id in allowed


def is_editor(user: AnyUser) -> bool:
    allowed = editable_organization_ids(user)
    return allowed is None or bool(allowed)
