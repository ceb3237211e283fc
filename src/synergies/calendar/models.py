"""The joint calendar: events of the cluster and its partners.

Time is stored the way calendars need it (see docs/architecture.md, "Time"):

- every event has the IANA time zone of its venue (``UTC`` for online-only events);
- timed events keep ``start_at``/``end_at`` as aware UTC instants;
- all-day events keep only dates;
- every event also keeps ``start_date``/``end_date``: its first and last day *in the venue's
  zone*, inclusive, so that lists, filters and month grids need no time-zone arithmetic.

The service functions in ``services.py`` keep these fields consistent; the database refuses an
end before the start.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from synergies.accounts import policy
from synergies.directory.models import Body, Country, Instrument, Organization, Region, Topic

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser

#: The six official languages of the United Nations, by their ISO 639-1 code.
UN_LANGUAGES: dict[str, Any] = {
    "ar": _("Arabic"),
    "zh": _("Chinese"),
    "en": _("English"),
    "fr": _("French"),
    "ru": _("Russian"),
    "es": _("Spanish"),
}


def new_event_uid() -> str:
    return f"{uuid.uuid4()}@synergies"


class EventHistorySnapshot(models.Model):
    """Extra columns of the event's history: organizers and links, which live in their own tables,
    as they stood at each change (filled in ``signals.py``)."""

    organizers_snapshot = models.JSONField(_("organizers"), default=list, blank=True)
    links_snapshot = models.JSONField(_("links"), default=list, blank=True)

    class Meta:
        abstract = True


class EventQuerySet(models.QuerySet["Event"]):
    def public(self) -> EventQuerySet:
        return self.filter(visibility=Event.Visibility.PUBLIC)

    def visible_to(self, user: AnyUser) -> EventQuerySet:
        """The events ``user`` may see: internal ones only for staff. Every output uses this."""
        if policy.sees_internal(user):
            return self.all()
        return self.public()

    def overlapping(self, start: date | None, end: date | None) -> EventQuerySet:
        """Events with at least one day in [start, end] (either bound may be open)."""
        qs = self
        if start is not None:
            qs = qs.filter(end_date__gte=start)
        if end is not None:
            qs = qs.filter(start_date__lte=end)
        return qs

    def for_lists(self) -> EventQuerySet:
        """What a list row shows (place, organizers, the meeting a side event belongs to): two queries."""
        return self.select_related("country", "parent").prefetch_related(
            models.Prefetch(
                "event_organizers",
                queryset=EventOrganizer.objects.select_related("organization").order_by("-role", "position"),
            ),
        )

    def with_related(self) -> EventQuerySet:
        """Everything a list, page or feed shows, in a constant number of queries."""
        return self.select_related("country", "parent").prefetch_related(
            models.Prefetch(
                "event_organizers",
                queryset=EventOrganizer.objects.select_related("organization").order_by("-role", "position"),
            ),
            "instruments",
            "bodies",
            "topics",
            "target_regions",
        )


class Event(models.Model):
    class Kind(models.TextChoices):
        COP = "cop", _("Conference of the Parties")
        INC = "inc", _("Intergovernmental negotiating committee")
        ICCM = "iccm", _("International conference")
        ASSEMBLY = "assembly", _("Assembly")
        OEWG = "oewg", _("Open-ended working group")
        SUBSIDIARY = "subsidiary", _("Subsidiary body meeting")
        EXPERT_GROUP = "expert_group", _("Expert group meeting")
        BUREAU = "bureau", _("Bureau meeting")
        REGIONAL_PREPARATORY = "regional_prep", _("Regional preparatory meeting")
        WORKSHOP = "workshop", _("Workshop")
        WEBINAR = "webinar", _("Webinar")
        SIDE_EVENT = "side_event", _("Side event")
        TECHNICAL_ASSISTANCE = "technical_assistance", _("Technical-assistance activity")
        PARTNERSHIP_MEETING = "partnership", _("Partnership meeting")
        DEADLINE = "deadline", _("Deadline")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        CONFIRMED = "confirmed", _("Confirmed")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public")
        INTERNAL = "internal", _("Internal")

    class AttendanceMode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    class DatePrecision(models.TextChoices):
        DAY = "day", _("Exact days")
        MONTH = "month", _("Month only")

    uid = models.CharField(
        _("UID"),
        max_length=255,
        unique=True,
        default=new_event_uid,
        editable=False,
        help_text=_("Stable identifier in iCalendar feeds; never changes."),
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, default=Kind.OTHER)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.CONFIRMED)
    visibility = models.CharField(_("visibility"), max_length=16, choices=Visibility.choices, default=Visibility.PUBLIC)
    attendance_mode = models.CharField(
        _("attendance"), max_length=16, choices=AttendanceMode.choices, default=AttendanceMode.IN_PERSON
    )

    # --- When ---------------------------------------------------------------------------
    all_day = models.BooleanField(_("all day"), default=True)
    date_precision = models.CharField(
        _("date precision"),
        max_length=8,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("'Month only' when the source gives only the month(s), e.g. 'March–April 2015'."),
    )
    start_date = models.DateField(_("first day"), db_index=True)
    end_date = models.DateField(_("last day"), db_index=True)
    start_at = models.DateTimeField(_("starts at"), null=True, blank=True)
    end_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    timezone = models.CharField(_("time zone"), max_length=64, default="UTC")

    # --- Where --------------------------------------------------------------------------
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.PROTECT, related_name="events", verbose_name=_("country")
    )
    online_url = models.URLField(_("online meeting address"), blank=True)

    # --- Who and what -------------------------------------------------------------------
    organizers: models.ManyToManyField[Organization, EventOrganizer] = models.ManyToManyField(
        Organization, through="EventOrganizer", related_name="events", verbose_name=_("organizers")
    )
    instruments = models.ManyToManyField(Instrument, blank=True, related_name="events", verbose_name=_("instruments"))
    bodies = models.ManyToManyField(Body, blank=True, related_name="events", verbose_name=_("bodies"))
    topics = models.ManyToManyField(Topic, blank=True, related_name="events", verbose_name=_("topics"))
    target_regions = models.ManyToManyField(
        Region, blank=True, related_name="targeted_by_events", verbose_name=_("target regions")
    )
    target_countries = models.ManyToManyField(
        Country, blank=True, related_name="targeted_by_events", verbose_name=_("target countries")
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)

    # --- Related events -----------------------------------------------------------------
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="side_events",
        verbose_name=_("held during"),
    )
    back_to_back_with = models.ManyToManyField(
        "self", blank=True, symmetrical=True, verbose_name=_("held back-to-back with")
    )

    # --- Links ----------------------------------------------------------------------------
    website = models.URLField(_("meeting page"), blank=True)
    registration_url = models.URLField(_("registration"), blank=True)

    # --- Internal (staff only) ------------------------------------------------------------
    internal_notes = models.TextField(_("internal notes"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    # --- Bookkeeping ----------------------------------------------------------------------
    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        help_text=_("Rises on every change; protects against concurrent edits and is the iCalendar SEQUENCE."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    history = HistoricalRecords(
        m2m_fields=[instruments, bodies, topics, target_regions, target_countries],
        excluded_fields=["updated_at"],
        bases=[EventHistorySnapshot],
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "start_at", "title"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            # Lists walk this index in start-date order until a page is full. The columns after
            # start_date are never searched on: they let the database reject an event that ends too
            # early or has another kind, status or country from the index entry alone, before it reads
            # the row or runs a topic/region subquery (decision 0413).
            models.Index(
                fields=["visibility", "start_date", "end_date", "kind", "status", "country"],
                name="event_visibility_start_filters",
            ),
            models.Index(fields=["visibility", "end_date"], name="event_visibility_end"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")), name="event_end_date_after_start"
            ),
            models.CheckConstraint(
                condition=Q(start_at__isnull=True) | Q(end_at__isnull=True) | Q(end_at__gte=models.F("start_at")),
                name="event_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(all_day=True) | (Q(start_at__isnull=False) & Q(end_at__isnull=False)),
                name="event_timed_has_instants",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("calendar:event_detail", args=[self.pk])

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def local_start(self) -> datetime | None:
        return self.start_at.astimezone(self.zone) if self.start_at else None

    @property
    def local_end(self) -> datetime | None:
        return self.end_at.astimezone(self.zone) if self.end_at else None

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def lead_organizers(self) -> list[Organization]:
        return [link.organization for link in self.event_organizers.all() if link.role == EventOrganizer.Role.LEAD]

    @property
    def place(self) -> str:
        """Venue, city and country in one line, as people write it ("CICG, Geneva, Switzerland")."""
        parts = [self.venue, self.city, self.country.name if self.country else ""]
        return ", ".join(part for part in parts if part)


class EventOrganizer(models.Model):
    """An organization organizing an event, as lead or co-organizer (an event may have many)."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead organizer")
        CO_ORGANIZER = "co", _("Co-organizer")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="event_organizers")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="event_roles")
    role = models.CharField(_("role"), max_length=8, choices=Role.choices, default=Role.LEAD)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-role", "position"]  # "lead" sorts after "co": descending puts the leads first
        verbose_name = _("organizer")
        verbose_name_plural = _("organizers")
        constraints = [models.UniqueConstraint(fields=["event", "organization"], name="unique_event_organizer")]

    def __str__(self) -> str:
        return f"{self.organization} ({self.get_role_display()})"


class EventLink(models.Model):
    """A typed link from an event to a document, a meeting page or another clearing house's record."""

    class Kind(models.TextChoices):
        DOCUMENTS = "documents", _("Meeting documents")
        MEETING_PAGE = "meeting_page", _("Meeting page")
        REGISTRATION = "registration", _("Registration")
        REPORT = "report", _("Report")
        CHM_RECORD = "chm_record", _("Clearing-house record")
        OTHER = "other", _("Other")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="links")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(_("title"), max_length=255)
    url = models.URLField(_("address"), max_length=500)

    class Meta:
        ordering = ["kind", "title"]
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self) -> str:
        return self.title


class Participation(models.Model):
    """Internal coordination: who from which organization does what at an event. Staff only."""

    class Role(models.TextChoices):
        ATTEND = "attend", _("Attend")
        STATEMENT = "statement", _("Deliver a statement")
        DOCUMENT = "document", _("Present a document")
        SIDE_EVENT = "side_event", _("Organize a side event")
        RESOURCE_PERSON = "resource_person", _("Resource person")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        CONFIRMED = "confirmed", _("Confirmed")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="participations")
    person = models.CharField(_("person"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.ATTEND)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PROPOSED)
    notes = models.TextField(_("notes"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organization__acronym", "role"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")

    def __str__(self) -> str:
        return f"{self.organization} – {self.get_role_display()}"
