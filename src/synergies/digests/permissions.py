"""Who may subscribe to the e-mail digests and who may change a subscription, on top of ``accounts.policy``.

- Receiving a digest, and so having a subscription: staff of the cluster only, signed in and active
  (``may_subscribe``); the periodic list it carries is internal.
- Subscribing: staff subscribe themselves; administrators and ``SYSTEM`` may also subscribe another
  staff member (``may_subscribe_for``). The site's page only ever subscribes the signed-in user.
- Changing, pausing or deleting a subscription: its owner; administrators and ``SYSTEM`` may change all
  (``may_change``). Someone who is no longer staff can no longer change even their own.
- Recording that a digest was sent, or deleting that record so the period is sent again: the scheduled
  sending (``SYSTEM``) and administrators (``may_record_delivery``).

See docs/decisions/0302-who-may-change-checklists-and-digests.md. The ``require_*`` functions take the
acting :data:`~synergies.core.actors.Actor`, refuse ``None`` (``check_actor``) and raise
``PermissionDenied`` otherwise; the services call them for every caller, the views and the admin ask the
``may_*`` functions only to decide what to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django.utils.translation import gettext as _

from synergies.accounts import policy
from synergies.core.actors import check_actor, require

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser
    from synergies.core.actors import Actor
    from synergies.digests.models import DigestSubscription


def _roles_of(user: Actor) -> AnyUser:
    """``user`` as ``accounts.policy`` reads it: ``SYSTEM`` answers the same attributes as a superuser."""
    return cast("AnyUser", user)


def may_subscribe(user: Actor) -> bool:
    """The periodic list is internal: only staff of the cluster may receive it."""
    roles = _roles_of(user)
    return bool(roles.is_authenticated and roles.is_active and policy.sees_internal(roles))


def require_staff(by: Actor) -> None:
    """Refuse anyone who is not staff of the cluster (``None`` too: pass ``SYSTEM``)."""
    check_actor(by)
    require(may_subscribe(by), _("E-mail digests of the periodic list are for staff of the cluster only."))


def _is_self(by: Actor, user: Any) -> bool:
    return getattr(by, "pk", None) is not None and by.pk == getattr(user, "pk", None)


def may_subscribe_for(by: Actor, user: Actor) -> bool:
    """Staff subscribe themselves; administrators and ``SYSTEM`` may subscribe another staff member."""
    return may_subscribe(by) and may_subscribe(user) and (_is_self(by, user) or policy.is_administrator(_roles_of(by)))


def require_subscriber(by: Actor, user: Actor) -> None:
    """Refuse a subscription of ``user`` made by ``by`` unless ``may_subscribe_for``."""
    require_staff(by)
    require(may_subscribe(user), _("E-mail digests of the periodic list are for staff of the cluster only."))
    require(
        _is_self(by, user) or policy.is_administrator(_roles_of(by)), _("Only administrators subscribe someone else.")
    )


def may_change(by: Actor, subscription: DigestSubscription) -> bool:
    """The owner changes and deletes their own subscription; administrators and ``SYSTEM`` all of them."""
    if not may_subscribe(by):
        return False
    return subscription.user_id == getattr(by, "pk", None) or policy.is_administrator(_roles_of(by))


def require_owner(subscription: DigestSubscription, by: Actor) -> None:
    """Refuse a change or deletion of ``subscription`` by someone who is not its owner (``may_change``)."""
    require_staff(by)
    require(may_change(by, subscription), _("This digest belongs to someone else."))


def may_record_delivery(by: Actor) -> bool:
    """Sending (and so recording a delivery) is the scheduled sending's act: ``SYSTEM`` and administrators."""
    return policy.is_administrator(_roles_of(by))


def require_sender(by: Actor) -> None:
    check_actor(by)
    require(may_record_delivery(by), _("Only the scheduled sending and administrators send digests."))
