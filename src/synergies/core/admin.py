from collections.abc import Mapping
from typing import Any

from django.contrib import admin
from django.db import models

from synergies.core.models import DemoDataset

#: Admin forms read an address typed without a scheme as https:// (Django 6's default; silences the
#: transition warning of Django 5.2). Use as ``formfield_overrides = HTTPS_URLS``.
HTTPS_URLS: Mapping[type[models.Field[Any, Any]], Mapping[str, Any]] = {models.URLField: {"assume_scheme": "https"}}


@admin.register(DemoDataset)
class DemoDatasetAdmin(admin.ModelAdmin):
    list_display = ("description", "loaded_at")
    search_fields = ("description",)
    date_hierarchy = "loaded_at"
