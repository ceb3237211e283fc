"""Composing and sending the digests that are due, through Django's configured e-mail backend.

Each digest is claimed and sent in one transaction: the ``DigestDelivery`` row is inserted first
(the database refuses a second one for the same subscription and period), then the message is
handed to the mail server; if that fails, the transaction is rolled back, so nothing is recorded and
the next run tries again. One subscriber's failure is reported and does not stop the others.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import make_msgid
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext as _

from synergies.calendar import wording
from synergies.core.actors import Actor
from synergies.digests.models import DigestDelivery, DigestSubscription
from synergies.digests.permissions import may_subscribe, require_sender
from synergies.digests.queries import already_sent_count, due_subscriptions, period_containing
from synergies.digests.services import record_delivery
from synergies.upcoming.queries import PeriodicList, build_periodic_list
from synergies.upcoming.rendering import as_docx, as_html, as_text

logger = logging.getLogger(__name__)

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass
class SentDigest:
    subscription: int
    rhythm: str
    recipient: str
    period_start: date
    period_end: date
    events: int


@dataclass
class NotSent:
    subscription: int
    recipient: str
    reason: str


@dataclass
class SendReport:
    """What one run did: sent, skipped (the subscriber may not receive it), failed (retried next run)."""

    day: date
    already_sent: int = 0
    sent: list[SentDigest] = field(default_factory=list)
    skipped: list[NotSent] = field(default_factory=list)
    failed: list[NotSent] = field(default_factory=list)

    def sent_by_rhythm(self) -> dict[str, int]:
        counts = Counter(item.rhythm for item in self.sent)
        return {rhythm: counts.get(rhythm, 0) for rhythm in DigestSubscription.Rhythm.values}

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, as the task returns it."""
        data = asdict(self)
        data["sent_by_rhythm"] = self.sent_by_rhythm()
        return dict(json.loads(json.dumps(data, cls=DjangoJSONEncoder)))


@dataclass
class Digest:
    message: EmailMultiAlternatives
    plist: PeriodicList
    period_start: date
    period_end: date

    @property
    def event_count(self) -> int:
        return sum(len(group.items) for group in self.plist.months)


def _base_url() -> str:
    return str(settings.SYNERGIES_BASE_URL).rstrip("/")


def _manage_url() -> str:
    return _base_url() + reverse("digests:subscription_list")


def _subject(subscription: DigestSubscription, period_start: date) -> str:
    if subscription.rhythm == DigestSubscription.Rhythm.MONTHLY:
        return _("Synergies monthly digest: %(month)s") % {"month": wording.month(period_start)}
    return _("Synergies weekly digest: week of %(day)s") % {"day": wording.day(period_start)}


def _footer(subscription: DigestSubscription, plist: PeriodicList) -> tuple[str, str]:
    """(text, html) of the note that says why this arrives and how to change or stop it."""
    manage_url = _manage_url()
    if subscription.rhythm == DigestSubscription.Rhythm.MONTHLY:
        why = _(
            "You receive this monthly digest because you subscribed to it in Synergies: the next %(days)s "
            "days, %(filters)s."
        )
    else:
        why = _(
            "You receive this weekly digest because you subscribed to it in Synergies: the next %(days)s "
            "days, %(filters)s."
        )
    why = why % {"days": subscription.horizon_days, "filters": plist.filter_description or _("all events")}
    change = _("Change or stop this digest:")
    text = f"\n-- \n{why}\n{change} {manage_url}\n"
    html = format_html(
        '<div class="footer digest-footer"><p>{}</p><p>{} <a href="{}">{}</a></p></div>',
        why,
        change,
        manage_url,
        manage_url,
    )
    return text, html


def _with_footer(document: str, footer: str) -> str:
    """Insert the footer before the HTML document's closing ``</body>``."""
    position = document.lower().rfind("</body>")
    if position < 0:
        return document + footer
    return document[:position] + footer + document[position:]


def compose_digest(
    subscription: DigestSubscription, *, today: date, connection: BaseEmailBackend | None = None
) -> Digest:
    """The e-mail of ``subscription`` for the period containing ``today``: the periodic list from
    ``today`` over the subscriber's horizon, filtered as they chose, as text and HTML parts."""
    user = subscription.user
    period_start, period_end = period_containing(subscription.rhythm, today)
    with translation.override(subscription.language):
        plist = build_periodic_list(
            start=today,
            days=subscription.horizon_days,
            viewer=user,
            organizations=list(subscription.organizations.all()),
            topics=list(subscription.topics.all()),
            regions=list(subscription.regions.all()),
        )
        footer_text, footer_html = _footer(subscription, plist)
        domain = urlsplit(_base_url()).hostname or "localhost"
        message = EmailMultiAlternatives(
            subject=_subject(subscription, period_start),
            body=as_text(plist) + footer_text,
            to=[user.email],
            connection=connection,
            headers={
                "Message-ID": make_msgid(domain=domain),
                "Auto-Submitted": "auto-generated",
                "List-Unsubscribe": f"<{_manage_url()}>",
            },
        )
        message.attach_alternative(_with_footer(as_html(plist, base_url=_base_url()), footer_html), "text/html")
        if subscription.attach_docx:
            message.attach(f"synergies-digest-{period_start.isoformat()}.docx", as_docx(plist), DOCX_TYPE)
    return Digest(message=message, plist=plist, period_start=period_start, period_end=period_end)


def send_digest(
    subscription: DigestSubscription, *, today: date, by: Actor, connection: BaseEmailBackend | None = None
) -> DigestDelivery:
    """Send one digest and record it, all or nothing. Raises ``IntegrityError`` when the period was
    already sent (by a concurrent run), the backend's error when the mail server refuses it."""
    digest = compose_digest(subscription, today=today, connection=connection)
    with transaction.atomic():
        delivery = record_delivery(
            subscription,
            period_start=digest.period_start,
            period_end=digest.period_end,
            list_start=digest.plist.start,
            list_end=digest.plist.end,
            recipient=digest.message.to[0],
            event_count=digest.event_count,
            message_id=str(digest.message.extra_headers["Message-ID"]),
            by=by,
        )
        digest.message.send(fail_silently=False)
    return delivery


def _why_not(subscription: DigestSubscription) -> str | None:
    user = subscription.user
    if not may_subscribe(user):
        return _("the subscriber is no longer staff of the cluster")
    if not getattr(user, "email", ""):
        return _("the subscriber has no e-mail address")
    return None


def _close_quietly(connection: BaseEmailBackend) -> None:
    try:
        connection.close()
    except Exception:  # a broken connection cannot be closed politely; the next message opens a new one
        logger.debug("Closing the e-mail connection failed", exc_info=True)


def send_due_digests(
    today: date | None = None, *, by: Actor, on_progress: Callable[[DigestSubscription, int], None] | None = None
) -> SendReport:
    """Send every digest due on ``today`` (default: today in the site's time zone) that was not sent yet.

    ``on_progress(subscription, total)`` is called after each subscription, for a progress bar.
    """
    require_sender(by)  # a refused run sends nothing (and is not mistaken for refused subscribers)
    today = today or timezone.localdate()
    report = SendReport(day=today, already_sent=already_sent_count(today))
    due = list(due_subscriptions(today))
    connection = get_connection(fail_silently=False)
    try:
        connection.open()  # one connection for the whole run where the backend keeps one
    except Exception:
        logger.warning("The e-mail connection could not be opened; each digest will try again", exc_info=True)
    try:
        for subscription in due:
            _send_and_report(subscription, today, connection, report, by)
            if on_progress is not None:
                on_progress(subscription, len(due))
    finally:
        _close_quietly(connection)
    logger.info(
        "Digests for %s: %s sent, %s already sent, %s skipped, %s failed",
        today,
        len(report.sent),
        report.already_sent,
        len(report.skipped),
        len(report.failed),
    )
    return report


def _send_and_report(
    subscription: DigestSubscription, today: date, connection: BaseEmailBackend, report: SendReport, by: Actor
) -> None:
    recipient = str(getattr(subscription.user, "email", ""))
    reason = _why_not(subscription)
    if reason is not None:
        report.skipped.append(NotSent(subscription.pk, recipient, reason))
        return
    try:
        delivery = send_digest(subscription, today=today, by=by, connection=connection)
    except IntegrityError:  # another run sent this period in the meantime
        report.already_sent += 1
    except PermissionDenied:
        report.skipped.append(NotSent(subscription.pk, recipient, _("the subscriber may not see the list")))
    except Exception as error:  # reported, retried next run; must not stop the other subscribers
        logger.warning("Digest %s to %s failed", subscription.pk, recipient, exc_info=True)
        report.failed.append(NotSent(subscription.pk, recipient, f"{type(error).__name__}: {error}"))
        _close_quietly(connection)
    else:
        report.sent.append(
            SentDigest(
                subscription.pk,
                subscription.rhythm,
                recipient,
                delivery.period_start,
                delivery.period_end,
                delivery.event_count,
            )
        )
