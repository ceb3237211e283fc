"""``synergies align --from DATE --to DATE [--format json|text]``: clashes, back-to-back
opportunities, missing partners and crowded weeks of a period."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from synergies.alignment.services import (
    DEFAULT_CROWDED_THRESHOLD,
    DEFAULT_MAX_GAP_DAYS,
    AlignmentQuery,
    align,
    findings_as_dict,
)

SECTIONS = {
    "clashes": "Clashes",
    "back_to_back": "Back-to-back opportunities",
    "missing_partners": "Missing partners",
    "crowded_weeks": "Crowded weeks",
}


def parse_day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{option} must be a date as YYYY-MM-DD, not {value!r}.") from None


class Command(BaseCommand):
    help = "Print the clashes, back-to-back opportunities, missing partners and crowded weeks of a period."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--from", dest="start", required=True, help="First day, YYYY-MM-DD.")
        parser.add_argument("--to", dest="end", required=True, help="Last day, YYYY-MM-DD.")
        parser.add_argument("--format", choices=["json", "text"], default="text")
        parser.add_argument("--region", help="Only findings about this region (code, e.g. africa).")
        parser.add_argument("--topic", help="Only findings about this topic (slug, e.g. mercury).")
        parser.add_argument("--max-gap-days", type=int, default=DEFAULT_MAX_GAP_DAYS)
        parser.add_argument("--crowded-threshold", type=int, default=DEFAULT_CROWDED_THRESHOLD)

    def handle(self, *args: Any, **options: Any) -> None:
        start, end = parse_day(options["start"], "--from"), parse_day(options["end"], "--to")
        if end < start:
            raise CommandError(f"--to ({end}) is before --from ({start}).")
        query = AlignmentQuery(
            start=start,
            end=end,
            region=options["region"],
            topic=options["topic"],
            max_gap_days=options["max_gap_days"],
            crowded_threshold=options["crowded_threshold"],
        )
        result = findings_as_dict(align(query))
        if options["format"] == "json":
            self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False))
            return
        for key, heading in SECTIONS.items():
            self.stdout.write(f"{heading} ({len(result[key])})")
            for finding in result[key]:
                titles = " / ".join(f"#{e['id']} {e['title']}" for e in finding["events"])
                self.stdout.write(f"  - {titles}")
                self.stdout.write(f"    {'; '.join(finding['reasons'])}")
            self.stdout.write("")
