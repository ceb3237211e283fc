"""Creating, revoking and checking personal API tokens (plain functions; the pages and the API call them).

A token reads ``syn_`` followed by 40 random URL-safe characters. It is drawn from ``secrets`` with 240
bits of entropy, so a fast hash (SHA-256) is enough to store it: nobody can guess their way back to it,
and checking a request costs one indexed lookup (see docs/decisions/0502-api-tokens.md).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from synergies.api import permissions
from synergies.api.models import ApiToken
from synergies.core.text import clean_text

TOKEN_PREFIX = "syn_"
#: Shown in lists so a person recognises a token: "syn_" and the first characters of the secret.
DISPLAY_LENGTH = 12
#: ``last_used_at`` is written at most this often per token, not on every request.
LAST_USED_PRECISION = timedelta(minutes=1)


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    secret: str


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(user: Any, name: str) -> NewToken:
    """A new token for ``user`` (a signed-in person); the returned secret is shown once and never stored."""
    permissions.require_may_hold_token(user)
    name = clean_text(name).strip()
    if not name:
        raise ValidationError({"name": _("Give the token a name, e.g. the site or script that will use it.")})
    if len(name) > ApiToken._meta.get_field("name").max_length:  # type: ignore[operator]
        raise ValidationError({"name": _("Keep the name under 100 characters.")})
    secret = TOKEN_PREFIX + secrets.token_urlsafe(30)
    token = ApiToken.objects.create(
        user=user, name=name, secret_hash=hash_secret(secret), prefix=secret[:DISPLAY_LENGTH]
    )
    return NewToken(token=token, secret=secret)


def revoke_token(user: Any, token_id: int) -> ApiToken:
    """Revoke one of ``user``'s own tokens; it stops working at once. Revoking twice changes nothing."""
    token = ApiToken.objects.get(pk=token_id)
    if not permissions.may_revoke_token(user, token):
        raise ApiToken.DoesNotExist  # someone else's token is answered as not found
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def authenticate(secret: str) -> ApiToken | None:
    """The active token with this secret, its user loaded; ``None`` for an unknown or revoked one."""
    if not secret.startswith(TOKEN_PREFIX):
        return None
    token = ApiToken.objects.active().select_related("user").filter(secret_hash=hash_secret(secret)).first()
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
