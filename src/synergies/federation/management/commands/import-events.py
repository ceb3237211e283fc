"""``synergies import-events PATH_OR_URL --organizer ACRONYM [--source NAME]``: a one-off import.

Prints the counts; exits non-zero and changes nothing on bad input.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from synergies.directory.models import Organization
from synergies.federation.fetching import fetch
from synergies.federation.formats.base import FeedError
from synergies.federation.formats.ics import parse_ics
from synergies.federation.models import FeedSource
from synergies.federation.services import import_feed

READERS = {"ics": parse_ics}


class Command(BaseCommand):
    help = "Import the events of an iCalendar file or address for an organizer, all or nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("location", help="A file path or an http(s) address.")
        parser.add_argument("--organizer", required=True, help="Acronym of the organization the events belong to.")
        parser.add_argument("--source", help="Name of a feed source to credit (and to recognise events by).")
        parser.add_argument("--format", choices=sorted(READERS), default="ics")
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
            content = self._read(location, allow_private=options["allow_private"])
            run = import_feed(
                content, reader=READERS[options["format"]], organization=organization, location=location,
                source=source, default_timezone=options["timezone"],
            )
        except FeedError as error:
            raise CommandError(
                "Nothing was imported. The file was refused:\n  - " + "\n  - ".join(error.problems[:50])
            ) from None
        self.stdout.write(", ".join(f"{count} {name.replace('_', ' ')}" for name, count in run.counts().items()))

    def _read(self, location: str, *, allow_private: bool) -> bytes:
        if location.startswith(("http://", "https://")):
            fetched = fetch(location, allow_private=allow_private)
            return fetched.content or b""
        path = Path(location)
        if not path.is_file():
            raise FeedError([f"{location}: no such file"])
        return path.read_bytes()
