"""What every importer produces, and how it refuses input."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


class FeedError(Exception):
    """The input cannot be read unambiguously; nothing is imported. ``problems`` name where and what."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems[:20]) + (f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""))


@dataclass
class RemoteEvent:
    """One event as a partner publishes it, before it is mapped onto our calendar.

    Timed events carry aware datetimes and their IANA zone; all-day events carry dates, ``end``
    inclusive. Recurring series arrive already expanded, one occurrence each.

    ``url`` is the event's own page at the source (credited in "Sources"); ``website`` the meeting's
    page when the format tells the two apart (``None``: ``url`` is both). The structured fields after
    ``online`` are filled by formats that carry them (CSV, Synergies JSON, InforMEA); empty means "not
    given", and the mapping then falls back on ``location``, ``online`` and the local values.
    """

    uid: str
    title: str
    start: date | datetime
    end: date | datetime
    all_day: bool
    timezone: str = "UTC"
    location: str = ""
    description: str = ""
    url: str = ""
    categories: list[str] = field(default_factory=list)
    status: str = "confirmed"
    sequence: int = 0
    last_modified: datetime | None = None
    online: bool = False
    website: str | None = None
    venue: str = ""
    city: str = ""
    country_code: str = ""
    attendance_mode: str = ""
    online_url: str = ""
    registration_url: str = ""
    kind: str = ""
    date_precision: str = ""
    instruments: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, url)

    @property
    def structured_place(self) -> bool:
        return bool(self.venue or self.city or self.country_code)
