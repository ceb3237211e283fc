"""Who may change the directory: organizations, people, countries, regions, instruments, bodies and
topics are reference data, which administrators (superusers) and ``SYSTEM`` change; nobody else.

Everyone may read them (they are public: filters, pages, feeds). Editors of an organization do not
change their own organization's entry either: its acronym is in public addresses and feeds, and the
calendar's rules name organizations by it.

``accounts.policy.is_administrator`` states the same role fact; the directory sits below ``accounts``
in the layers (docs/architecture.md) and so reads the user's attributes itself. ``SYSTEM`` answers them
as a superuser does. ``directory.services`` enforces ``require_may_change_reference_data``; the
directory's admin asks ``may_change_reference_data`` for every add, change and delete.
See docs/decisions/0303-reference-data-and-feeds-for-administrators.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from synergies.core.actors import check_actor, require

if TYPE_CHECKING:
    from synergies.core.actors import Actor


def may_change_reference_data(user: Actor) -> bool:
    """Adding, changing and deleting organizations, people, countries, regions, instruments, bodies and
    topics: administrators (and ``SYSTEM``)."""
    return bool(user.is_authenticated and getattr(user, "is_superuser", False))


def require_may_change_reference_data(by: Actor) -> None:
    check_actor(by)
    require(may_change_reference_data(by), _("Only administrators can change the directory's reference data."))
