"""Admin for the directory's reference data.

Keys (acronym, code, slug) appear in public URLs and subscribed feeds, so they cannot be changed
once saved: add a new entry instead. Countries, regions, instruments, bodies and topics are also
kept in step with the package's vocabulary after every ``migrate``.

Reference data is for administrators (``directory.permissions.may_change_reference_data``): the admin
offers adding, changing and deleting only to them, and saves and deletes through
``directory.services`` (``save_entry``, ``delete_entry``), which check it again. Other staff with
the admin's view permission read the entries. See docs/decisions/0303-reference-data-and-feeds-for-administrators.md.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest

from synergies.core.admin import HTTPS_URLS, WritesByPredicateAdmin
from synergies.directory import permissions, services
from synergies.directory.models import Body, Country, Instrument, Organization, Person, Region, Topic


class ReferenceDataAdmin(WritesByPredicateAdmin):
    """Writes for administrators only, through ``directory.services``."""

    def may_write(self, user: Any) -> bool:
        return permissions.may_change_reference_data(user)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        services.save_entry(obj, by=request.user)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        services.delete_entry(obj, by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        with transaction.atomic():  # all or nothing
            for entry in queryset:
                services.delete_entry(entry, by=request.user)


class StableKeyAdmin(ReferenceDataAdmin):
    """The key field is editable when adding and read-only afterwards."""

    key_field = "code"
    formfield_overrides = HTTPS_URLS

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        readonly = tuple(super().get_readonly_fields(request, obj))
        return (*readonly, self.key_field) if obj is not None else readonly


@admin.register(Region)
class RegionAdmin(StableKeyAdmin):
    list_display = ("name", "code", "kind")
    list_filter = ("kind",)
    search_fields = ("name", "code")


@admin.register(Country)
class CountryAdmin(StableKeyAdmin):
    list_display = ("name", "code")
    list_filter = ("regions",)
    search_fields = ("name", "code")
    filter_horizontal = ("regions",)


@admin.register(Organization)
class OrganizationAdmin(StableKeyAdmin):
    key_field = "acronym"
    list_display = ("acronym", "name", "kind", "parent", "city", "country")
    list_filter = ("kind", ("country", admin.RelatedOnlyFieldListFilter))
    search_fields = ("acronym", "name", "city")
    autocomplete_fields = ("parent", "country")
    filter_horizontal = ("regions_served", "countries_served")
    list_select_related = ("parent", "country")


@admin.register(Instrument)
class InstrumentAdmin(StableKeyAdmin):
    list_display = ("short_name", "code", "name")
    search_fields = ("short_name", "code", "name")


@admin.register(Body)
class BodyAdmin(StableKeyAdmin):
    list_display = ("name", "acronym", "code", "kind", "instrument")
    list_filter = ("kind", "instrument")
    search_fields = ("name", "acronym", "code")
    list_select_related = ("instrument",)


@admin.register(Topic)
class TopicAdmin(StableKeyAdmin):
    key_field = "slug"
    list_display = ("name", "slug", "synonyms")
    search_fields = ("name", "slug", "synonyms")
    prepopulated_fields = {"slug": ("name",)}

    def get_prepopulated_fields(self, request: HttpRequest, obj: Any = None) -> dict[str, Any]:
        return {} if obj is not None else dict(self.prepopulated_fields)


@admin.register(Person)
class PersonAdmin(ReferenceDataAdmin):
    list_display = ("name", "position", "organization", "email")
    list_filter = (("organization", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("name", "position", "email", "organization__acronym")
    autocomplete_fields = ("organization",)
    filter_horizontal = ("topics",)
    list_select_related = ("organization",)
