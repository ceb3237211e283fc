"""The XLSX export: an Excel workbook written in openpyxl's streaming mode."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import UTC
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from synergies.calendar.exporters.base import FeedEvent
from synergies.calendar.exporters.table import TableExporter
from synergies.core.exporting import ExportContext
from synergies.core.text import clean_text


class XlsxExporter(TableExporter):
    """An Excel workbook written in openpyxl's streaming mode: a frozen header row above real date cells."""

    identifier = "xlsx"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    extension = "xlsx"

    def render(self, items: Iterable[FeedEvent], context: ExportContext) -> bytes:
        columns = self.columns(context)
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(_("Events"))
        sheet.freeze_panes = "A2"
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        bold = Font(bold=True)
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=str(column.label))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for values in self.rows(items, context, columns):
            sheet.append([self.cell(sheet, value) for value in values])
        if context.last_modified is not None:
            stamp = context.last_modified.astimezone(UTC).replace(tzinfo=None)
            workbook.properties.created = workbook.properties.modified = stamp
        workbook.properties.title = clean_text(context.title)
        workbook.properties.creator = "Synergies"
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    @staticmethod
    def cell(sheet: Any, value: Any) -> Any:
        """Plain values; openpyxl gives dates, times and date-times their formats by itself."""
        if isinstance(value, str):
            value = clean_text(value)
            if value.startswith("="):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text stays text: "=..." from a harvested feed is never a formula
                return cell
        return value
