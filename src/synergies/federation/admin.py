"""Feed sources for administrators; harvest runs and provenance to read (they are written by harvests).

Adding, changing and deleting a feed source is offered only to whom ``federation.permissions``
allows (``may_manage_feed_sources``: administrators), and goes through ``federation.services``
(``save_feed_source``, ``delete_feed_source``), which check it again. Other staff with the admin's
view permission read the sources. See docs/decisions/0303-reference-data-and-feeds-for-administrators.md.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest

from synergies.core.admin import HTTPS_URLS, WritesByPredicateAdmin
from synergies.federation import permissions, services
from synergies.federation.models import FeedSource, HarvestedEvent, HarvestRun


class ReadOnlyAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(FeedSource)
class FeedSourceAdmin(WritesByPredicateAdmin):
    list_display = ["name", "format", "organization", "url", "active", "every_hours", "last_harvested_at"]
    list_filter = ["format", "active", "organization"]
    search_fields = ["name", "url", "organization__acronym"]
    filter_horizontal = ["default_topics"]
    readonly_fields = ["etag", "last_modified_header", "last_harvested_at"]
    formfield_overrides = HTTPS_URLS

    def may_write(self, user: Any) -> bool:
        return permissions.may_manage_feed_sources(user)

    def save_model(self, request: HttpRequest, obj: FeedSource, form: Any, change: bool) -> None:
        services.save_feed_source(obj, by=request.user)

    def delete_model(self, request: HttpRequest, obj: FeedSource) -> None:
        services.delete_feed_source(obj, by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[FeedSource]) -> None:
        with transaction.atomic():  # all or nothing
            for source in queryset:
                services.delete_feed_source(source, by=request.user)


@admin.register(HarvestRun)
class HarvestRunAdmin(ReadOnlyAdmin):
    list_display = [
        "started_at",
        "location",
        "organization",
        "status",
        "new",
        "updated",
        "unchanged",
        "withdrawn",
        "kept_local",
        "refused",
        "merged",
    ]
    list_filter = ["status", "source"]
    search_fields = ["location", "error"]


@admin.register(HarvestedEvent)
class HarvestedEventAdmin(ReadOnlyAdmin):
    list_display = [
        "event",
        "organization",
        "source_name",
        "remote_uid",
        "remote_url",
        "remote_sequence",
        "locally_edited",
        "withdrawn",
    ]
    list_filter = ["locally_edited", "withdrawn", "source_name"]
    search_fields = ["remote_uid", "event__title"]
