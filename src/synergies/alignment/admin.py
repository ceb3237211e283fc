from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from synergies.alignment.models import FindingReview


@admin.register(FindingReview)
class FindingReviewAdmin(SimpleHistoryAdmin):
    list_display = ["kind", "key", "decision", "decided_by", "decided_at"]
    list_filter = ["kind", "decision"]
    search_fields = ["key", "reason"]
    readonly_fields = ["event_versions", "decided_at"]
