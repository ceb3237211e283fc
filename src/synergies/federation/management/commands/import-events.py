"""``synergies import-events PATH_OR_URL --organizer ACRONYM [--source NAME] [--format F]``: a one-off import.

The format is told from the content, then the content type, then the file name, unless ``--format``
names it (see docs/federation.md). Prints the counts; exits non-zero and changes nothing on bad input.
The import acts as ``SYSTEM`` (whoever runs commands on the server administers the site).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from synergies.core.actors import SYSTEM
from synergies.directory.models import Organization
from synergies.federation.fetching import Fetched, fetch
from synergies.federation.formats.base import FeedError
from synergies.federation.models import FeedSource
from synergies.federation.services import detect_format, import_feed, reader_for

AUTO = "auto"


class Command(BaseCommand):
    help = (
        "Import the events of a file or address (iCalendar, Atom/RSS, CSV, Synergies JSON, InforMEA) for an "
        "organizer, all or nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("location", help="A file path or an http(s) address.")
        parser.add_argument("--organizer", required=True, help="Acronym of the organization the events belong to.")
        parser.add_argument("--source", help="Name of a feed source to credit (and to recognise events by).")
        parser.add_argument(
            "--format",
            choices=[AUTO, *FeedSource.Format.values],
            default=AUTO,
            help="The input's format; by default told from its content, type or name.",
        )
        parser.add_argument("--timezone", default="UTC", help="Zone of floating times when the file names none.")
        parser.add_argument("--allow-private", action="store_true", help="Allow loopback and private addresses.")

    def handle(self, *args: Any, **options: Any) -> None:
        organization = Organization.objects.filter(acronym=options["organizer"]).first()
        if organization is None:
            raise CommandError(f"There is no organization with the acronym {options['organizer']!r}.")
        source = None
        if options["source"]:
            source = FeedSource.objects.filter(name=options["source"]).first()
            if source is None:
                raise CommandError(f"There is no feed source named {options['source']!r} (see 'synergies feeds list').")
        location: str = options["location"]
        try:
            fetched = self._read(location, allow_private=options["allow_private"])
            content = fetched.content or b""
            chosen = options["format"]
            if chosen == AUTO:
                chosen = detect_format(content, name=location, content_type=fetched.content_type)
            run = import_feed(
                content,
                reader=reader_for(chosen, allow_private=options["allow_private"]),
                organization=organization,
                location=location,
                source=source,
                default_timezone=options["timezone"],
                by=SYSTEM,
            )
        except FeedError as error:
            raise CommandError(
                "Nothing was imported. The file was refused:\n  - " + "\n  - ".join(error.problems[:50])
            ) from None
        self.stdout.write(", ".join(f"{count} {name.replace('_', ' ')}" for name, count in run.counts().items()))

    def _read(self, location: str, *, allow_private: bool) -> Fetched:
        if location.startswith(("http://", "https://")):
            return fetch(location, allow_private=allow_private)
        path = Path(location)
        if not path.is_file():
            raise FeedError([f"{location}: no such file"])
        return Fetched(path.read_bytes())
