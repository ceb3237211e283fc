from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class DemoDataset(models.Model):
    """Present when the database holds the demo data set, so every page can say so."""

    loaded_at = models.DateTimeField(_("loaded at"), auto_now_add=True)
    description = models.CharField(_("description"), max_length=255)

    class Meta:
        verbose_name = _("demo data set")
        verbose_name_plural = _("demo data sets")

    def __str__(self) -> str:
        return self.description


class DataGeneration(models.Model):
    """A number that rises with every change to the site's data, in the same transaction.

    Feeds and exports build their ETag and Last-Modified from it: answering "has anything changed?"
    costs one primary-key lookup, whatever the size of the calendar, and renaming a topic or an
    organization changes it as surely as editing an event. ``signals.py`` raises it.
    """

    SINGLETON = 1

    id = models.PositiveSmallIntegerField(primary_key=True, default=SINGLETON)
    value = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("data generation")
        verbose_name_plural = _("data generation")

    def __str__(self) -> str:
        return f"{self.value} ({self.changed_at:%Y-%m-%d %H:%M:%S})"

    @classmethod
    def current(cls) -> DataGeneration:
        generation, _ = cls.objects.get_or_create(id=cls.SINGLETON)
        return generation

    @classmethod
    def advance(cls) -> None:
        from django.db.models import F
        from django.utils import timezone

        if not cls.objects.filter(id=cls.SINGLETON).update(value=F("value") + 1, changed_at=timezone.now()):
            cls.objects.get_or_create(id=cls.SINGLETON, defaults={"value": 1})
