"""Personal API tokens: a user's key to the JSON API, acting with that user's permissions.

Only a hash of the secret is stored; the secret itself is shown once, when the token is created.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("user")
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("What the token is for, e.g. “our website”."))
    secret_hash = models.CharField(_("hash of the secret"), max_length=64, unique=True, editable=False)
    prefix = models.CharField(
        _("prefix"), max_length=16, editable=False, help_text=_("The first characters of the token, to recognise it.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        # Used by the rate limiter as the token's identity: never the secret.
        return f"{self.prefix}… ({self.pk})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
