"""Sending the due digests through Django's e-mail backend (locmem in tests) and through django-tasks."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.management import call_command
from django.test import Client, override_settings
from django_tasks import TaskResultStatus
from docx import Document

from synergies.core.actors import SYSTEM
from synergies.digests.models import DigestDelivery
from synergies.digests.sending import DOCX_TYPE, send_due_digests
from synergies.digests.tasks import send_digests
from synergies.digests.tests.conftest import MONDAY, World, subscribe
from synergies.directory.models import Region, Topic

pytestmark = pytest.mark.django_db


def _html(message: EmailMessage) -> str:
    assert isinstance(message, EmailMultiAlternatives)
    ((content, mimetype),) = message.alternatives
    assert mimetype == "text/html" and isinstance(content, str)
    return content


def test_the_digest_has_text_and_html_parts_and_names_its_period(subscriber: User, world: World) -> None:
    subscription = subscribe(subscriber, rhythm="weekly")
    report = send_due_digests(MONDAY, by=SYSTEM)

    assert [(s.subscription, s.rhythm, s.recipient, s.events) for s in report.sent] == [
        (subscription.pk, "weekly", "subscriber@example.org", 3)
    ]
    assert report.sent_by_rhythm() == {"weekly": 1, "monthly": 0}
    (message,) = mail.outbox
    assert message.to == ["subscriber@example.org"]
    assert message.subject == "Synergies weekly digest: week of 4 March 2030"
    for title in ("Synthetic mercury workshop", "Synthetic plastics dialogue", "Synthetic internal retreat"):
        assert title in message.body
        assert title in _html(message)
    assert "http://127.0.0.1:8000/coordination/digests/" in message.body
    assert 'href="http://127.0.0.1:8000/coordination/digests/"' in _html(message)
    assert _html(message).rstrip().endswith("</html>")
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"

    delivery = DigestDelivery.objects.get()
    assert (delivery.subscription, delivery.period_start, delivery.period_end) == (
        subscription,
        MONDAY,
        MONDAY + timedelta(days=6),
    )
    assert (delivery.list_start, delivery.list_end, delivery.event_count) == (MONDAY, MONDAY + timedelta(days=89), 3)
    assert delivery.message_id == message.extra_headers["Message-ID"] == message.message()["Message-ID"]


def test_a_monthly_digest_names_its_month_in_the_subscribers_language(subscriber: User, world: World) -> None:
    subscribe(subscriber, rhythm="monthly", language="fr")
    send_due_digests(MONDAY, by=SYSTEM)
    (message,) = mail.outbox
    assert "mars 2030" in message.subject
    assert DigestDelivery.objects.get().period_start.isoformat() == "2030-03-01"


@pytest.mark.parametrize(
    ("filters", "titles"),
    [
        ({"topics": "mercury"}, ["Synthetic mercury workshop"]),
        ({"organizations": "other"}, ["Synthetic plastics dialogue"]),
        ({"regions": "africa"}, ["Synthetic internal retreat"]),
    ],
)
def test_the_subscribers_filters_are_applied(
    subscriber: User, world: World, africa: Region, filters: dict[str, str], titles: list[str]
) -> None:
    options: dict[str, dict[str, Any]] = {
        "topics": {"topics": [Topic.objects.get(slug="mercury")]},
        "organizations": {"organizations": [world.other]},
        "regions": {"regions": [africa]},
    }
    chosen = options[next(iter(filters))]
    subscribe(subscriber, **chosen)
    send_due_digests(MONDAY, by=SYSTEM)
    (message,) = mail.outbox
    all_titles = ["Synthetic mercury workshop", "Synthetic plastics dialogue", "Synthetic internal retreat"]
    assert [title for title in all_titles if title in message.body] == titles
    assert [title for title in all_titles if title in _html(message)] == titles


def test_the_horizon_limits_the_list(subscriber: User, world: World) -> None:
    subscribe(subscriber, horizon_days=14)
    send_due_digests(MONDAY, by=SYSTEM)
    (message,) = mail.outbox
    assert "Synthetic mercury workshop" in message.body
    assert "Synthetic plastics dialogue" not in message.body  # 20 March, beyond the 14 days


def test_a_subscriber_who_is_no_longer_staff_receives_nothing(subscriber: User, world: World) -> None:
    subscription = subscribe(subscriber)
    subscriber.is_staff = False
    subscriber.save()
    report = send_due_digests(MONDAY, by=SYSTEM)
    assert mail.outbox == []
    assert [(s.subscription, s.reason) for s in report.skipped] == [
        (subscription.pk, "the subscriber is no longer staff of the cluster")
    ]
    assert not DigestDelivery.objects.exists()


def test_paused_digests_and_inactive_accounts_are_not_sent(subscriber: User, world: World) -> None:
    subscribe(subscriber, active=False)
    send_due_digests(MONDAY, by=SYSTEM)
    assert mail.outbox == []


def test_sending_twice_for_the_same_period_sends_nothing_new(subscriber: User, world: World) -> None:
    subscribe(subscriber, rhythm="weekly")
    subscribe(subscriber, rhythm="monthly")
    first = send_due_digests(MONDAY, by=SYSTEM)
    second = send_due_digests(MONDAY + timedelta(days=2), by=SYSTEM)
    assert len(first.sent) == 2
    assert (second.sent, second.already_sent) == ([], 2)
    assert len(mail.outbox) == 2
    assert DigestDelivery.objects.count() == 2
    next_week = send_due_digests(MONDAY + timedelta(days=7), by=SYSTEM)
    assert next_week.sent_by_rhythm() == {"weekly": 1, "monthly": 0}
    assert len(mail.outbox) == 3


def test_the_word_document_can_be_attached(subscriber: User, world: World) -> None:
    subscribe(subscriber, attach_docx=True)
    send_due_digests(MONDAY, by=SYSTEM)
    (message,) = mail.outbox
    ((filename, content, mimetype),) = message.attachments
    assert (filename, mimetype) == ("synergies-digest-2030-03-04.docx", DOCX_TYPE)
    text = "\n".join(paragraph.text for paragraph in Document(io.BytesIO(content)).paragraphs)
    assert "Synthetic mercury workshop" in text or any(
        "Synthetic mercury workshop" in cell.text
        for table in Document(io.BytesIO(content)).tables
        for row in table.rows
        for cell in row.cells
    )


def test_the_task_sends_through_django_tasks(subscriber: User, world: World) -> None:
    subscribe(subscriber)
    result = send_digests.enqueue(MONDAY.isoformat())
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value is not None
    assert result.return_value["sent_by_rhythm"] == {"weekly": 1, "monthly": 0}
    assert result.return_value["sent"][0]["period_start"] == "2030-03-04"
    assert len(mail.outbox) == 1
    again = send_digests.enqueue(MONDAY.isoformat()).return_value
    assert again is not None and again["already_sent"] == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_the_database_worker_sends_the_queued_digests(subscriber: User, world: World) -> None:
    from django_tasks_db.models import DBTaskResult

    subscribe(subscriber)
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        queued = send_digests.enqueue(MONDAY.isoformat())
        assert queued.status == TaskResultStatus.READY
        assert mail.outbox == []
        call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)
        stored = DBTaskResult.objects.get(id=queued.id)
        assert stored.status == TaskResultStatus.SUCCESSFUL
        assert stored.return_value is not None
        assert stored.return_value["sent_by_rhythm"]["weekly"] == 1
    assert len(mail.outbox) == 1
    assert DigestDelivery.objects.count() == 1


def test_the_database_refuses_a_second_delivery_for_the_same_period(subscriber: User, world: World) -> None:
    """What a concurrent run meets after the first one sent: an error, and no message."""
    from django.db import IntegrityError

    from synergies.digests.sending import send_digest

    subscription = subscribe(subscriber)
    send_digest(subscription, today=MONDAY, by=SYSTEM)
    with pytest.raises(IntegrityError):
        send_digest(subscription, today=MONDAY + timedelta(days=1), by=SYSTEM)
    assert len(mail.outbox) == 1
    assert DigestDelivery.objects.count() == 1


def test_administrators_see_subscriptions_and_deliveries(
    admin_user: User, subscriber: User, world: World, client: Client
) -> None:
    subscription = subscribe(subscriber)
    send_due_digests(MONDAY, by=SYSTEM)
    client.force_login(admin_user)
    assert client.get("/admin/digests/digestsubscription/").status_code == 200
    assert (
        "subscriber@example.org"
        in client.get(f"/admin/digests/digestsubscription/{subscription.pk}/change/").content.decode()
    )
    assert client.get("/admin/digests/digestdelivery/").status_code == 200
    assert client.get("/admin/digests/digestsubscription/add/").status_code == 403


def test_a_subscriber_whose_address_was_removed_is_skipped(subscriber: User, world: World) -> None:
    subscribe(subscriber)
    subscriber.email = ""
    subscriber.save()
    report = send_due_digests(MONDAY, by=SYSTEM)
    assert [s.reason for s in report.skipped] == ["the subscriber has no e-mail address"]
    assert mail.outbox == []
