"""Filters of the register and the mandates list, shared by the pages and the exports.

Query parameters are a public contract, like the calendar's: ``area``, ``status``,
``organization``, ``level``, ``resources`` and ``q`` on ``/register/``; ``q``, ``body``,
``instrument``, ``topic`` and ``kind`` on ``/mandates/``. Repeating a parameter matches any of its
values; different parameters combine with AND.
"""

from __future__ import annotations

import html
from typing import Any

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, QuerySet
from django.forms.utils import flatatt
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from synergies.core.search import matching_every_word
from synergies.directory.models import Body, Instrument, Organization, Topic
from synergies.register.models import Activity, CooperationArea, Mandate


class _PlainErrors:
    form: Any

    def error_text(self) -> str:
        """Why the filter was refused, in plain words, naming each parameter."""
        return "; ".join(
            gettext("%(parameter)s: %(errors)s") % {"parameter": name, "errors": " ".join(errors)}
            for name, errors in self.form.errors.items()
        )


class QuickSelectMultiple(forms.SelectMultiple):
    """A multiple select whose options are written here rather than through one template each.

    The same HTML as Django's widget; the register's area list has a hundred options (and a
    synthetic one thousands), and rendering each through the template engine cost more than the
    rest of the filter form.
    """

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> SafeString:
        chosen = {str(item) for item in (value or []) if item is not None}
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        options = "".join(
            f'<option value="{html.escape(str(key))}"{" selected" if str(key) in chosen else ""}>'
            f"{html.escape(str(label))}</option>"
            for key, label in self.choices
        )
        return mark_safe(f"<select{flatatt(final_attrs)} multiple>{options}</select>")  # noqa: S308 - escaped


class ActivityFilter(_PlainErrors, django_filters.FilterSet):
    area = django_filters.ModelMultipleChoiceFilter(
        label=_("Area"),
        queryset=CooperationArea.objects.only("slug", "name"),
        to_field_name="slug",
        field_name="area__slug",
        widget=QuickSelectMultiple,
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Activity.Status.choices, widget=forms.CheckboxSelectMultiple
    )
    organization = django_filters.ModelMultipleChoiceFilter(
        label=_("Organization (lead or partner)"),
        queryset=Organization.objects.all(),
        to_field_name="acronym",
        method="filter_organization",
        widget=QuickSelectMultiple,
    )
    level = django_filters.MultipleChoiceFilter(
        label=_("Cooperation level"),
        choices=Activity.Level.choices,
        field_name="cooperation_level",
        widget=forms.CheckboxSelectMultiple,
    )
    resources = django_filters.ChoiceFilter(
        label=_("Resource implications"),
        choices=[("yes", _("May have resource implications")), ("no", _("None"))],
        method="filter_resources",
        empty_label=_("Any"),
    )
    q = django_filters.CharFilter(label=_("Search"), method="filter_text")

    class Meta:
        model = Activity
        fields: list[str] = []

    def filter_organization(self, queryset: QuerySet[Activity], name: str, value: Any) -> QuerySet[Activity]:
        if not value:
            return queryset
        leads = Activity.lead_organizations.through.objects.filter(activity=OuterRef("pk"), organization__in=value)
        partners = Activity.partner_organizations.through.objects.filter(
            activity=OuterRef("pk"), organization__in=value
        )
        return queryset.filter(Exists(leads) | Exists(partners))

    def filter_resources(self, queryset: QuerySet[Activity], name: str, value: str) -> QuerySet[Activity]:
        if not value:
            return queryset
        return queryset.filter(resource_implications=(value == "yes"))

    def filter_text(self, queryset: QuerySet[Activity], name: str, value: str) -> QuerySet[Activity]:
        return matching_every_word(queryset, value, ("short_title", "text", "other_partners", "outputs"))


class MandateFilter(_PlainErrors, django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Reference or words"), method="filter_text")
    body = django_filters.ModelMultipleChoiceFilter(
        label=_("Issuing body"),
        queryset=Body.objects.filter(mandates__isnull=False).distinct(),
        to_field_name="code",
        field_name="body__code",
    )
    instrument = django_filters.ModelMultipleChoiceFilter(
        label=_("Instrument"), queryset=Instrument.objects.all(), to_field_name="code", method="filter_related"
    )
    topic = django_filters.ModelMultipleChoiceFilter(
        label=_("Topic"), queryset=Topic.objects.all(), to_field_name="slug", method="filter_related"
    )
    kind = django_filters.MultipleChoiceFilter(
        label=_("Kind"), choices=Mandate.Kind.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Mandate
        fields: list[str] = []

    def filter_related(self, queryset: QuerySet[Mandate], name: str, value: Any) -> QuerySet[Mandate]:
        if not value:
            return queryset
        through = Mandate._meta.get_field(f"{name}s").remote_field.through  # type: ignore[union-attr]
        return queryset.filter(Exists(through.objects.filter(mandate=OuterRef("pk"), **{f"{name}__in": value})))

    def filter_text(self, queryset: QuerySet[Mandate], name: str, value: str) -> QuerySet[Mandate]:
        return matching_every_word(
            queryset, value, ("reference", "title", "excerpt", "meeting_text", "body__acronym", "body__name")
        )
