from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "synergies.core"
    verbose_name = _("Site")

    def ready(self) -> None:
        from synergies.core import signals

        signals.connect()
