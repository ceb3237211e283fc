from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from synergies.digests.models import DEFAULT_HORIZON_DAYS, MAX_HORIZON_DAYS, MIN_HORIZON_DAYS, DigestSubscription
from synergies.digests.services import SubscriptionData
from synergies.directory.models import Organization


class OrganizationChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.acronym} — {obj.name}"


class SubscriptionForm(forms.ModelForm):
    """The subscriber's choices; the service decides whether they are allowed and saves them."""

    organizations = OrganizationChoiceField(
        label=_("Organizations"),
        queryset=Organization.objects.order_by("acronym"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only events these organizations organize or take part in. None ticked: all organizations."),
    )

    horizon_days = forms.IntegerField(
        label=_("Horizon (days)"),
        min_value=MIN_HORIZON_DAYS,
        max_value=MAX_HORIZON_DAYS,
        initial=DEFAULT_HORIZON_DAYS,
        error_messages={
            "min_value": _("Choose at least %(limit_value)s days."),
            "max_value": _("Choose at most %(limit_value)s days."),
        },
    )

    class Meta:
        model = DigestSubscription
        fields = ["rhythm", "horizon_days", "organizations", "topics", "regions", "language", "attach_docx", "active"]
        widgets = {
            "rhythm": forms.RadioSelect,
            "topics": forms.CheckboxSelectMultiple,
            "regions": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "topics": _("Only events on these topics. None ticked: all topics."),
            "regions": _("Only events for these regions. None ticked: all regions."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["horizon_days"].help_text = _(
            "How many days ahead each digest looks, from the day it is sent: %(low)s to %(high)s."
        ) % {"low": MIN_HORIZON_DAYS, "high": MAX_HORIZON_DAYS}

    def to_data(self) -> SubscriptionData:
        return SubscriptionData.from_cleaned(self.cleaned_data)

    def add_service_errors(self, error: ValidationError) -> None:
        """Show the service's refusal beside the field it names, or at the top."""
        if hasattr(error, "error_dict"):
            for name, messages in error.message_dict.items():
                self.add_error(None if name == NON_FIELD_ERRORS or name not in self.fields else name, messages)
        else:
            self.add_error(None, error.messages)

    def error_summary(self) -> list[tuple[str, str, str]]:
        """(anchor id, label, message) for every error, the links of the summary at the top of the page."""
        rows = [("", "", str(message)) for message in self.non_field_errors()]
        for name, messages in self.errors.items():
            if name != NON_FIELD_ERRORS:
                bound = self[name]
                anchor = bound.id_for_label or f"field-{bound.html_name}"
                rows += [(anchor, str(bound.label), str(message)) for message in messages]
        return rows
