"""``synergies demo --no-serve``: one command sets up the database with the demo set and the register."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from synergies.accounts.models import Membership
from synergies.core.models import DemoDataset
from synergies.register.models import Activity, CooperationArea

pytestmark = pytest.mark.django_db(transaction=True)


def test_demo_loads_calendar_and_register_once_and_makes_demo_accounts(capsys: pytest.CaptureFixture[str]) -> None:
    options = ["--no-serve"] if connection.vendor == "sqlite" else ["--no-serve", "--allow-any-database"]
    call_command("demo", *options)
    assert DemoDataset.objects.count() == 1
    assert CooperationArea.objects.count() == 25
    assert Activity.objects.filter(events__isnull=False).exists()
    users = get_user_model().objects
    assert users.get(username="demo-admin").is_superuser
    assert Membership.objects.get(user__username="demo-editor-brs").organization.acronym == "BRS"
    first_password = users.get(username="demo-admin").password

    call_command("demo", *options)
    assert "already loaded" in capsys.readouterr().err
    assert DemoDataset.objects.count() == 1
    assert users.get(username="demo-admin").password != first_password  # fresh passwords each start


@pytest.mark.skipif(connection.vendor == "sqlite", reason="the refusal concerns databases other than SQLite")
def test_demo_refuses_another_database_unless_told() -> None:
    with pytest.raises(CommandError, match="meant for the embedded SQLite database"):
        call_command("demo", "--no-serve")
