"""Who is calling the API, and how often they may: bearer tokens and rate limits.

Every operation knows its caller as ``request.auth``, a :class:`Caller`: the token's user, or an
anonymous visitor. Reads accept both; writes and the alignment findings need a token. A token that
is sent but unknown or revoked is always refused with 401, never read as anonymous.

Rate limits come from the settings ``SYNERGIES_API_RATE_ANON`` (per address) and
``SYNERGIES_API_RATE_TOKEN`` (per token), read on every request so that they can be changed in tests
and by operators without a code change. The counters live in Django's cache: several workers need a
shared cache (see docs/api.md, "Rate limits").
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import HttpError, ValidationError
from ninja.security import HttpBearer
from ninja.throttling import SimpleRateThrottle

from synergies.api import tokens
from synergies.api.models import ApiToken
from synergies.core.text import clean_text


@dataclass(frozen=True)
class Caller:
    """The one calling: a token and its user, or nobody in particular."""

    token: ApiToken | None
    user: Any

    def __str__(self) -> str:
        return f"token-{self.token.pk}" if self.token else "anonymous"


def caller(request: HttpRequest) -> Caller:
    return request.auth  # type: ignore[attr-defined]


class BearerToken(HttpBearer):
    """``Authorization: Bearer <token>``; without the header, the caller is anonymous if allowed."""

    def __init__(self, *, required: bool) -> None:
        super().__init__()
        self.required = required

    def __call__(self, request: HttpRequest) -> Caller | None:
        header = request.headers.get(self.header, "")
        if not header.strip():
            if self.required:
                raise HttpError(
                    401,
                    _(
                        "This needs an API token: send the header “Authorization: Bearer <token>”. "
                        "Create a token on your account’s “API tokens” page."
                    ),
                )
            return Caller(token=None, user=AnonymousUser())
        scheme, _space, secret = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise HttpError(401, _("Send the token as “Authorization: Bearer <token>”."))
        return self.authenticate(request, secret.strip())

    def authenticate(self, request: HttpRequest, token: str) -> Caller:
        found = tokens.authenticate(token)
        if found is None:
            if not FAILED_TOKENS.allow_request(request):
                raise TooManyFailures(FAILED_TOKENS.wait() or 60.0)
            raise HttpError(401, _("This API token is unknown or has been revoked."))
        return Caller(token=found, user=found.user)


class TooManyFailures(Exception):
    """An address keeps sending unknown tokens: answered with 429 and ``Retry-After``."""

    def __init__(self, wait: float) -> None:
        super().__init__(_("Too many requests with unknown or revoked tokens."))
        self.wait = wait


#: Reads: anyone, or a token holder (who then also sees what their role lets them see).
optional_token = BearerToken(required=False)
#: Writes and staff data: a token is required.
required_token = BearerToken(required=True)

#: In the OpenAPI document: reads work without a token, or with one.
OPTIONAL_SECURITY: dict[str, Any] = {"security": [{}]}  # added to the token scheme ninja lists


def refuse_control_characters(request: HttpRequest) -> None:
    """Refuse a query with control characters (NUL above all, which PostgreSQL cannot compare) with 422."""
    bad = sorted({key for key, values in request.GET.lists() for value in [key, *values] if clean_text(value) != value})
    if bad:
        raise ValidationError(
            [
                {
                    "loc": ["query", key],
                    "msg": _("Remove the control characters from this parameter."),
                    "type": "invalid",
                }
                for key in bad
            ]
        )


class SettingsRateThrottle(SimpleRateThrottle):
    """A sliding-window limit whose rate is read from a setting on every request.

    Unlike the library's throttles, the state of the request being checked is kept per thread, so
    that one throttle object can serve a threaded server.
    """

    setting = ""
    scope = ""

    def __init__(self) -> None:
        self._local = threading.local()
        super().__init__(rate=self._setting_rate())

    def _setting_rate(self) -> str:
        return str(getattr(settings, self.setting))

    def identity(self, request: HttpRequest) -> str | None:
        raise NotImplementedError

    def get_cache_key(self, request: HttpRequest) -> str | None:
        ident = self.identity(request)
        return None if ident is None else self.cache_format % {"scope": self.scope, "ident": ident}

    def allow_request(self, request: HttpRequest) -> bool:
        num_requests, duration = self.parse_rate(self._setting_rate())
        self._local.num_requests, self._local.duration = num_requests, duration
        key = self.get_cache_key(request)
        if key is None or num_requests is None or duration is None:
            return True
        now = time.time()
        history: list[float] = [t for t in self.cache.get(key, []) if t > now - duration]
        self._local.history, self._local.now = history, now
        if len(history) >= num_requests:
            return False
        history.insert(0, now)
        self.cache.set(key, history, duration)
        return True

    def wait(self) -> float | None:
        history: list[float] = self._local.history
        duration: int = self._local.duration
        if not history:
            return float(duration)
        # The oldest request in the window leaves it first.
        return max(1.0, duration - (self._local.now - history[-1]))


class AddressThrottle(SettingsRateThrottle):
    """Requests without a token, per client address."""

    setting = "SYNERGIES_API_RATE_ANON"
    scope = "api-address"

    def identity(self, request: HttpRequest) -> str | None:
        if caller(request).token is not None:
            return None
        return self.get_ident(request)


class TokenThrottle(SettingsRateThrottle):
    """Requests with a token, per token."""

    setting = "SYNERGIES_API_RATE_TOKEN"
    scope = "api-token"

    def identity(self, request: HttpRequest) -> str | None:
        token = caller(request).token
        return None if token is None else str(token.pk)


class FailedTokenThrottle(SettingsRateThrottle):
    """Unknown or revoked tokens, per client address, at the anonymous rate: guessing tokens is pointless
    (240 random bits) but must not cost the database one query per try without limit."""

    setting = "SYNERGIES_API_RATE_ANON"
    scope = "api-failed-token"

    def identity(self, request: HttpRequest) -> str | None:
        return self.get_ident(request)


FAILED_TOKENS = FailedTokenThrottle()
