"""Builders for the JSON API: a token for a user, as the headers a client sends."""

from __future__ import annotations

from typing import Any

from synergies.api.tokens import create_token


def bearer(user: Any, name: str = "test token (synthetic)") -> dict[str, Any]:
    """The ``Authorization`` header of a new API token of ``user``, for ``Client.get(..., **bearer(user))``."""
    return {"HTTP_AUTHORIZATION": f"Bearer {create_token(user, name).secret}"}
