"""The one editing machinery of the site: the conflict page of a stale form and the history of a record.

Every app that edits versioned records (the calendar's events, the register, the periodic list's
checklist) claims the version with :func:`synergies.core.writes.claim_version`; when someone else
saved first, the view answers 409 with :func:`conflict_context` rendered by
``core/editing/_conflict.html``: the message, who saved last and when, and a table of differences
(field, what is saved now, your version). The form comes back with the editor's values and the current
version, so saving it again ("Save anyway") is a deliberate overwrite; the reload link keeps what is
saved.

A record's history is a list of :func:`history_entries` rendered by ``core/editing/_history.html``:
when, what was done, what changed (field, before, after), and who — named to staff only.

The words live here and in those two templates, once; the apps supply only how their own values read.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import models
from django.utils.translation import gettext

from synergies.core.writes import EditConflict

#: Fields never shown in "what changed": bookkeeping that every history record changes.
BOOKKEEPING_FIELDS = frozenset({"id", "version", "created_at", "updated_at"})


@dataclass(frozen=True)
class Change:
    """One changed field of a history record, in words."""

    label: str
    old: str
    new: str


# --- Values in words --------------------------------------------------------------------------


def empty() -> str:
    """How an empty value reads, in conflicts and history alike."""
    return gettext("(empty)")


def display_value(value: Any, *, choices: Iterable[tuple[Any, Any]] | None = None) -> str:
    """A stored value in words: empty, yes/no, ISO dates, a choice's label, or the value itself.

    Apps handle their own kinds first (times with zones, many-to-many rows) and hand the rest here.
    """
    if value is None or value in ("", [], ()):
        return empty()
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, date):
        return value.isoformat()
    labels = dict(choices or [])
    if labels:
        return str(labels.get(value, labels.get(str(value), value)))
    return str(value)


def field_label(model: type[models.Model], name: str) -> str:
    """A model field's name as the pages show it: its verbose name with a capital."""
    label = str(getattr(model._meta.get_field(name), "verbose_name", name))
    return label[:1].upper() + label[1:]


def author(user: Any) -> str:
    """Who made a change, in words: the person's name, or the system for imports and commands."""
    if user is None:
        return gettext("the system (an import or a command)")
    return str(user.get_full_name() or user.get_username())


# --- The conflict page ------------------------------------------------------------------------


def latest_record(obj: Any) -> Any:
    """The newest history record of ``obj`` (None when none was recorded, or ``obj`` was never saved)."""
    if getattr(obj, "pk", None) is None:
        return None
    return history_records(obj).first()


def conflict_context(
    obj: Any,
    started_from: int,
    *,
    differences: Sequence[tuple[str, str, str]] | None,
    reload_url: str = "",
    conflict: type[EditConflict] = EditConflict,
    subject: str | None = None,
    removed: bool = False,
    show_version: bool = True,
) -> dict[str, Any]:
    """What ``core/editing/_conflict.html`` shows when a form based on ``started_from`` meets a newer ``obj``.

    ``differences`` are (field, saved now, your version) rows, ``None`` when the page has nothing to
    compare (a confirmation page, a removal); ``subject`` names the record in the heading ("this
    event"), its quoted name by default. ``removed``: someone else removed ``obj`` (who and when are
    those of its last history record, the removal). ``show_version``: name the version number, for
    records whose version people see (not a checklist's items, see ``writes.ItemConflict``).
    """
    last = latest_record(obj)
    error = conflict(obj, started_from, removed=True) if removed else conflict(obj, started_from)
    return {
        "message": str(error),
        "subject": subject or gettext("“%(name)s”") % {"name": obj},
        "by": author(last.history_user if last else None),
        "at": last.history_date if last else getattr(obj, "updated_at", None),
        "version": getattr(obj, "version", None) if show_version else None,
        "differences": list(differences) if differences is not None else None,
        "reload_url": reload_url,
    }


def differences(rows: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The (field, saved now, your version) rows where the two differ."""
    return [(label, saved, yours) for label, saved, yours in rows if saved != yours]


# --- History ----------------------------------------------------------------------------------


def history_records(obj: Any) -> Any:
    """The history of ``obj``, newest first, with the authors loaded."""
    return obj.history.select_related("history_user").order_by("-history_date", "-history_id")


def field_changes(
    record: Any,
    previous: Any,
    *,
    model: type[models.Model],
    hidden: Collection[str] = BOOKKEEPING_FIELDS,
    display: Callable[[str, Any, Any], str],
    foreign_keys_are_objs: bool = True,
) -> list[Change]:
    """The fields that ``record`` changed against ``previous``; ``display(field, value, record)`` puts a
    value in words (``record`` is the history record it belongs to, for its time zone and such).
    Changes that read the same in words are left out. ``foreign_keys_are_objs``: related values come
    as objects (else as ids)."""
    delta = record.diff_against(previous, excluded_fields=set(hidden), foreign_keys_are_objs=foreign_keys_are_objs)
    changes = []
    for change in delta.changes:
        old, new = display(change.field, change.old, previous), display(change.field, change.new, record)
        if old != new:
            changes.append(Change(field_label(model, change.field), old, new))
    return changes


def history_entries(
    records: Sequence[Any],
    *,
    changes: Callable[[Any, Any], list[Change]],
    show_authors: bool,
    older: Any = None,
    subject: Callable[[Any], str] | None = None,
    show_versions: bool = True,
) -> list[dict[str, Any]]:
    """One entry per history record (newest first) for ``core/editing/_history.html``.

    ``changes(record, previous)`` says what a record changed; ``older`` is the record before the
    first of ``records`` when they are one page of a longer history. Authors are named only when
    ``show_authors`` (staff): the public sees what changed and when, not who. ``subject(record)``
    names the record an entry is about, for histories of several records merged into one list (a
    checklist's items); ``show_versions`` names version numbers (not for such merged lists).
    """
    entries = []
    for index, record in enumerate(records):
        previous = records[index + 1] if index + 1 < len(records) else older
        entries.append(
            {
                "record": record,
                "date": record.history_date,
                "reason": record.history_change_reason or record.get_history_type_display(),
                "subject": subject(record) if subject else None,
                "version": getattr(record, "version", None) if show_versions else None,
                "user": record.history_user,
                "by": author(record.history_user) if show_authors else None,
                "changes": changes(record, previous) if previous is not None else [],
                "created": previous is None,
                "removed": record.history_type == "-",
            }
        )
    return entries
