"""What the demo data set looks like from outside: every feed, export and API list, normalised.

The golden comparison (``demo/tests/test_golden_outputs.py``) keeps a digest of each output, so that a
restructuring that is meant to change no behaviour can prove it: same data in, same bytes out. Only what
differs between two loads of the same data is normalised away (stamps of when a row was written, the
spreadsheet's own file metadata); everything a reader sees is kept.

To see what changed, dump the outputs before and after and compare them::

    SYNERGIES_GOLDEN_DUMP=/tmp/before pytest src/synergies/demo/tests/test_golden_outputs.py
    (change the code)
    SYNERGIES_GOLDEN_DUMP=/tmp/after pytest src/synergies/demo/tests/test_golden_outputs.py
    diff -r /tmp/before /tmp/after

When a change of output is intended (new demo data, a fixed rule), ``SYNERGIES_GOLDEN_UPDATE=1`` rewrites
the digests; say why in the commit.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Callable
from typing import Any

from django.test import Client

#: Lines of iCalendar and fields of JSON that say when a row was written, not what it says.
_ICS_STAMPS = re.compile(r"^(DTSTAMP|LAST-MODIFIED|CREATED)[:;].*?\r?\n", re.MULTILINE)
_ATOM_STAMPS = re.compile(r"<(updated|published)>[^<]*</\1>")
_JSON_STAMP_KEYS = frozenset({"updated", "updated_at", "created", "created_at", "modified", "last_modified"})
_STAMP_COLUMNS = ("updated", "created", "last_modified", "last modified")


def _ics(body: bytes) -> str:
    return _ICS_STAMPS.sub("", body.decode())


def _atom(body: bytes) -> str:
    return _ATOM_STAMPS.sub("", body.decode())


def _without_stamps(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_stamps(v) for k, v in value.items() if k not in _JSON_STAMP_KEYS}
    if isinstance(value, list):
        return [_without_stamps(item) for item in value]
    return value


def _json(body: bytes) -> str:
    return json.dumps(_without_stamps(json.loads(body)), ensure_ascii=False, indent=1, sort_keys=True)


def _csv(body: bytes) -> str:
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    if not rows:
        return ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(_without_stamp_columns(rows))
    return out.getvalue()


def _without_stamp_columns(rows: list[list[Any]]) -> list[list[Any]]:
    """The table without the columns (named in its first row) that say when a row was written."""
    if not rows:
        return rows
    keep = [i for i, name in enumerate(rows[0]) if not str(name).strip().lower().startswith(_STAMP_COLUMNS)]
    return [[row[i] for i in keep if i < len(row)] for row in rows]


def _xlsx(body: bytes) -> str:
    """Every sheet's cells as text (the zip's own metadata holds the time it was written)."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(body), read_only=True)
    lines: list[str] = []
    for sheet in book.worksheets:
        lines.append(f"## {sheet.title}")
        rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        lines.extend(json.dumps(row, ensure_ascii=False) for row in _without_stamp_columns(rows))
    return "\n".join(lines)


def _cell(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _api_pages(client: Client, path: str) -> str:
    """All pages of a paginated API list, followed through its ``next`` links."""
    items: list[Any] = []
    url: str | None = path
    while url:
        answer = client.get(url)
        assert answer.status_code == 200, (url, answer.status_code)
        page = json.loads(answer.content)
        items.extend(page["items"])
        url = page["next"]
    return json.dumps(_without_stamps(items), ensure_ascii=False, indent=1, sort_keys=True)


OUTPUTS: dict[str, tuple[str, Callable[[bytes], str]]] = {
    "events.ics": ("/events.ics", _ics),
    "events.atom": ("/events.atom", _atom),
    "events.csv": ("/events.csv", _csv),
    "events.xlsx": ("/events.xlsx", _xlsx),
    "events-basel.ics": ("/events.ics?instrument=basel", _ics),
    "register.csv": ("/register.csv", _csv),
    "register.xlsx": ("/register.xlsx", _xlsx),
    "informea-meetings.json": ("/informea/meetings", _json),
}

API_LISTS = tuple(
    f"/api/v1/{name}?page_size=500"
    for name in (
        "events",
        "organizations",
        "instruments",
        "bodies",
        "topics",
        "regions",
        "countries",
        "areas",
        "activities",
        "mandates",
        "focal-points",
    )
)


def collect(client: Client) -> dict[str, str]:
    """The normalised text of every output, as ``client`` sees it."""
    texts: dict[str, str] = {}
    for name, (path, normalise) in OUTPUTS.items():
        answer = client.get(path)
        assert answer.status_code == 200, (path, answer.status_code)
        body = b"".join(answer.streaming_content) if answer.streaming else answer.content  # type: ignore[attr-defined]
        texts[name] = normalise(body)
    for path in API_LISTS:
        texts["api" + path.split("?")[0].replace("/api/v1", "").replace("/", "-") + ".json"] = _api_pages(client, path)
    return texts


def digests(texts: dict[str, str]) -> dict[str, str]:
    return {name: hashlib.sha256(text.encode()).hexdigest() for name, text in sorted(texts.items())}
