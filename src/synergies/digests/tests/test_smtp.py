"""Integration: the digests go through Django's SMTP backend to a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import User
from django.test import override_settings

from synergies.core.actors import SYSTEM
from synergies.digests.models import DigestDelivery
from synergies.digests.sending import send_due_digests
from synergies.digests.tests.conftest import MONDAY, World, subscribe
from synergies.testing import make_user

pytestmark = pytest.mark.django_db


class Inbox:
    """An aiosmtpd handler that keeps every message and refuses the addresses it is told to."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMessage]] = []
        self.refused: set[str] = set()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]) -> str:
        if address in self.refused:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.original_content, policy=default_policy)
        assert isinstance(message, EmailMessage)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_inbox() -> Iterator[Inbox]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_TIMEOUT=10,
        ):
            yield inbox
    finally:
        controller.stop()


def test_the_digest_reaches_a_real_smtp_server_with_text_and_html_parts(
    subscriber: User, world: World, smtp_inbox: Inbox
) -> None:
    subscribe(subscriber, rhythm="weekly", attach_docx=True)
    report = send_due_digests(MONDAY, by=SYSTEM)
    assert report.failed == []

    ((recipients, message),) = smtp_inbox.messages
    assert recipients == ["subscriber@example.org"]
    assert message["To"] == "subscriber@example.org"
    assert message["Subject"] == "Synergies weekly digest: week of 4 March 2030"
    assert message["Message-ID"] == DigestDelivery.objects.get().message_id
    assert message.get_content_type() == "multipart/mixed"
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    assert "Synthetic mercury workshop" in text.get_content()
    assert "Synthetic internal retreat" in text.get_content()
    assert "<!DOCTYPE html>" in html.get_content() and "Synthetic mercury workshop" in html.get_content()
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "synergies-digest-2030-03-04.docx"
    assert attachment.get_content()[:2] == b"PK"  # a zip: the Word document


def test_a_refused_recipient_does_not_stop_the_others_nor_count_as_sent(world: World, smtp_inbox: Inbox) -> None:
    first = subscribe(make_user("first", is_staff=True, email="first@example.org"))
    refused = subscribe(make_user("refused", is_staff=True, email="refused@example.org"))
    last = subscribe(make_user("last", is_staff=True, email="last@example.org"))
    smtp_inbox.refused.add("refused@example.org")

    report = send_due_digests(MONDAY, by=SYSTEM)
    assert [s.recipient for s in report.sent] == ["first@example.org", "last@example.org"]
    assert [(f.subscription, f.recipient) for f in report.failed] == [(refused.pk, "refused@example.org")]
    assert "SMTPRecipientsRefused" in report.failed[0].reason
    assert sorted(r for recipients, _ in smtp_inbox.messages for r in recipients) == [
        "first@example.org",
        "last@example.org",
    ]
    assert set(DigestDelivery.objects.values_list("subscription", flat=True)) == {first.pk, last.pk}

    smtp_inbox.refused.clear()  # the mailbox exists again: the next run sends the missing digest, only that one
    retry = send_due_digests(MONDAY, by=SYSTEM)
    assert ([s.recipient for s in retry.sent], retry.already_sent) == (["refused@example.org"], 2)
    assert len(smtp_inbox.messages) == 3
    assert DigestDelivery.objects.count() == 3


def test_an_unreachable_server_records_nothing(subscriber: User, world: World) -> None:
    subscribe(subscriber)
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=_free_port(),
        EMAIL_TIMEOUT=5,
    ):
        report = send_due_digests(MONDAY, by=SYSTEM)
    assert report.sent == [] and len(report.failed) == 1
    assert "ConnectionRefusedError" in report.failed[0].reason
    assert not DigestDelivery.objects.exists()


def test_the_command_reports_a_failed_digest_and_exits_with_an_error(
    subscriber: User, world: World, smtp_inbox: Inbox
) -> None:
    import io

    from django.core.management import CommandError, call_command

    subscribe(subscriber)
    smtp_inbox.refused.add("subscriber@example.org")
    err = io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("digest", "--from", MONDAY.isoformat(), "--send", "--now", stdout=io.StringIO(), stderr=err)
    assert str(refused.value) == (
        "1 digest(s) could not be sent; nothing was recorded for them and the next run tries again."
    )
    assert "failed: digest" in err.getvalue() and "subscriber@example.org" in err.getvalue()
    assert not DigestDelivery.objects.exists()
