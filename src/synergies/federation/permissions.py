"""Who may change what in the federation, on top of the roles in ``accounts.policy``.

- Feed sources (adding, changing, deleting a partner's feed): administrators (``may_manage_feed_sources``).
- Harvesting a source: administrators (``may_harvest``); the scheduled ``synergies harvest`` acts as ``SYSTEM``.
- Importing a feed file or address for an organization: administrators (``may_import_feed``), and not
  an organization's editors, not even for their own organization: a feed is applied as one unit across
  the calendar, and the same meeting found in another source is credited on (and changes) events of
  other organizations, withdrawals cancel events, local edits are overridden. Editors add and change
  their organization's events one by one with the event form or the API (``calendar.permissions``).
  See docs/decisions/0303-reference-data-and-feeds-for-administrators.md.
- Harvest runs and provenance are written only by harvests; nobody changes them by hand.

Anonymous visitors, staff and editors write nothing here; administrators and ``SYSTEM`` everything. The
services (``federation.services``, ``federation.bulk``) enforce these with the ``require_*`` functions
(``PermissionDenied``); the admin asks the ``may_*`` functions to decide what to offer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django.utils.translation import gettext as _

from synergies.accounts import policy
from synergies.core.actors import check_actor, require

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser
    from synergies.core.actors import Actor
    from synergies.directory.models import Organization
    from synergies.federation.models import FeedSource


def _roles_of(user: Actor) -> AnyUser:
    """``user`` as ``accounts.policy`` reads it: ``SYSTEM`` answers the same attributes as a superuser."""
    return cast("AnyUser", user)


def may_manage_feed_sources(user: Actor) -> bool:
    """Adding, changing and deleting partners' feeds: administrators."""
    return policy.is_administrator(_roles_of(user))


def may_harvest(user: Actor, source: FeedSource | None = None) -> bool:
    """Harvesting a feed source now: administrators (scheduled harvests act as ``SYSTEM``)."""
    return policy.is_administrator(_roles_of(user))


def may_import_feed(user: Actor, organization: Organization | None = None) -> bool:
    """Importing a feed for ``organization``: administrators only, not the organization's editors (see above)."""
    return policy.is_administrator(_roles_of(user))


# --- Enforced by the services -------------------------------------------------------------------


def require_may_manage_feed_sources(by: Actor) -> None:
    check_actor(by)
    require(may_manage_feed_sources(by), _("Only administrators can add or change partners' feeds."))


def require_may_harvest(by: Actor, source: FeedSource | None = None) -> None:
    check_actor(by)
    require(may_harvest(by, source), _("Only administrators can harvest partners' feeds."))


def require_may_import_feed(by: Actor, organization: Organization | None = None) -> None:
    check_actor(by)
    require(may_import_feed(by, organization), _("Only administrators can import a feed of events."))
