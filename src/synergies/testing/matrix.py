"""What the permission matrices share: run a write and check that it did what its row of the table says.

``expect_write(allowed, write, state)``: an allowed write succeeds and changes ``state()``; a refused one
raises ``PermissionDenied`` and leaves ``state()`` as it was. ``state`` is the test's snapshot of
everything the write could change (synthetic data only, as every builder makes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import PermissionDenied


def expect_write(allowed: bool, write: Callable[[], object], state: Callable[[], object]) -> None:
    """Run ``write``: it succeeds (and changes ``state``) when ``allowed``; otherwise it is refused
    (``PermissionDenied``) and ``state`` stays as it was."""
    before = state()
    if allowed:
        write()
        assert state() != before
    else:
        with pytest.raises(PermissionDenied):
            write()
        assert state() == before
