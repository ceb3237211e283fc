from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from synergies.upcoming.models import CommunicationItem, EventChecklist


@admin.register(CommunicationItem)
class CommunicationItemAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "organization", "event", "status", "due_date"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "notes", "event__title"]
    raw_id_fields = ["event"]
    readonly_fields = ["version"]


@admin.register(EventChecklist)
class EventChecklistAdmin(SimpleHistoryAdmin):
    list_display = ["event", "version", "updated_at"]
    search_fields = ["event__title", "notes"]
    raw_id_fields = ["event"]
    readonly_fields = ["version", "not_needed"]
