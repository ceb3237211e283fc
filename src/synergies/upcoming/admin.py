"""Admin for the periodic list's checklist, for data stewards: read-only.

Communication opportunities, "not needed" marks and the notes are changed on the periodic list
(/coordination/upcoming/), whose views call ``services``; those enforce who may change what
(``permissions``), the version that protects against concurrent edits and the history. The admin adds
search, filters and the full history, as for events (docs/decisions/0300-event-admin-read-only.md and
0302-who-may-change-checklists-and-digests.md).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from synergies.upcoming.models import CommunicationItem, EventChecklist


class ReadOnlyAdmin(SimpleHistoryAdmin):
    """View, search, filter and read the history; no add, change, delete or revert (writes go through the services)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(CommunicationItem)
class CommunicationItemAdmin(ReadOnlyAdmin):
    list_display = ["title", "kind", "organization", "event", "status", "due_date"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "notes", "event__title"]
    raw_id_fields = ["event"]
    readonly_fields = ["version"]


@admin.register(EventChecklist)
class EventChecklistAdmin(ReadOnlyAdmin):
    list_display = ["event", "version", "updated_at"]
    search_fields = ["event__title", "notes"]
    raw_id_fields = ["event"]
    readonly_fields = ["version", "not_needed"]
