"""The cooperation register: areas of cooperation, their activities, the mandates behind them and
the focal points on each side — the task force's table made a living register.

What is public and what is not (see ``policy`` in views and exports):
- areas, activities (except ``internal_notes``), mandates, published success stories, focal points'
  name, position and organization are public;
- activities' internal notes, focal points' contact details (``directory.Person`` e-mail, phone,
  notes) and unpublished success stories are for staff only.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from synergies.calendar.models import Event
from synergies.directory.models import Body, Instrument, Organization, Person, Topic


class CooperationArea(models.Model):
    """A row of the source table: a programmatic or operational area of cooperation."""

    class Kind(models.TextChoices):
        PROGRAMMATIC = "programmatic", _("Programmatic")
        OPERATIONAL = "operational", _("Operational")

    slug = models.SlugField(_("key"), max_length=64, unique=True, help_text=_("Stable key used in URLs and filters."))
    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    resource_implications = models.BooleanField(
        _("may have resource implications"),
        default=False,
        help_text=_("The source's (*): may have financial or staffing implications."),
    )
    description = models.TextField(_("description"), blank=True)
    instruments = models.ManyToManyField(
        Instrument, blank=True, related_name="cooperation_areas", verbose_name=_("instruments")
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="cooperation_areas", verbose_name=_("topics"))
    version = models.PositiveIntegerField(_("version"), default=1)

    history = HistoricalRecords(m2m_fields=[instruments, topics])

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("area of cooperation")
        verbose_name_plural = _("areas of cooperation")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{reverse('register:register')}?area={self.slug}"


class ActivityQuerySet(models.QuerySet["Activity"]):
    def with_related(self) -> ActivityQuerySet:
        """Everything the register page and exports show, in a constant number of queries."""
        return self.select_related("area").prefetch_related("lead_organizations", "partner_organizations")


class Activity(models.Model):
    """One ongoing or potential activity under an area, with its text as the source gives it."""

    class Status(models.TextChoices):
        ONGOING = "ongoing", _("Ongoing")
        POTENTIAL = "potential", _("Potential")
        PLANNED = "planned", _("Planned")
        NOT_STARTED = "not_started", _("Not yet started")
        COMPLETED = "completed", _("Completed")

    class Level(models.IntegerChoices):
        """The source's list of collaborative actions, read as a ladder from lightest to deepest."""

        INFORM = 1, _("Inform and seek comments")
        INVITE_TO_ATTEND = 2, _("Invite to attend")
        INVITE_TO_PARTICIPATE = 3, _("Invite to actively participate")
        BRAINSTORM = 4, _("Brainstorm together")
        DEVELOP_AND_IMPLEMENT = 5, _("Develop and implement together")
        GIVE_CREDIT = 6, _("Give credit")
        MOBILIZE_RESOURCES = 7, _("Mobilize resources together")
        JOINT_APPROACHES = 8, _("Joint approaches to partners")

    key = models.SlugField(
        _("key"), max_length=80, unique=True, help_text=_("Stable key used in URLs and spreadsheets.")
    )
    area = models.ForeignKey(
        CooperationArea, on_delete=models.PROTECT, related_name="activities", verbose_name=_("area")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    short_title = models.CharField(_("short title"), max_length=160)
    text = models.TextField(_("text"), help_text=_("The activity as the source document words it."))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.ONGOING)
    resource_implications = models.BooleanField(_("may have resource implications"), default=False)
    cooperation_level = models.PositiveSmallIntegerField(
        _("cooperation level"), choices=Level.choices, default=Level.INFORM
    )
    lead_organizations = models.ManyToManyField(
        Organization, blank=True, related_name="led_activities", verbose_name=_("lead organizations")
    )
    partner_organizations = models.ManyToManyField(
        Organization, blank=True, related_name="partner_activities", verbose_name=_("partner organizations")
    )
    other_partners = models.CharField(
        _("other partners"),
        max_length=255,
        blank=True,
        help_text=_("Partners that are not organizations of the directory, e.g. a network or partnership."),
    )
    period_text = models.CharField(_("period"), max_length=120, blank=True)
    period_start = models.DateField(_("period starts"), null=True, blank=True)
    period_end = models.DateField(_("period ends"), null=True, blank=True)
    events = models.ManyToManyField(Event, blank=True, related_name="register_activities", verbose_name=_("events"))
    outputs = models.TextField(_("outputs"), blank=True)
    # --- internal: staff only ---
    internal_notes = models.TextField(_("internal notes"), blank=True)
    # --- bookkeeping ---
    version = models.PositiveIntegerField(_("version"), default=1)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    history = HistoricalRecords(
        m2m_fields=[lead_organizations, partner_organizations, events], excluded_fields=["updated_at"]
    )

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["area__order", "order", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
                name="activity_period_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(cooperation_level__gte=1, cooperation_level__lte=8), name="activity_cooperation_level_range"
            ),
        ]
        indexes = [
            # Covers the register's per-area ladder and status counts (no table scan).
            models.Index(fields=["area", "cooperation_level", "status"], name="activity_area_level_status"),
        ]

    def __str__(self) -> str:
        return self.short_title

    def get_absolute_url(self) -> str:
        return reverse("register:activity_detail", args=[self.key])


class Mandate(models.Model):
    """A decision, resolution or treaty article that calls for cooperation in the cluster."""

    class Kind(models.TextChoices):
        DECISION = "decision", _("Decision")
        RESOLUTION = "resolution", _("Resolution")
        ARTICLE = "article", _("Convention article")
        RECOMMENDATION = "recommendation", _("Recommendation")

    class Status(models.TextChoices):  # InforMEA's decision statuses
        ACTIVE = "active", _("Active")
        ADOPTED = "adopted", _("Adopted")
        AMENDED = "amended", _("Amended")
        RETIRED = "retired", _("Retired")

    reference = models.CharField(_("reference"), max_length=64, unique=True)
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE)
    body = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.PROTECT, related_name="mandates", verbose_name=_("issuing body")
    )
    meeting = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="mandates", verbose_name=_("meeting")
    )
    meeting_text = models.CharField(
        _("meeting (as written)"),
        max_length=200,
        blank=True,
        help_text=_("The meeting that adopted it, in words, when it is not in the calendar."),
    )
    date = models.DateField(_("date adopted"), null=True, blank=True)
    url = models.URLField(_("official text"), max_length=500, blank=True)
    excerpt = models.TextField(_("excerpt"), blank=True)
    instruments = models.ManyToManyField(Instrument, blank=True, related_name="mandates", verbose_name=_("instruments"))
    topics = models.ManyToManyField(Topic, blank=True, related_name="mandates", verbose_name=_("topics"))
    areas = models.ManyToManyField(CooperationArea, blank=True, related_name="mandates", verbose_name=_("areas"))
    activities = models.ManyToManyField(Activity, blank=True, related_name="mandates", verbose_name=_("activities"))
    version = models.PositiveIntegerField(_("version"), default=1)

    history = HistoricalRecords(m2m_fields=[instruments, topics, areas, activities])

    class Meta:
        ordering = ["reference"]
        verbose_name = _("mandate")
        verbose_name_plural = _("mandates")

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("register:mandate_detail", args=[self.pk])


class FocalPoint(models.Model):
    """A person (or a position) to call about an area, on one side, and about a mandate where known."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="focal_points", verbose_name=_("person"))
    area = models.ForeignKey(
        CooperationArea, on_delete=models.CASCADE, related_name="focal_points", verbose_name=_("area")
    )
    mandate = models.ForeignKey(
        Mandate,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="focal_points",
        verbose_name=_("mandate"),
    )
    role = models.CharField(_("role"), max_length=120, help_text=_("e.g. technical-assistance focal point"))
    version = models.PositiveIntegerField(_("version"), default=1)

    history = HistoricalRecords()

    class Meta:
        ordering = ["area__order", "person__organization__acronym", "person__name"]
        verbose_name = _("focal point")
        verbose_name_plural = _("focal points")
        constraints = [
            models.UniqueConstraint(fields=["person", "area", "role"], name="unique_focal_point_role"),
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.role}"

    def get_absolute_url(self) -> str:
        """The register, showing the area's activities of the focal point's organization."""
        query = urlencode({"area": self.area.slug, "organization": self.person.organization.acronym})
        return f"{reverse('register:register')}?{query}"


class SuccessStoryQuerySet(models.QuerySet["SuccessStory"]):
    def visible_to(self, user: object) -> SuccessStoryQuerySet:
        from synergies.accounts import policy

        if policy.sees_internal(user):  # type: ignore[arg-type]
            return self.all()
        return self.filter(published=True)


class SuccessStory(models.Model):
    """Cooperation worth highlighting ("develop and highlight success stories"); public once published."""

    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("text"))
    activity = models.ForeignKey(
        Activity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="success_stories",
        verbose_name=_("activity"),
    )
    area = models.ForeignKey(
        CooperationArea,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="success_stories",
        verbose_name=_("area"),
    )
    events = models.ManyToManyField(Event, blank=True, related_name="success_stories", verbose_name=_("events"))
    published = models.BooleanField(_("published"), default=False)
    version = models.PositiveIntegerField(_("version"), default=1)

    history = HistoricalRecords(m2m_fields=[events])

    objects = SuccessStoryQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        if self.activity is not None:
            return self.activity.get_absolute_url()
        return self.area.get_absolute_url() if self.area is not None else reverse("register:register")
