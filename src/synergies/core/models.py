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
