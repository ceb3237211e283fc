"""Coordination data of the periodic list that the calendar does not hold (staff only).

Participation (who attends, who delivers a statement, ...) lives in the calendar
(``synergies.calendar.models.Participation``); this app adds what the list needs besides:

- ``CommunicationItem``: a communication opportunity around an event — a press release, a
  publication, a social-media campaign, a web story — with who does it, its status and due date;
- ``EventChecklist``: per event, the checklist's notes and the items an officer marked "not needed",
  so they stop being flagged as missing.

Both are internal: they never appear in public pages, feeds, exports or the API.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from synergies.calendar.models import Event
from synergies.directory.models import Organization


class CommunicationItem(models.Model):
    """A communication opportunity around an event of mutual interest."""

    class Kind(models.TextChoices):
        PRESS_RELEASE = "press_release", _("Press release")
        PUBLICATION = "publication", _("Publication")
        SOCIAL_MEDIA = "social_media", _("Social media")
        WEB_STORY = "web_story", _("Web story")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="communication_items", verbose_name=_("event")
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="communication_items", verbose_name=_("organization")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.PRESS_RELEASE)
    title = models.CharField(_("title"), max_length=300)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PLANNED)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["due_date", "kind", "title"]
        verbose_name = _("communication opportunity")
        verbose_name_plural = _("communication opportunities")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"


class EventChecklist(models.Model):
    """Per event: the checklist's notes and the items marked "not needed"."""

    event = models.OneToOneField(
        Event, on_delete=models.CASCADE, related_name="coordination_checklist", verbose_name=_("event")
    )
    not_needed = models.JSONField(
        _("not needed"),
        default=list,
        blank=True,
        help_text=_("Keys of the checklist items an officer marked as not needed (e.g. 'statement')."),
    )
    notes = models.TextField(_("coordination notes"), blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("event checklist")
        verbose_name_plural = _("event checklists")

    def __str__(self) -> str:
        return str(self.event)
