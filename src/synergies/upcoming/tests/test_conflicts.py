"""Two editors edit the same communication opportunity: the second gets core's conflict page (synthetic data)."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.urls import reverse

from synergies.calendar.models import Event
from synergies.upcoming import services
from synergies.upcoming.tests.conftest import Cluster, client_for
from synergies.upcoming.tests.test_pages import cop  # noqa: F401  (the fixture: a synthetic COP with one communication)


def test_stale_communication_edit_gets_the_table_then_save_anyway(
    cop: Event,  # noqa: F811
    cluster: Cluster,
    brs_editor: User,
) -> None:
    item = cop.communication_items.get()
    stale = item.version
    data = services.CommunicationData(organization=item.organization, title="Renamed by a colleague", kind=item.kind)
    services.update_communication(item, data, expected_version=stale, by=brs_editor)
    address = reverse("upcoming:communication_edit", args=[item.pk])
    mine = {
        "organization": cluster.brs.pk,
        "kind": item.kind,
        "title": "Mine",
        "status": "planned",
        "notes": "",
        "version": stale,
    }
    response = client_for(brs_editor).post(address, mine)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Renamed by a colleague" in page and "Save anyway" in page and "brs-editor" in page
    again = client_for(brs_editor).post(address, {**mine, "version": stale + 1})
    assert again.status_code == 302
    item.refresh_from_db()
    assert item.title == "Mine"
    history = client_for(brs_editor).get(reverse("upcoming:event", args=[cop.pk])).content.decode()
    assert "Renamed by a colleague" in history and "Mine" in history
