"""Admin for the register, for data stewards: view, search and filter, with the full history.

Read-only, like the calendar's events: the register's rules (versions, history, validation) live in
``services``, and the task force edits through the spreadsheet round trip (``import-register``).
"""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from synergies.calendar.admin import ReadOnlyAdminMixin
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory


@admin.register(CooperationArea)
class CooperationAreaAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("name", "slug", "kind", "order", "resource_implications")
    list_filter = ("kind", "resource_implications")
    search_fields = ("name", "slug", "description")


@admin.register(Activity)
class ActivityAdmin(ReadOnlyAdminMixin, SimpleHistoryAdmin):
    list_display = ("short_title", "key", "area", "status", "cooperation_level", "resource_implications", "version")
    list_filter = ("status", "cooperation_level", "resource_implications", "area")
    search_fields = ("short_title", "text", "key", "other_partners", "outputs")
    list_select_related = ("area",)


@admin.register(Mandate)
class MandateAdmin(ReadOnlyAdminMixin, SimpleHistoryAdmin):
    list_display = ("reference", "title", "kind", "status", "body", "date")
    list_filter = ("kind", "status", "body")
    search_fields = ("reference", "title", "excerpt", "meeting_text")
    list_select_related = ("body",)


@admin.register(FocalPoint)
class FocalPointAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("person", "area", "role", "mandate")
    list_filter = ("area",)
    search_fields = ("person__name", "person__position", "role")
    list_select_related = ("person__organization", "area", "mandate")


@admin.register(SuccessStory)
class SuccessStoryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("title", "area", "activity", "published")
    list_filter = ("published",)
    search_fields = ("title", "text")
