from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_after_migrate(sender: AppConfig, using: str = "default", **kwargs: Any) -> None:
    from synergies.core.actors import SYSTEM
    from synergies.directory.services import sync_reference_data

    if using == "default":
        sync_reference_data(by=SYSTEM)


class DirectoryConfig(AppConfig):
    name = "synergies.directory"
    verbose_name = _("Directory")

    def ready(self) -> None:
        post_migrate.connect(_sync_after_migrate, sender=self)
