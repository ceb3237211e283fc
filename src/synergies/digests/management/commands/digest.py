"""``synergies digest --from DATE --days N [--format text|html|docx] [--output FILE] [--send [--now]]``

Without ``--send``: print (or write to FILE) the periodic list of upcoming events for that window.
With ``--send``: send the e-mail digests that are due — by default handed to the django-tasks worker
(``synergies db_worker``), with ``--now`` in this process. Each period is sent once, however often
this runs; cron can run it daily (docs/operations.md).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Model
from django.utils import timezone
from rich.console import Console
from rich.progress import Progress

from synergies.alignment.management.commands.align import parse_day
from synergies.core.actors import SYSTEM
from synergies.digests.models import DigestSubscription
from synergies.digests.sending import send_due_digests
from synergies.digests.tasks import send_digests
from synergies.directory.models import Organization, Region, Topic
from synergies.upcoming.queries import DEFAULT_DAYS, MAX_DAYS, build_periodic_list
from synergies.upcoming.rendering import as_docx, as_html, as_text

FORMATS = ["text", "html", "docx"]


def _lookup(model: type[Model], field: str, values: list[str], option: str) -> list[Any]:
    found = list(model._default_manager.filter(**{f"{field}__in": values}))
    unknown = sorted(set(values) - {str(getattr(obj, field)) for obj in found})
    if unknown:
        raise CommandError(f"{option}: unknown {', '.join(unknown)}.")
    return found


class Command(BaseCommand):
    help = (
        "Print the periodic list of upcoming events for a window, or (--send) send the e-mail digests that "
        "are due. Sending twice for the same period sends nothing new."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--from",
            dest="start",
            help="First day, YYYY-MM-DD (default today). With --send: the day whose due digests are sent.",
        )
        parser.add_argument(
            "--days",
            type=int,
            help=f"How many days the list covers, 1 to {MAX_DAYS} (default "
            f"{DEFAULT_DAYS}). Not used with --send: each digest uses its subscriber's horizon.",
        )
        parser.add_argument("--format", choices=FORMATS, help="text (default), html or docx (needs --output).")
        parser.add_argument("--output", help="Write to this file instead of printing.")
        parser.add_argument(
            "--organization",
            action="append",
            default=[],
            metavar="ACRONYM",
            help="Only events concerning this organization (repeatable).",
        )
        parser.add_argument(
            "--topic", action="append", default=[], metavar="SLUG", help="Only this topic (repeatable)."
        )
        parser.add_argument(
            "--region", action="append", default=[], metavar="CODE", help="Only this region (repeatable)."
        )
        parser.add_argument("--send", action="store_true", help="Send the e-mail digests that are due.")
        parser.add_argument(
            "--now",
            action="store_true",
            help="With --send: send in this process, with progress, instead of handing the sending to the task worker.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        start = parse_day(options["start"], "--from") if options["start"] else None
        if options["send"]:
            self._send(start, options)
            return
        if options["now"]:
            raise CommandError("--now only goes with --send.")
        days = DEFAULT_DAYS if options["days"] is None else options["days"]
        if not 1 <= days <= MAX_DAYS:
            raise CommandError(f"--days must be between 1 and {MAX_DAYS}, not {days}.")
        fmt = options["format"] or "text"
        if fmt == "docx" and not options["output"]:
            raise CommandError("--format docx needs --output FILE.docx: a Word document cannot be printed.")
        self._print(start or timezone.localdate(), days, fmt, options)

    # --- Printing the list -----------------------------------------------------------------------------

    def _print(self, start: date, days: int, fmt: str, options: dict[str, Any]) -> None:
        plist = build_periodic_list(
            start=start,
            days=days,
            viewer=SYSTEM,
            organizations=_lookup(Organization, "acronym", options["organization"], "--organization"),
            topics=_lookup(Topic, "slug", options["topic"], "--topic"),
            regions=_lookup(Region, "code", options["region"], "--region"),
        )
        if fmt == "docx":
            content: str | bytes = as_docx(plist)
        elif fmt == "html":
            content = as_html(plist, base_url=settings.SYNERGIES_BASE_URL)
        else:
            content = as_text(plist)
        if not options["output"]:
            self.stdout.write(str(content), ending="")
            return
        path = Path(options["output"])
        try:
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error.strerror or error}.") from None
        self.stdout.write(
            f"Wrote the list of {len(plist.items)} event(s) from {plist.start} to {plist.end} to {path} ({fmt})."
        )

    # --- Sending the digests ---------------------------------------------------------------------------

    def _send(self, day: date | None, options: dict[str, Any]) -> None:
        if options["output"] or options["organization"] or options["topic"] or options["region"]:
            raise CommandError(
                "--send e-mails each subscriber their own digest: --output, --organization, --topic "
                "and --region only apply to printing the list."
            )
        if options["days"] is not None or options["format"]:
            self.stderr.write(
                "Note: --days and --format are not used with --send: each digest uses its subscriber's "
                "horizon and is sent as text and HTML."
            )
        if options["now"]:
            self._send_now(day)
            return
        result = send_digests.enqueue(day.isoformat() if day else None)
        if not result.is_finished:
            self.stdout.write(
                f"Queued the sending of the due digests as task {result.id}; the worker "
                "(synergies db_worker) sends them."
            )
            return
        if result.errors:
            raise CommandError(f"The sending failed: {result.errors[-1].traceback.strip().splitlines()[-1]}")
        self._report(result.return_value or {})

    def _send_now(self, day: date | None) -> None:
        with Progress(console=Console(stderr=True), transient=True) as progress:
            bar = progress.add_task("Sending digests", total=None)

            def advance(subscription: DigestSubscription, total: int) -> None:
                progress.update(bar, total=total, advance=1, description=f"Sending digest {subscription.pk}")

            report = send_due_digests(day, by=SYSTEM, on_progress=advance)
        self._report(report.as_dict())

    def _report(self, report: dict[str, Any]) -> None:
        by_rhythm = ", ".join(f"{rhythm} {count}" for rhythm, count in report["sent_by_rhythm"].items())
        self.stdout.write(
            f"Digests for {report['day']}: {len(report['sent'])} sent ({by_rhythm}), {report['already_sent']} already "
            f"sent for this period, {len(report['skipped'])} skipped, {len(report['failed'])} failed."
        )
        for item in report["sent"]:
            self.stdout.write(
                f"  sent: digest {item['subscription']} ({item['rhythm']}) to {item['recipient']}, "
                f"{item['events']} event(s)"
            )
        for item in report["skipped"]:
            self.stdout.write(
                f"  skipped: digest {item['subscription']} ({item['recipient'] or 'no address'}): {item['reason']}"
            )
        for item in report["failed"]:
            self.stderr.write(f"  failed: digest {item['subscription']} to {item['recipient']}: {item['reason']}")
        if report["failed"]:
            raise CommandError(
                f"{len(report['failed'])} digest(s) could not be sent; nothing was recorded for them "
                "and the next run tries again."
            )
