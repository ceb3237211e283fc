"""Who receives the periodic list by e-mail, how often and about what; and what was already sent.

A ``DigestDelivery`` is written in the same transaction as the message is handed to the mail
server, and the database refuses a second one for the same subscription and period: that is what
makes sending twice for the same period send nothing new.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from synergies.directory.models import Organization, Region, Topic

MIN_HORIZON_DAYS = 7
MAX_HORIZON_DAYS = 366
DEFAULT_HORIZON_DAYS = 90


class DigestSubscription(models.Model):
    class Rhythm(models.TextChoices):
        WEEKLY = "weekly", _("Weekly (periods start on Mondays)")
        MONTHLY = "monthly", _("Monthly (periods start on the first day of the month)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="digest_subscriptions",
        verbose_name=_("subscriber"),
    )
    organizations = models.ManyToManyField(
        Organization,
        blank=True,
        related_name="+",
        verbose_name=_("organizations"),
        help_text=_("Only events these organizations organize or take part in; none means all."),
    )
    topics = models.ManyToManyField(
        Topic,
        blank=True,
        related_name="+",
        verbose_name=_("topics"),
        help_text=_("Only events on these topics; none means all."),
    )
    regions = models.ManyToManyField(
        Region,
        blank=True,
        related_name="+",
        verbose_name=_("regions"),
        help_text=_("Only events for these regions; none means all."),
    )
    rhythm = models.CharField(_("rhythm"), max_length=8, choices=Rhythm.choices, default=Rhythm.WEEKLY)
    horizon_days = models.PositiveSmallIntegerField(
        _("horizon (days)"),
        default=DEFAULT_HORIZON_DAYS,
        validators=[MinValueValidator(MIN_HORIZON_DAYS), MaxValueValidator(MAX_HORIZON_DAYS)],
        help_text=_("How many days ahead each digest looks, from the day it is sent."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the e-mail."),
    )
    attach_docx = models.BooleanField(
        _("attach the Word document"),
        default=False,
        help_text=_("Also attach the list as a Word document, formatted as an internal note."),
    )
    active = models.BooleanField(_("active"), default=True, help_text=_("Untick to pause the digest."))
    created = models.DateTimeField(_("created"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["user_id", "pk"]
        verbose_name = _("digest subscription")
        verbose_name_plural = _("digest subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(horizon_days__gte=MIN_HORIZON_DAYS, horizon_days__lte=MAX_HORIZON_DAYS),
                name="digest_horizon_in_range",
            ),
            models.CheckConstraint(condition=models.Q(rhythm__in=["weekly", "monthly"]), name="digest_rhythm_known"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_rhythm_display()}"


class DigestDelivery(models.Model):
    """One digest sent for one period; never two for the same subscription and period."""

    subscription = models.ForeignKey(
        DigestSubscription, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("subscription")
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    list_start = models.DateField(_("list from"))
    list_end = models.DateField(_("list to"))
    recipient = models.EmailField(_("sent to"))
    event_count = models.PositiveIntegerField(_("events listed"), default=0)
    message_id = models.CharField(_("message id"), max_length=255, unique=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("digest delivery")
        verbose_name_plural = _("digest deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "period_start", "period_end"], name="one_digest_per_period"
            ),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")), name="digest_period_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subscription} · {self.period_start}–{self.period_end}"
