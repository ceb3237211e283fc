from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from synergies.digests.models import DigestDelivery, DigestSubscription


class DeliveryInline(admin.TabularInline):
    model = DigestDelivery
    extra = 0
    can_delete = False
    fields = readonly_fields = ("period_start", "period_end", "recipient", "event_count", "sent_at", "message_id")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(DigestSubscription)
class DigestSubscriptionAdmin(SimpleHistoryAdmin):
    """Subscribers manage their own digests on /coordination/digests/; here administrators see them all
    and may pause one (untick "active")."""

    list_display = ["user", "rhythm", "horizon_days", "language", "active", "created"]
    list_filter = ["rhythm", "active", "language"]
    search_fields = ["user__username", "user__email"]
    readonly_fields = ["user", "created"]
    filter_horizontal = ["organizations", "topics", "regions"]
    inlines = [DeliveryInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # subscribing is the subscriber's own choice, made on their page


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(admin.ModelAdmin):
    """What was sent. Deleting a delivery lets the next run send that period again."""

    list_display = ["subscription", "period_start", "period_end", "recipient", "event_count", "sent_at"]
    list_filter = ["period_start"]
    search_fields = ["recipient", "message_id"]
    date_hierarchy = "sent_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
