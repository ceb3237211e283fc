"""``synergies feeds add NAME URL --organizer ACRONYM [--format F]`` and ``synergies feeds list``.

Whoever may run commands on the server administers the site: the command acts as ``SYSTEM``.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from synergies.core.actors import SYSTEM
from synergies.directory.models import Organization
from synergies.federation.models import FeedSource
from synergies.federation.services import add_feed_source


class Command(BaseCommand):
    help = "Manage partners' feeds: add one, or list them with their last harvest."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        add = actions.add_parser("add", help="Add a partner's feed.")
        add.add_argument("name", help="Short name, letters, digits and hyphens (e.g. minamata-meetings).")
        add.add_argument("url", help="The feed's http(s) address.")
        add.add_argument("--organizer", required=True, help="Acronym of the organization the feed speaks for.")
        add.add_argument(
            "--format",
            default=FeedSource.Format.ICS,
            choices=FeedSource.Format.values,
            help="ics (default), atom, csv, json (another Synergies) or informea.",
        )
        add.add_argument("--timezone", default="UTC", help="Zone of floating times in this feed.")
        add.add_argument("--allow-private", action="store_true", help="Allow a private or loopback address.")
        actions.add_parser("list", help="List the feeds.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "list":
            self._list()
            return
        organization = Organization.objects.filter(acronym=options["organizer"]).first()
        if organization is None:
            raise CommandError(f"There is no organization with the acronym {options['organizer']!r}.")
        try:
            source = add_feed_source(
                by=SYSTEM,
                name=options["name"],
                url=options["url"],
                organization=organization,
                format=options["format"],
                default_timezone=options["timezone"],
                allow_private_addresses=options["allow_private"],
            )
        except ValidationError as error:
            details = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
            raise CommandError(f"The feed was not added. {details}") from None
        self.stdout.write(f"Added {source.name} ({source.get_format_display()}) for {organization.acronym}.")

    def _list(self) -> None:
        sources = FeedSource.objects.select_related("organization").order_by("name")
        if not sources:
            self.stdout.write("No feeds yet. Add one with: synergies feeds add NAME URL --organizer ACRONYM")
            return
        for source in sources:
            last = source.runs.order_by("-started_at").first()
            outcome = (
                f"{last.started_at:%Y-%m-%d %H:%M} UTC {last.status}"
                + (f" ({', '.join(f'{v} {k}' for k, v in last.counts().items() if v)})" if last.counts() else "")
                if last
                else "never harvested"
            )
            state = "" if source.active else " [inactive]"
            self.stdout.write(
                f"{source.name}{state}\t{source.format}\t{source.organization.acronym}\t{source.url}\t{outcome}"
            )
