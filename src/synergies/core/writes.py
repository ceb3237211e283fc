"""What every service's write shares: conflict protection by version, and one history record per change.

Models that use these have an integer ``version`` and ``simple_history``'s ``HistoricalRecords``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from django.db.models import F
from django.utils.translation import gettext as _

from synergies.core.actors import history_user

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from synergies.core.actors import Actor


class EditConflict(Exception):
    """Someone else saved (or removed) the record since this edit started; nothing was written.

    ``subject`` names the record in the message (its quoted name by default); ``show_versions``
    names the version numbers, for records whose version people can see.
    """

    def __init__(
        self,
        obj: Any,
        expected_version: int,
        *,
        subject: str | None = None,
        removed: bool = False,
        show_versions: bool = True,
    ) -> None:
        self.obj = obj
        self.expected_version = expected_version
        self.removed = removed
        words: dict[str, Any] = {"subject": subject or _("“%(name)s”") % {"name": obj}}
        if removed:
            message = _("%(subject)s was removed by someone else while you were editing it. Nothing was saved.")
        elif show_versions:
            words |= {"current": obj.version, "expected": expected_version}
            message = _(
                "%(subject)s was changed by someone else while you were editing it (version %(current)s, you "
                "started from version %(expected)s). Nothing was saved: reload it, then apply your changes again."
            )
        else:
            message = _(
                "%(subject)s was changed by someone else while you were editing it. Nothing was saved: "
                "reload it, then apply your changes again."
            )
        super().__init__(message % words)


class ItemConflict(EditConflict):
    """A conflict on an item of a list (a checklist's participation or communication), whose version
    people do not see: "This item was changed (or removed) by someone else ..."."""

    def __init__(self, obj: Any, expected_version: int, *, removed: bool = False) -> None:
        super().__init__(obj, expected_version, subject=_("This item"), removed=removed, show_versions=False)


def claim_version(obj: Any, expected_version: int, *, conflict: type[EditConflict] = EditConflict) -> None:
    """Raise the version in the database only if nobody else did since ``expected_version``."""
    manager = type(obj)._default_manager
    if not manager.filter(pk=obj.pk, version=expected_version).update(version=F("version") + 1):
        obj.refresh_from_db()
        raise conflict(obj, expected_version)
    obj.version = expected_version + 1


@contextmanager
def without_history(obj: Any) -> Iterator[None]:
    """Writes that the next full save records at once: no history record of their own
    (simple_history's switch; otherwise every many-to-many change writes its own record)."""
    obj.skip_history_when_saving = True
    try:
        yield
    finally:
        del obj.skip_history_when_saving


def save_with_history(obj: Any, by: Actor | AbstractBaseUser | None, reason: str) -> None:
    """Save ``obj`` and record the change with its author (no user for ``SYSTEM``) and reason."""
    obj._history_user = history_user(by)
    obj._change_reason = reason
    obj.save()


def delete_with_history(obj: Any, by: Actor | AbstractBaseUser | None, reason: str) -> None:
    """Delete ``obj`` and record the deletion with its author (no user for ``SYSTEM``) and reason."""
    obj._history_user = history_user(by)
    obj._change_reason = reason
    obj.delete()
