from django.contrib import admin

from synergies.core.models import DemoDataset


@admin.register(DemoDataset)
class DemoDatasetAdmin(admin.ModelAdmin):
    list_display = ("description", "loaded_at")
    search_fields = ("description",)
    date_hierarchy = "loaded_at"
