"""What the register's write services share: field errors, keys in addresses."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import models

if TYPE_CHECKING:
    pass


#: Keys and slugs appear in addresses: lower-case words joined by hyphens.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
#: Activity keys that would hide a page of the register (``/register/new/``).
RESERVED_KEYS = frozenset({"new"})


class _Errors:
    """Collects messages per field and raises one ``ValidationError`` naming each field."""

    def __init__(self) -> None:
        self.by_field: dict[str, list[str]] = {}

    def add(self, field_name: str, message: str) -> None:
        self.by_field.setdefault(field_name, []).append(message)

    def raise_if_any(self) -> None:
        if self.by_field:
            raise ValidationError(self.by_field)


def _pk(instance: models.Model | None) -> int:
    """The primary key of ``instance``, or 0 (no row has it) for a record not yet saved."""
    return int(instance.pk) if instance is not None and instance.pk is not None else 0
