"""Admin for the alignment's recorded decisions: read-only, as every write goes through ``alignment.services``."""

from __future__ import annotations

from django.contrib import admin

from synergies.alignment.models import FindingReview
from synergies.core.admin import ReadOnlyHistoryAdmin


@admin.register(FindingReview)
class FindingReviewAdmin(ReadOnlyHistoryAdmin):
    """Decisions on findings are recorded on the coordination page, whose services check
    ``alignment.permissions``; here they are looked at, with their history."""

    list_display = ["kind", "key", "decision", "decided_by", "decided_at"]
    list_filter = ["kind", "decision"]
    search_fields = ["key", "reason"]
    readonly_fields = ["event_versions", "decided_at"]
