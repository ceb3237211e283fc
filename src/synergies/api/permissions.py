"""The API's own rules: who may hold and revoke a personal API token.

- Any signed-in, active person may create tokens for themselves (``may_hold_token``); ``SYSTEM`` and
  anonymous visitors hold none.
- A token is revoked on the tokens page by its holder only (``may_revoke_token``); someone else's token
  is answered as not found. Administrators revoke leaked tokens in the admin.

What a token may then do is its holder's role: the event writes ask ``calendar.permissions`` and the
findings ``alignment.permissions``. ``api.tokens`` enforces these; the pages ask them only to decide
what to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from synergies.core.actors import check_actor, is_system, require

if TYPE_CHECKING:
    from synergies.api.models import ApiToken
    from synergies.core.actors import Actor


def may_hold_token(user: Actor) -> bool:
    return bool(user.is_authenticated and user.is_active and not is_system(user))


def may_revoke_token(user: Actor, token: ApiToken) -> bool:
    return may_hold_token(user) and token.user_id == user.pk


def require_may_hold_token(user: Actor) -> None:
    check_actor(user)
    require(may_hold_token(user), _("Only a signed-in person can hold an API token."))
