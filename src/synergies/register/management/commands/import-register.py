"""``synergies import-register FILE.xlsx``: read an edited export back; refuse it whole, naming sheet,
row and column of every problem, or apply it in one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from synergies.core.actors import SYSTEM
from synergies.register.spreadsheet import ImportRefused, import_workbook


class Command(BaseCommand):
    help = "Import the cooperation register from an XLSX file made by export-register; nothing changes on error."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="Path of the .xlsx file to read.")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        try:
            counts = import_workbook(content, by=SYSTEM, progress=lambda step: self.stderr.write(f"… {step}"))
        except ImportRefused as refused:
            raise CommandError(
                "The file was refused and nothing was changed:\n" + "\n".join(f"- {p}" for p in refused.problems)
            ) from refused
        self.stdout.write(
            f"Imported {path}: {counts['created']} created, {counts['changed']} changed, "
            f"{counts['unchanged']} unchanged."
        )
