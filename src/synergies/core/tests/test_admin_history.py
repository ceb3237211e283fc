"""Every admin of ours that shows history lets people look at old versions, never revert to them.

simple_history's page of an old version saves whatever is posted back to it, whatever the admin's
change permission says; a revert there would skip the services. The behaviour itself is tested on
events, participation and register records (calendar/ and register/ tests); this checks that no admin
of ours is left out, including ones added later.
"""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from synergies.core.admin import LookOnlyHistoryAdmin, ReadOnlyHistoryAdmin


def test_every_history_admin_of_ours_is_look_only() -> None:
    ours = {
        model: model_admin
        for model, model_admin in admin.site._registry.items()
        if model.__module__.startswith("synergies.")
    }
    with_history = {
        model.__name__: type(model_admin)
        for model, model_admin in ours.items()
        if isinstance(model_admin, SimpleHistoryAdmin)
    }
    assert {"Event", "Participation", "Activity", "Mandate", "CommunicationItem", "FindingReview"} <= set(with_history)
    left_out = sorted(name for name, cls in with_history.items() if not issubclass(cls, LookOnlyHistoryAdmin))
    assert left_out == []


def test_records_written_only_by_services_are_read_only_in_the_admin() -> None:
    read_only = {
        model.__name__
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, ReadOnlyHistoryAdmin)
    }
    assert {"Event", "Activity", "Mandate", "CommunicationItem", "EventChecklist", "FindingReview"} <= read_only
