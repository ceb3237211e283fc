"""Data stewards can look at the register in the admin; writes stay with the services."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from synergies.core.actors import SYSTEM
from synergies.register import services
from synergies.testing import make_activity, make_area, make_mandate, make_organization

pytestmark = pytest.mark.django_db


def test_admin_lists_and_pages_of_the_register_load_read_only(admin_user: Any) -> None:
    client = Client()
    client.force_login(admin_user)
    area = make_area()
    activity = make_activity(area=area)
    mandate = make_mandate(areas=[area])
    focal_point = services.create_or_update_focal_point(
        organization=make_organization(),
        name="Test focal point (synthetic)",
        area=area,
        role="Area focal point",
        by=SYSTEM,
    )
    story = services.create_success_story(
        services.StoryData(title="Synthetic story", text="Text.", activity=activity), by=SYSTEM
    )
    for model, obj in [
        ("cooperationarea", area),
        ("activity", activity),
        ("mandate", mandate),
        ("focalpoint", focal_point),
        ("successstory", story),
    ]:
        assert client.get(reverse(f"admin:register_{model}_changelist")).status_code == 200
        assert client.get(reverse(f"admin:register_{model}_change", args=[obj.pk])).status_code == 200
        assert client.get(reverse(f"admin:register_{model}_add")).status_code == 403
    assert client.get(reverse("admin:register_activity_history", args=[activity.pk])).status_code == 200


def test_the_history_page_of_an_old_version_does_not_send_it_back(admin_user: Any) -> None:
    """simple_history's "revert" would save the old version past the services; the register's admin refuses it."""
    from dataclasses import replace

    from synergies.register.models import Activity

    activity = make_activity(short_title="First title (synthetic)")
    services.update_activity(
        activity,
        replace(services.ActivityData.from_activity(activity), short_title="Second title (synthetic)"),
        expected_version=1,
        by=SYSTEM,
    )
    first = Activity.history.filter(id=activity.pk).earliest("history_date")
    client = Client()
    client.force_login(admin_user)
    url = reverse("admin:register_activity_simple_history", args=[activity.pk, first.history_id])
    assert client.get(url).status_code == 200
    assert client.post(url, {"short_title": "First title (synthetic)"}).status_code == 403
    activity.refresh_from_db()
    assert (activity.short_title, activity.version) == ("Second title (synthetic)", 2)
