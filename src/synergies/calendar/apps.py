from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CalendarConfig(AppConfig):
    name = "synergies.calendar"
    label = "calendar"
    verbose_name = _("Joint calendar")

    def ready(self) -> None:
        from synergies.calendar import signals  # noqa: F401 - connects the receivers
