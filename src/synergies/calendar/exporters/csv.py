"""The CSV export: UTF-8 with a byte-order mark, headed by the columns' stable keys."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from synergies.calendar.exporters.base import FeedEvent
from synergies.calendar.exporters.table import FORMULA_PREFIXES, TableExporter
from synergies.core.exporting import ExportContext
from synergies.core.text import clean_text


class CsvExporter(TableExporter):
    """UTF-8 with a byte-order mark, so that Excel opens accents and non-Latin scripts correctly."""

    identifier = "csv"
    content_type = "text/csv; charset=utf-8"
    extension = "csv"

    def render(self, items: Iterable[FeedEvent], context: ExportContext) -> bytes:
        columns = self.columns(context)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(column.key for column in columns)
        for values in self.rows(items, context, columns):
            writer.writerow(self.cell(value) for value in values)
        return ("\ufeff" + buffer.getvalue()).encode()

    @staticmethod
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%dT%H:%M:%SZ")  # last_modified, in UTC
        if isinstance(value, time):
            return value.strftime("%H:%M")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):
            value = clean_text(value)
            if value.startswith(FORMULA_PREFIXES):
                return "'" + value
            return value
        return str(value)
