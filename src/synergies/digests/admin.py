"""Admin for the digests: administrators see every subscription, may pause or change one, and see what was sent.

A change or deletion here goes through ``services.update_subscription`` / ``delete_subscription``, which
enforce who may change a subscription (its owner; administrators and ``SYSTEM`` all of them,
``permissions.require_owner``) for this path as for the subscriber's own page. Subscribing stays the
subscriber's own choice: there is no "add" here (docs/decisions/0302-who-may-change-checklists-and-digests.md).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest

from synergies.core.admin import LookOnlyHistoryAdmin
from synergies.digests import services
from synergies.digests.models import DigestDelivery, DigestSubscription


class DeliveryInline(admin.TabularInline):
    model = DigestDelivery
    extra = 0
    can_delete = False
    fields = readonly_fields = ("period_start", "period_end", "recipient", "event_count", "sent_at", "message_id")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(DigestSubscription)
class DigestSubscriptionAdmin(LookOnlyHistoryAdmin):
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

    def save_model(self, request: HttpRequest, obj: DigestSubscription, form: ModelForm, change: bool) -> None:
        choices = services.SubscriptionData.from_cleaned(form.cleaned_data)
        services.update_subscription(obj, choices, by=request.user)

    def save_related(self, request: HttpRequest, form: ModelForm, formsets: Any, change: bool) -> None:
        """The filters were saved by the service; only the (read-only) inline remains."""
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def delete_model(self, request: HttpRequest, obj: DigestSubscription) -> None:
        services.delete_subscription(obj, by=request.user)

    @transaction.atomic  # one refusal in the selection deletes none of it
    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[DigestSubscription]) -> None:
        for subscription in queryset:
            services.delete_subscription(subscription, by=request.user)


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(admin.ModelAdmin):
    """What was sent. Deleting a delivery lets the next run send that period again (administrators only,
    ``services.delete_delivery``)."""

    list_display = ["subscription", "period_start", "period_end", "recipient", "event_count", "sent_at"]
    list_filter = ["period_start"]
    search_fields = ["recipient", "message_id"]
    date_hierarchy = "sent_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def delete_model(self, request: HttpRequest, obj: DigestDelivery) -> None:
        services.delete_delivery(obj, by=request.user)

    @transaction.atomic
    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[DigestDelivery]) -> None:
        for delivery in queryset:
            services.delete_delivery(delivery, by=request.user)
