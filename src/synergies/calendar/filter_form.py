"""The filter form of ``/events/``: the shared ``EventFilter`` with selects for the page, and the form
that says how the page is shown (agenda, month grid or year overview).

The filters themselves (their parameters, what they match, how a query is cleaned) are in
``calendar.filters``, shared with the feeds, the widget and the API; this module only dresses them
for the HTML page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import flatatt
from django.http import HttpRequest, QueryDict
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from synergies.calendar import queries
from synergies.calendar.filters import EventFilter
from synergies.calendar.models import Event
from synergies.directory.models import Country, Instrument, Region, Topic

#: How ``/events/`` can be shown; the first is the default.
VIEWS = ("agenda", "month", "year")
#: The form reads in the order of the documented parameters ("from" was renamed, so it came last).
FORM_ORDER = ("q", "organizer", "instrument", "topic", "region", "country", "kind", "status", "from", "to")


class FilterSelect(forms.SelectMultiple):
    """A plain ``<select>`` with an "all" option, that turns into a multiple select when the URL
    holds several values (``?topic=mercury&topic=pcbs``), so every filter URL shows as it filters.

    Rendered in Python from plain ``(value, label)`` rows: the country list alone has 250 options,
    and a template (or a model instance) per option would cost more than the rest of the page.
    """

    def __init__(self, any_label: str, options: Callable[[], Iterable[tuple[Any, Any]]]) -> None:
        super().__init__()
        self.any_label = any_label
        self.option_rows = options

    def value_from_datadict(self, data: Any, files: Any, name: str) -> list[str]:
        return [value for value in super().value_from_datadict(data, files, name) if value]

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> SafeString:
        selected = {str(item) for item in self.format_value(value)}
        final_attrs = self.build_attrs(self.attrs, attrs)
        final_attrs["name"] = name
        multiple = len(selected) > 1
        if multiple:
            final_attrs["multiple"] = True
        lines = [] if multiple else [f'<option value="">{escape(self.any_label)}</option>']
        for option_value, label in self.option_rows():
            key = str(option_value)
            mark = " selected" if key in selected else ""
            lines.append(f'<option value="{escape(key)}"{mark}>{escape(label)}</option>')
        return format_html("<select{}>\n{}\n</select>", flatatt(final_attrs), mark_safe("\n".join(lines)))  # noqa: S308


#: What each filter's select offers (read at each rendering), and what its "all" option says.
_SELECTS: dict[str, tuple[Any, Callable[[], Iterable[tuple[Any, Any]]]]] = {
    "organizer": (gettext_lazy("All organizers"), queries.organizer_options),
    "instrument": (gettext_lazy("All instruments"), queries.options(Instrument, "code", "short_name")),
    "topic": (gettext_lazy("All topics"), queries.options(Topic, "slug", "name")),
    "region": (gettext_lazy("All regions"), queries.options(Region, "code", "name")),
    "country": (gettext_lazy("All countries"), queries.options(Country, "code", "name")),
    "kind": (gettext_lazy("All kinds"), lambda: Event.Kind.choices),
    "status": (gettext_lazy("All statuses"), lambda: Event.Status.choices),
}


def event_filter(request: HttpRequest, data: QueryDict) -> EventFilter:
    """The shared ``EventFilter`` over what ``request.user`` may see, with selects for the page."""
    filterset = EventFilter(data, queryset=Event.objects.visible_to(request.user), request=request)
    fields = filterset.form.fields
    for name, (any_label, options) in _SELECTS.items():
        fields[name].widget = FilterSelect(str(any_label), options)
    fields["q"].widget.attrs.update({"type": "search"})
    fields["from"].help_text = _("Empty: from today.")
    filterset.form.fields = {name: fields[name] for name in FORM_ORDER}
    return filterset


class CalendarViewForm(forms.Form):
    """How ``/events/`` is shown: ``view`` (agenda, month, year), ``month`` and ``year``."""

    view = forms.ChoiceField(
        label=gettext_lazy("Show as"),
        required=False,
        choices=[("agenda", gettext_lazy("Agenda")), ("month", gettext_lazy("Month")), ("year", gettext_lazy("Year"))],
    )
    month = forms.CharField(
        label=gettext_lazy("Month"),
        required=False,
        help_text=gettext_lazy("Year and month, e.g. 2015-05."),
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "2015-05", "pattern": r"\d{4}-\d{2}"}),
    )
    year = forms.IntegerField(label=gettext_lazy("Year"), required=False, min_value=1900, max_value=2200)

    def clean_view(self) -> str:
        return self.cleaned_data["view"] or "agenda"

    def clean_month(self) -> date | None:
        text = self.cleaned_data["month"].strip()
        if not text:
            return None
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
        if match is None or not 1900 <= int(match[1]) <= 2200 or not 1 <= int(match[2]) <= 12:
            raise ValidationError(
                _("“%(value)s” is not a month: give the year and the month, e.g. 2015-05.") % {"value": text}
            )
        return date(int(match[1]), int(match[2]), 1)


def error_list(form: forms.Form) -> list[dict[str, str]]:
    """Each refused value, named, with the id of its field so the summary can link to it."""
    errors: list[dict[str, str]] = []
    for name, messages in form.errors.items():
        label = str(form.fields[name].label) if name in form.fields else name
        field_id = f"id_{name}" if name in form.fields else ""
        errors.extend({"label": label, "message": str(message), "field_id": field_id} for message in messages)
    return errors
