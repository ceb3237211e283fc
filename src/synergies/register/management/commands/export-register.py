"""``synergies export-register FILE.xlsx``: the whole register as the task force's spreadsheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from synergies.register.spreadsheet import export_workbook


class Command(BaseCommand):
    help = "Write the cooperation register (areas, activities, mandates, focal points, stories) to an XLSX file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="Path of the .xlsx file to write.")
        parser.add_argument(
            "--public",
            action="store_true",
            help="Leave out internal columns (internal notes, contact details) and internal events.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if path.suffix.lower() != ".xlsx":
            raise CommandError(f"The file must end in .xlsx, not {path.name!r}.")
        try:
            path.write_bytes(export_workbook(internal=not options["public"]))
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error.strerror}.") from error
        self.stdout.write(f"Wrote the register to {path}.")
