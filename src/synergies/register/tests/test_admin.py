"""Data stewards can look at the register in the admin; writes stay with the services."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from synergies.core.actors import SYSTEM
from synergies.register import services
from synergies.testing import make_activity, make_area, make_mandate, make_organization

pytestmark = pytest.mark.django_db


def test_admin_lists_and_pages_of_the_register_load_read_only(admin_user):
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
