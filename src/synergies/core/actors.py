"""Who is acting: a signed-in user, or the system itself (loaders, harvests, commands, scheduled tasks).

Every service that writes takes ``by``, the acting :data:`Actor`, and never ``None``: a service that
is handed ``None`` refuses (:func:`check_actor`), so a forgotten argument cannot skip a permission
check. Code that acts on nobody's behalf — the demo loader, a harvest, ``synergies digest`` — passes
:data:`SYSTEM` explicitly, which may do everything and is recorded in history as no user.

This lives in ``core`` (the lowest layer) so every app may name the acting user; the roles of a user
are decided in ``accounts.policy`` and each app's ``permissions.py`` states what a role may do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

from django.core.exceptions import PermissionDenied

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class SystemActor:
    """The system acting on nobody's behalf. It may do everything; history records no user for it.

    It answers the attributes that role checks read on a user (``is_authenticated``, ``is_superuser``
    ...), so a permission predicate needs no special case for it.
    """

    is_authenticated = True
    is_anonymous = False
    is_active = True
    is_staff = True
    is_superuser = True
    pk = None
    id = None

    def __repr__(self) -> str:
        return "SYSTEM"

    def __str__(self) -> str:
        return "system"


SYSTEM = SystemActor()

Actor: TypeAlias = "AbstractBaseUser | AnonymousUser | SystemActor"


def is_system(by: Any) -> bool:
    return isinstance(by, SystemActor)


def check_actor(by: Any) -> Actor:
    """Refuse a write whose caller named no actor (``None``): pass a user or ``SYSTEM``."""
    if by is None:
        raise TypeError("A write needs the acting user, or SYSTEM for loaders, harvests and commands; got None.")
    return by


def history_user(by: Any) -> AbstractBaseUser | None:
    """The user to record in history: the signed-in user, or no user for ``SYSTEM`` and anonymous."""
    if by is None or is_system(by) or not getattr(by, "is_authenticated", False):
        return None
    return by


def refuse(message: str) -> NoReturn:
    """Raise the one refusal every service uses; views turn it into a 403 page, the API into a 403 answer."""
    raise PermissionDenied(message)


def require(allowed: bool, message: str) -> None:
    """Refuse with ``message`` unless ``allowed``."""
    if not allowed:
        refuse(message)
