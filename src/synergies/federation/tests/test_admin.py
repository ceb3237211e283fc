"""The federation's admin: administrators manage feed sources; runs and provenance are read-only."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from synergies.core.actors import SYSTEM
from synergies.federation.formats.ics import parse_ics
from synergies.federation.models import FeedSource, HarvestedEvent, HarvestRun
from synergies.federation.services import import_feed
from synergies.testing import make_feed_source, make_organization, make_user

pytestmark = pytest.mark.django_db

FEED = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Synthetic//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
    b"SUMMARY:Synthetic\r\nDTSTART;VALUE=DATE:20300101\r\nLOCATION:Rome, Italy\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_admin_pages_load_and_runs_cannot_be_edited() -> None:
    partner = make_organization("PARTNER")
    source = make_feed_source("partner", "https://example.org/a.ics", organization=partner)
    import_feed(FEED, reader=parse_ics, organization=partner, location="synthetic.ics", source=source, by=SYSTEM)
    client = Client()
    client.force_login(make_user("root", is_staff=True, is_superuser=True))
    for model, obj in (
        (FeedSource, source),
        (HarvestRun, HarvestRun.objects.get()),
        (HarvestedEvent, HarvestedEvent.objects.get()),
    ):
        opts = model._meta
        assert client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")).status_code == 200
        assert client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])).status_code == 200
    assert client.get(reverse("admin:federation_harvestrun_add")).status_code == 403
