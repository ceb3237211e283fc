"""Admin for the register, for data stewards: view, search and filter, with the full history.

Read-only for everyone, administrators included, like the calendar's events: every write to the
register goes through ``services``, which enforce ``register.permissions`` (who may), versions, history
and validation; people edit through the site's forms (``register/editing.py``) and the spreadsheet round
trip (``import-register``). The admin adds, changes and deletes nothing, and its history pages show old
versions without sending one back (``NoRevertMixin``). See docs/decisions/0110-register-editing-roles.md.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from simple_history.admin import SimpleHistoryAdmin

from synergies.calendar.admin import ReadOnlyAdminMixin
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory


class NoRevertMixin:
    """simple_history's page of an old version saves what is sent back to it ("revert") even where the
    admin may not change the record; here it only shows the old version."""

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)  # type: ignore[misc]


@admin.register(CooperationArea)
class CooperationAreaAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("name", "slug", "kind", "order", "resource_implications")
    list_filter = ("kind", "resource_implications")
    search_fields = ("name", "slug", "description")


@admin.register(Activity)
class ActivityAdmin(NoRevertMixin, ReadOnlyAdminMixin, SimpleHistoryAdmin):
    list_display = ("short_title", "key", "area", "status", "cooperation_level", "resource_implications", "version")
    list_filter = ("status", "cooperation_level", "resource_implications", "area")
    search_fields = ("short_title", "text", "key", "other_partners", "outputs")
    list_select_related = ("area",)


@admin.register(Mandate)
class MandateAdmin(NoRevertMixin, ReadOnlyAdminMixin, SimpleHistoryAdmin):
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
