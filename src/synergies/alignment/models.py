"""What people decided about findings, so a dismissed finding does not come back unless its events change."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class FindingReview(models.Model):
    class Kind(models.TextChoices):
        CLASH = "clash", _("Clash")
        BACK_TO_BACK = "back_to_back", _("Back-to-back opportunity")
        MISSING_PARTNER = "missing_partner", _("Missing partner")
        CROWDED_WEEK = "crowded_week", _("Crowded week")

    class Decision(models.TextChoices):
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        DISMISSED = "dismissed", _("Dismissed")
        LINKED = "linked", _("Linked as back-to-back")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    key = models.CharField(_("finding"), max_length=120, help_text=_("Which finding: its events (and organization)."))
    event_versions = models.JSONField(
        _("event versions"), default=dict, help_text=_("The events' versions when decided; a change reopens it.")
    )
    decision = models.CharField(_("decision"), max_length=16, choices=Decision.choices)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("decided by")
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("finding review")
        verbose_name_plural = _("finding reviews")
        constraints = [models.UniqueConstraint(fields=["kind", "key"], name="unique_finding_review")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.key}: {self.get_decision_display()}"
