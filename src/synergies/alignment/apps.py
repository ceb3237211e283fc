from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlignmentConfig(AppConfig):
    name = "synergies.alignment"
    verbose_name = _("Alignment of calendars")
