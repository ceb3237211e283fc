"""``synergies harvest [NAME ...]``: harvest the named feeds, or every feed that is due (as ``SYSTEM``)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.progress import Progress

from synergies.core.actors import SYSTEM
from synergies.federation.formats.base import FeedError
from synergies.federation.models import FeedSource
from synergies.federation.services import due_sources, harvest


class Command(BaseCommand):
    help = "Harvest partners' feeds: the named ones, or all that are due. Each feed is all-or-nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("names", nargs="*", help="Feed names; none means every feed that is due.")
        parser.add_argument(
            "--full",
            action="store_true",
            help="Read and apply each feed even if it has not changed since the last harvest.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["names"]:
            sources = list(FeedSource.objects.filter(name__in=options["names"]).select_related("organization"))
            unknown = sorted(set(options["names"]) - {s.name for s in sources})
            if unknown:
                raise CommandError(f"Unknown feed(s): {', '.join(unknown)} (see 'synergies feeds list').")
        else:
            sources = due_sources()
        failures = 0
        with Progress(transient=True) as progress:
            task = progress.add_task("Harvesting", total=len(sources))
            for source in sources:
                progress.update(task, description=f"Harvesting {source.name}")
                try:
                    run = harvest(source, by=SYSTEM, full=options["full"])
                except FeedError as error:
                    failures += 1
                    self.stderr.write(f"{source.name}: refused, nothing changed: {'; '.join(error.problems[:5])}")
                else:
                    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in run.counts().items())
                    self.stdout.write(f"{source.name}: {run.get_status_display().lower()} ({counts})")
                progress.advance(task)
        if not sources:
            self.stdout.write("No feed is due.")
        if failures:
            raise CommandError(f"{failures} of {len(sources)} feed(s) were refused; see above.")
