from collections.abc import Mapping
from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest, HttpResponse
from simple_history.admin import SimpleHistoryAdmin

from synergies.core.models import DemoDataset

#: Admin forms read an address typed without a scheme as https:// (Django 6's default; silences the
#: transition warning of Django 5.2). Use as ``formfield_overrides = HTTPS_URLS``.
HTTPS_URLS: Mapping[type[models.Field[Any, Any]], Mapping[str, Any]] = {models.URLField: {"assume_scheme": "https"}}


class ReadOnlyAdminMixin:
    """View, search and filter; no add, change or delete (writes go through the services)."""

    formfield_overrides = HTTPS_URLS

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class LookOnlyHistoryAdmin(SimpleHistoryAdmin):
    """The full history and its old versions, to look at, never to revert to.

    simple_history's page of an old version saves whatever is posted back to it, even where the admin
    may change nothing: that "revert" would skip the services (permissions, version, history reasons).
    Every admin of ours that shows history derives from this class
    (``core/tests/test_admin_history.py`` checks it).
    """

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class ReadOnlyHistoryAdmin(ReadOnlyAdminMixin, LookOnlyHistoryAdmin):
    """Read-only, with the history to look at: for records changed only through the site's services."""


class WritesByPredicateAdmin(admin.ModelAdmin):
    """An admin that offers adding, changing and deleting only to whom its app's ``permissions.py``
    allows: a subclass answers ``may_write(user)`` with that predicate (Django's model permissions then
    only decide who may view). Its ``save_model``/``delete_model`` should call the app's services, which
    check the same predicate again."""

    def may_write(self, user: Any) -> bool:
        raise NotImplementedError

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return self.may_write(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.may_write(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.may_write(request.user)


@admin.register(DemoDataset)
class DemoDatasetAdmin(admin.ModelAdmin):
    list_display = ("description", "loaded_at")
    search_fields = ("description",)
    date_hierarchy = "loaded_at"
