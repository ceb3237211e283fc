from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UpcomingConfig(AppConfig):
    name = "synergies.upcoming"
    verbose_name = _("Periodic list of upcoming events")
