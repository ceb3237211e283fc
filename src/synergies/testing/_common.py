"""What the builders share: unique numbers for synthetic names, and the actor they write as."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from synergies.core.actors import SYSTEM

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from synergies.core.actors import Actor

_counter = itertools.count(1)


def next_number() -> int:
    """A number no other builder call of this process returned: synthetic names stay unique."""
    return next(_counter)


def acting(by: Actor | AbstractBaseUser | None) -> Any:
    """The actor a builder hands to a service: the user the test names, otherwise ``SYSTEM``.

    Builders never pass ``None``: a service called with ``None`` refuses (``check_actor``). The result
    is typed ``Any`` so it fits both the services that still say ``AbstractBaseUser | None`` and those
    that take an ``Actor``.
    """
    return SYSTEM if by is None else by
