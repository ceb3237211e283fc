"""Raise the data generation whenever any of our data changes (see ``DataGeneration``)."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save

#: Apps whose data appears in pages, feeds and exports.
WATCHED_APPS = {"directory", "calendar", "register", "federation", "alignment", "accounts"}


def _watched(sender: Any) -> bool:
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label not in WATCHED_APPS:
        return False
    return not meta.model_name.startswith("historical")


def _on_change(sender: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):  # fixtures being loaded
        return
    if _watched(sender):
        from synergies.core.models import DataGeneration

        DataGeneration.advance()


def _on_m2m_change(sender: Any, action: str, **kwargs: Any) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        _on_change(sender, **kwargs)


def connect() -> None:
    post_save.connect(_on_change, dispatch_uid="synergies-generation-save")
    post_delete.connect(_on_change, dispatch_uid="synergies-generation-delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="synergies-generation-m2m")
