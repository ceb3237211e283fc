from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from synergies.alignment.models import FindingReview
from synergies.core.dates import SaneDateField
from synergies.directory.models import Organization, Region, Topic


class AlignmentForm(forms.Form):
    """The period and focus of the coordination page; every field optional but the period."""

    start = SaneDateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = SaneDateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All regions"),
    )
    organization = forms.ModelChoiceField(
        label=_("Organization"),
        queryset=Organization.objects.all(),
        to_field_name="acronym",
        required=False,
        empty_label=_("All organizations"),
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All topics"),
    )
    show_dismissed = forms.BooleanField(label=_("Show dismissed findings"), required=False)

    MAX_DAYS = 3 * 366

    @staticmethod
    def default_period() -> tuple[date, date]:
        today = timezone.localdate()
        return today, today + timedelta(days=180)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end:
            if end < start:
                self.add_error("end", _("The period ends before it starts."))
            elif (end - start).days > self.MAX_DAYS:
                self.add_error("end", _("Choose a period of at most three years."))
        return data


class ReviewForm(forms.Form):
    kind = forms.ChoiceField(choices=FindingReview.Kind.choices, widget=forms.HiddenInput)
    events = forms.CharField(widget=forms.HiddenInput)
    extra = forms.CharField(required=False, widget=forms.HiddenInput)
    decision = forms.ChoiceField(label=_("Decision"), choices=FindingReview.Decision.choices)
    reason = forms.CharField(label=_("Reason"), required=False, max_length=2000)
    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_events(self) -> list[int]:
        try:
            ids = [int(part) for part in self.cleaned_data["events"].split(",") if part]
        except ValueError:
            raise forms.ValidationError(_("The finding's events are not valid.")) from None
        if not ids:
            raise forms.ValidationError(_("The finding's events are not valid."))
        return ids
