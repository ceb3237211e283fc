"""The calendar's filters, shared by the HTML pages, every feed and export, and the API.

Query parameters are part of the stable public contract (people subscribe to filtered feeds):
``organizer``, ``instrument``, ``topic``, ``region``, ``country``, ``kind``, ``status``, ``from``,
``to`` and ``q``. Each of the first seven may be repeated (``?topic=mercury&topic=pcbs``) and matches
any of the values given; different parameters combine with AND.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from synergies.calendar.models import Event, EventOrganizer
from synergies.core.dates import validate_sane_date
from synergies.core.search import matching_every_word
from synergies.directory.models import Country, Instrument, Organization, Region, Topic

FILTER_PARAMETERS = ("organizer", "instrument", "topic", "region", "country", "kind", "status", "from", "to", "q")


def clean_query(query: QueryDict) -> QueryDict:
    """The query without empty values: an untouched form field submits ``organizer=``."""
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        kept = [value for value in values if value.strip()]
        if kept:
            cleaned.setlist(key, kept)
    return cleaned


def filter_query(query: QueryDict) -> QueryDict:
    """Only the public filter parameters: what a feed or export of the same view takes."""
    kept = QueryDict(mutable=True)
    for key in FILTER_PARAMETERS:
        values = query.getlist(key)
        if values:
            kept.setlist(key, values)
    return kept


class EventFilter(django_filters.FilterSet):
    organizer = django_filters.ModelMultipleChoiceFilter(
        label=_("Organizer"), queryset=Organization.objects.all(), to_field_name="acronym", method="filter_organizer"
    )
    instrument = django_filters.ModelMultipleChoiceFilter(
        label=_("Instrument"), queryset=Instrument.objects.all(), to_field_name="code", method="filter_related"
    )
    topic = django_filters.ModelMultipleChoiceFilter(
        label=_("Topic"), queryset=Topic.objects.all(), to_field_name="slug", method="filter_related"
    )
    region = django_filters.ModelMultipleChoiceFilter(
        label=_("Region"), queryset=Region.objects.all(), to_field_name="code", method="filter_region"
    )
    country = django_filters.ModelMultipleChoiceFilter(
        label=_("Country"), queryset=Country.objects.all(), to_field_name="code", method="filter_country"
    )
    # distinct=False: plain columns never repeat a row, and SELECT DISTINCT over whole events (with
    # their descriptions) makes the database sort every match before it can return one page.
    kind = django_filters.MultipleChoiceFilter(label=_("Kind"), choices=Event.Kind.choices, distinct=False)
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=Event.Status.choices, distinct=False)
    from_ = django_filters.DateFilter(
        label=_("From"),
        field_name="end_date",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_sane_date],
    )
    to = django_filters.DateFilter(
        label=_("To"),
        field_name="start_date",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_sane_date],
    )
    q = django_filters.CharFilter(label=_("Search"), method="filter_text")

    class Meta:
        model = Event
        fields: list[str] = []

    def __init__(self, data: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        # "from" is a Python keyword: the attribute is from_, the public parameter stays "from".
        self.filters["from"] = self.filters.pop("from_")

    # Many-valued relations are matched with EXISTS, so an event never appears twice.
    def filter_organizer(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        if not value:
            return queryset
        return queryset.filter(Exists(EventOrganizer.objects.filter(event=OuterRef("pk"), organization__in=value)))

    def filter_related(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        if not value:
            return queryset
        through = Event._meta.get_field(f"{name}s").remote_field.through  # type: ignore[union-attr]
        column = f"{name}_id"
        return queryset.filter(Exists(through.objects.filter(event=OuterRef("pk"), **{f"{column}__in": value})))

    def filter_country(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        """Events held in, or aimed at, one of the countries."""
        if not value:
            return queryset
        targeted = Event.target_countries.through.objects.filter(event=OuterRef("pk"), country__in=value)
        return queryset.filter(Q(country__in=value) | Exists(targeted))

    def filter_region(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        """Events aimed at the region, or held in one of its countries."""
        if not value:
            return queryset
        targeted = Event.target_regions.through.objects.filter(event=OuterRef("pk"), region__in=value)
        held_in = Country.regions.through.objects.filter(country=OuterRef("country"), region__in=value)
        return queryset.filter(Exists(targeted) | Exists(held_in))

    def filter_text(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        return matching_every_word(queryset, value, ("title", "description", "venue", "city"))

    # --- for feeds and headings ---------------------------------------------------------------

    def describe(self) -> str:
        """The active filters in words, e.g. "Topic: Mercury · Region: African States"; used to name feeds."""
        if not self.is_bound or not self.is_valid():
            return ""
        parts: list[str] = []
        for name, filter_ in self.filters.items():
            value = self.form.cleaned_data.get(name)
            if value in (None, "", []) or (hasattr(value, "exists") and not value):
                continue
            if isinstance(value, date):
                text = value.isoformat()
            elif isinstance(value, str):
                text = value
            elif name in ("kind", "status"):
                choices = dict(Event.Kind.choices if name == "kind" else Event.Status.choices)
                text = ", ".join(str(choices.get(v, v)) for v in value)
            else:
                text = ", ".join(str(obj) for obj in value)
            parts.append(f"{filter_.label}: {text}")
        return " · ".join(parts)

    def error_text(self) -> str:
        """Why the filter was refused, in plain words, naming each parameter."""
        messages = []
        for name, errors in self.form.errors.items():
            messages.append(gettext("%(parameter)s: %(errors)s") % {"parameter": name, "errors": " ".join(errors)})
        return "; ".join(messages)
