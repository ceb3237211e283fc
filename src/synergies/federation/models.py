"""Partners' calendars we harvest, each run's outcome, and which of our events came from where."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from synergies.calendar.models import Event
from synergies.directory.models import Organization, Topic


class FeedSource(models.Model):
    class Format(models.TextChoices):
        ICS = "ics", _("iCalendar")
        ATOM = "atom", _("Atom / RSS")
        JSON = "json", _("Synergies JSON")
        CSV = "csv", _("CSV")
        INFORMEA = "informea", _("InforMEA meetings (OData)")

    name = models.SlugField(_("name"), max_length=80, unique=True)
    url = models.URLField(_("address"), max_length=500)
    format = models.CharField(_("format"), max_length=16, choices=Format.choices, default=Format.ICS)
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="feed_sources", verbose_name=_("speaks for")
    )
    default_topics = models.ManyToManyField(Topic, blank=True, verbose_name=_("default topics"))
    default_timezone = models.CharField(_("default time zone"), max_length=64, default="UTC")
    every_hours = models.PositiveIntegerField(_("harvest every (hours)"), default=6)
    active = models.BooleanField(_("active"), default=True)
    allow_private_addresses = models.BooleanField(
        _("allow private and loopback addresses"),
        default=False,
        help_text=_("Only for a partner inside our own network; never for addresses on the internet."),
    )
    etag = models.CharField(max_length=255, blank=True, editable=False)
    last_modified_header = models.CharField(max_length=64, blank=True, editable=False)
    last_harvested_at = models.DateTimeField(null=True, blank=True, editable=False)
    content_sha256 = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("Of the last feed applied: the same bytes again are not read again."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("feed source")
        verbose_name_plural = _("feed sources")

    def __str__(self) -> str:
        return self.name


class HarvestRun(models.Model):
    """One import or harvest: all-or-nothing, recorded whether it succeeded or was refused."""

    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        SUCCEEDED = "succeeded", _("Succeeded")
        NOT_MODIFIED = "not_modified", _("Not modified")
        REFUSED = "refused", _("Refused")
        FAILED = "failed", _("Failed")

    source = models.ForeignKey(FeedSource, null=True, blank=True, on_delete=models.CASCADE, related_name="runs")
    location = models.CharField(_("file or address"), max_length=500)
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.RUNNING)
    new = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    withdrawn = models.PositiveIntegerField(default=0)
    kept_local = models.PositiveIntegerField(_("kept local edits"), default=0)
    refused = models.PositiveIntegerField(default=0)
    merged = models.PositiveIntegerField(
        _("merged"), default=0, help_text=_("Events another source had brought already: credited, not added twice.")
    )
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("harvest run")
        verbose_name_plural = _("harvest runs")

    def __str__(self) -> str:
        return f"{self.location} {self.started_at:%Y-%m-%d %H:%M} {self.status}"

    def counts(self) -> dict[str, int]:
        return {
            name: getattr(self, name)
            for name in ("new", "updated", "unchanged", "withdrawn", "kept_local", "refused", "merged")
        }


class HarvestedEvent(models.Model):
    """Provenance of an event that came from outside: which feed, under which UID, in which version.

    One event may have several: the same meeting harvested from two partners' feeds is one event that
    credits both (see ``dedup.py``).
    """

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="harvested")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    source_name = models.CharField(
        _("source"), max_length=80, blank=True, help_text=_("The feed source's name; empty for one-off imports.")
    )
    remote_uid = models.CharField(_("UID in the source"), max_length=500)
    remote_url = models.URLField(
        _("page at the source"), max_length=500, blank=True, help_text=_("The event's own page at the partner.")
    )
    remote_sequence = models.IntegerField(default=0)
    remote_last_modified = models.DateTimeField(null=True, blank=True)
    fingerprint = models.CharField(max_length=64)
    local_version = models.PositiveIntegerField(
        help_text=_("The event's version after our last write; a higher version means someone edited it here.")
    )
    locally_edited = models.BooleanField(_("edited here"), default=False)
    withdrawn = models.BooleanField(_("withdrawn from the source"), default=False)

    class Meta:
        verbose_name = _("harvested event")
        verbose_name_plural = _("harvested events")
        constraints = [
            models.UniqueConstraint(fields=["organization", "source_name", "remote_uid"], name="unique_remote_event")
        ]

    def __str__(self) -> str:
        return f"{self.source_name or self.organization}: {self.remote_uid}"
