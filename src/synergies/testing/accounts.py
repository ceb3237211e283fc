"""Builders of users, their memberships and groups. Every user they make is synthetic.

Accounts have no write services (users and memberships are managed in the admin), so this is the one
place where tests write them with the ORM.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, Group, User

from synergies.accounts.models import Membership
from synergies.directory.models import Organization
from synergies.testing._common import next_number

PASSWORD = "test-password"  # the password of every synthetic user


def make_membership(
    user: AbstractBaseUser, organization: Organization, role: str = Membership.Role.EDITOR
) -> Membership:
    """Make ``user`` an editor (or, with ``role``, a member) of ``organization``."""
    return Membership.objects.create(user_id=user.pk, organization=organization, role=role)


def make_user(
    username: str | None = None,
    *,
    editor_of: Organization | None = None,
    member_of: Organization | None = None,
    **fields: Any,
) -> User:
    """A synthetic user with the password :data:`PASSWORD`, editor or member of an organization if told."""
    username = username or f"user{next_number()}"
    user = User.objects.create_user(username=username, password=PASSWORD, **fields)
    if editor_of is not None:
        make_membership(user, editor_of, Membership.Role.EDITOR)
    if member_of is not None:
        make_membership(user, member_of, Membership.Role.MEMBER)
    return user


def make_group(name: str | None = None) -> Group:
    """A synthetic permission group (Django's own model)."""
    return Group.objects.create(name=name or f"Synthetic group {next_number()}")
