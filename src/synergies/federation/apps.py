from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FederationConfig(AppConfig):
    name = "synergies.federation"
    verbose_name = _("Clearing-house federation")
