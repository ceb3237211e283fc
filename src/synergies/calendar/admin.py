"""Admin for the calendar, for data stewards.

Events are read-only here: their rules (times in the venue's zone, the version that protects
against concurrent edits, organizers, history) live in ``services``, so events are created and
changed through the site's own form, which calls them; each event page here links to it. The
admin adds search, filters, the full history (simple_history) and a bulk "cancel" that goes
through ``services.cancel_event``. See docs/decisions/0300-event-admin-read-only.md.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from synergies.calendar import permissions, services
from synergies.calendar.models import Event, EventLink, EventOrganizer, Participation
from synergies.core.admin import HTTPS_URLS


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
    """History to look at, never to revert to here: a revert would skip the services."""

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """Look at an old version, never revert to it here: a revert would skip the services."""
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class EventOrganizerInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = EventOrganizer
    fields = ("organization", "role", "position")
    extra = 0


class EventLinkInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = EventLink
    fields = ("kind", "title", "url")
    extra = 0


class ParticipationInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Participation
    fields = ("organization", "person", "role", "status")
    extra = 0
    show_change_link = True


@admin.action(description=_("Cancel the selected events (kept in feeds as cancelled)"))
def cancel_selected(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Event]) -> None:
    cancelled = refused = 0
    for event in Event.objects.with_related().filter(pk__in=queryset.values("pk")):
        if not permissions.may_edit_event(request.user, event):
            refused += 1
            continue
        if not event.is_cancelled:
            services.cancel_event(event, expected_version=event.version, by=request.user)
            cancelled += 1
    modeladmin.message_user(
        request, ngettext("%(count)d event cancelled.", "%(count)d events cancelled.", cancelled) % {"count": cancelled}
    )
    if refused:
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d event left unchanged: you are not an editor of its organizers.",
                "%(count)d events left unchanged: you are not an editor of their organizers.",
                refused,
            )
            % {"count": refused},
            messages.WARNING,
        )


@admin.register(Event)
class EventAdmin(ReadOnlyAdminMixin, LookOnlyHistoryAdmin):
    list_display = (
        "title",
        "start_date",
        "end_date",
        "kind",
        "status",
        "visibility",
        "organizer_list",
        "version",
        "updated_at",
    )
    list_filter = (
        "status",
        "visibility",
        "kind",
        "attendance_mode",
        "all_day",
        "date_precision",
        ("organizers", admin.RelatedOnlyFieldListFilter),
        "instruments",
        "topics",
        ("country", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("title", "description", "venue", "city", "uid", "country__name", "organizers__acronym")
    date_hierarchy = "start_date"
    list_select_related = ("country",)
    inlines = (EventOrganizerInline, EventLinkInline, ParticipationInline)
    actions = (cancel_selected,)
    fieldsets = (
        (None, {"fields": ("edit_link", "title", "description", "kind", "status", "visibility", "attendance_mode")}),
        (
            _("When"),
            {"fields": ("all_day", "date_precision", "start_date", "end_date", "start_at", "end_at", "timezone")},
        ),
        (_("Where"), {"fields": ("venue", "city", "country", "online_url")}),
        (
            _("What"),
            {
                "fields": (
                    "instruments",
                    "bodies",
                    "topics",
                    "target_regions",
                    "target_countries",
                    "languages",
                    "parent",
                    "back_to_back_with",
                )
            },
        ),
        (_("Links"), {"fields": ("website", "registration_url")}),
        (_("Internal — staff only"), {"fields": ("internal_notes", "contact_name", "contact_email")}),
        (_("Bookkeeping"), {"fields": ("uid", "version", "created_at", "updated_at")}),
    )

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        """Everything: also on the pages of old versions, which simple_history builds as a form."""
        return [name for _title, options in self.fieldsets for name in options["fields"]]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        return super().get_queryset(request).prefetch_related("event_organizers__organization")

    @admin.display(description=_("organizers"))
    def organizer_list(self, event: Event) -> str:
        return ", ".join(link.organization.acronym for link in event.event_organizers.all())

    @admin.display(description=_("edit"))
    def edit_link(self, event: Event) -> str:
        return format_html(
            '<a href="{}">{}</a>',
            reverse("calendar:event_edit", args=[event.pk]),
            gettext("Edit this event in the calendar's form (checks, conflict protection, history)"),
        )


@admin.register(EventOrganizer)
class EventOrganizerAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("event", "organization", "role")
    list_filter = ("role", ("organization", admin.RelatedOnlyFieldListFilter))
    search_fields = ("event__title", "organization__acronym", "organization__name")
    list_select_related = ("event", "organization")


@admin.register(EventLink)
class EventLinkAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("title", "kind", "url", "event")
    list_filter = ("kind",)
    search_fields = ("title", "url", "event__title")
    list_select_related = ("event",)


class ParticipationAdminForm(forms.ModelForm):
    """Refuses, as a form error, an organization the signed-in user may not fill in participation for."""

    user: Any = None

    class Meta:
        model = Participation
        fields = ("event", "organization", "person", "role", "status", "notes")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        event = cleaned.get("event") or (self.instance.event if self.instance.pk else None)
        organization = cleaned.get("organization")
        if event is None or organization is None:
            return cleaned  # the field errors already say what is missing
        if not permissions.may_edit_participation(self.user, event, organization):
            self.add_error("organization", permissions.participation_refusal(organization))
        return cleaned


@admin.register(Participation)
class ParticipationAdmin(LookOnlyHistoryAdmin):
    """Participation as the checklist of the periodic list writes it: through the calendar's services.

    Adding, changing and deleting here call ``services.create_participation``, ``update_participation`` and
    ``delete_participation`` with the signed-in user, so the admin applies the rule of
    ``permissions.may_edit_participation`` and records history like the checklist. The event of a
    participation is fixed once it exists; old versions can be looked at, not reverted to.
    """

    form = ParticipationAdminForm
    list_display = ("event", "organization", "person", "role", "status")
    list_filter = ("role", "status", ("organization", admin.RelatedOnlyFieldListFilter))
    search_fields = ("event__title", "person", "notes", "organization__acronym")
    autocomplete_fields = ("event", "organization")
    list_select_related = ("event", "organization")

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return ("event",) if obj is not None else ()

    def _may_write(self, request: HttpRequest, obj: Participation | None) -> bool:
        return obj is None or permissions.may_edit_participation(request.user, obj.event, obj.organization_id)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_change_permission(request, obj) and self._may_write(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_delete_permission(request, obj) and self._may_write(request, obj)

    def save_model(self, request: HttpRequest, obj: Participation, form: Any, change: bool) -> None:
        data = services.ParticipationData(
            organization=obj.organization, role=obj.role, status=obj.status, person=obj.person, notes=obj.notes
        )
        if change:
            stored = Participation.objects.select_related("event").get(pk=obj.pk)
            token = services.participation_token(stored)
            saved = services.update_participation(stored, data, expected_token=token, by=request.user)
        else:
            saved = services.create_participation(obj.event, data, by=request.user)
        obj.pk = saved.pk

    def delete_model(self, request: HttpRequest, obj: Participation) -> None:
        services.delete_participation(obj, expected_token=services.participation_token(obj), by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Participation]) -> None:
        for participation in queryset.select_related("event"):
            self.delete_model(request, participation)
