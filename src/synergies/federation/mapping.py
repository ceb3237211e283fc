"""From a partner's event to ours: organizer, place, topics and status."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

import pycountry

from synergies.calendar.models import UN_LANGUAGES, Event, EventLink
from synergies.calendar.services import EventData, LinkData
from synergies.directory.models import Country, Instrument, Organization, Topic
from synergies.federation.formats.base import RemoteEvent


@dataclass
class Vocabulary:
    """Countries and topics by every name a feed may use, read once per run."""

    @cached_property
    def countries(self) -> dict[str, Country]:
        by_name: dict[str, Country] = {}
        for country in Country.objects.all():
            by_name[country.name.casefold()] = country
            by_name[country.code.casefold()] = country
            record = pycountry.countries.get(alpha_2=country.code)
            for attribute in ("name", "official_name", "common_name", "alpha_3"):
                value = getattr(record, attribute, None) if record else None
                if value:
                    by_name[str(value).casefold()] = country
        return by_name

    @cached_property
    def instruments(self) -> dict[str, Instrument]:
        """By code ("minamata", as InforMEA's treaty) and short name ("Minamata Convention", as our CSV)."""
        by_name: dict[str, Instrument] = {}
        for instrument in Instrument.objects.all():
            by_name[instrument.short_name.casefold()] = instrument
            by_name[instrument.code.casefold()] = instrument
        return by_name

    @cached_property
    def topics(self) -> dict[str, Topic]:
        by_name: dict[str, Topic] = {}
        for topic in Topic.objects.all():
            for name in (topic.slug, topic.name, *topic.synonyms.split(",")):
                if name.strip():
                    by_name[name.strip().casefold()] = topic
        return by_name


def split_location(location: str, words: Vocabulary) -> tuple[str, str, Country | None]:
    """ "CICG, Geneva, Switzerland" -> ("CICG", "Geneva", CH); "Dakar, Senegal" -> ("", "Dakar", SN).

    The last part names the country when it is one; the part before it is the city; the rest is the
    venue. Without a recognisable country, the last part is taken as the city.
    """
    parts = [part.strip() for part in location.split(",") if part.strip()]
    if not parts:
        return "", "", None
    country = words.countries.get(parts[-1].casefold())
    if country is not None:
        parts = parts[:-1]
    if not parts:
        return "", "", country
    return ", ".join(parts[:-1]), parts[-1], country


def _place(remote: RemoteEvent, words: Vocabulary) -> tuple[str, str, Country | None]:
    if remote.structured_place:
        return remote.venue, remote.city, words.countries.get(remote.country_code.casefold())
    if remote.online:
        return "", "", None
    return split_location(remote.location, words)


def _attendance(remote: RemoteEvent) -> str:
    if remote.attendance_mode in Event.AttendanceMode.values:
        return remote.attendance_mode
    return Event.AttendanceMode.ONLINE if remote.online else Event.AttendanceMode.IN_PERSON


def web_address(address: str, max_length: int = 200) -> str:
    """An http(s) address with a host, no spaces or control characters, that fits our fields; another
    one is left out, a long one not cut."""
    if not address or len(address) > max_length or not address.startswith(("http://", "https://")):
        return ""
    if not address.isprintable() or any(c.isspace() for c in address):
        return ""
    try:
        host = urlsplit(address).hostname
    except ValueError:
        return ""
    return address if host else ""


def to_event_data(
    remote: RemoteEvent, *, organization: Organization, words: Vocabulary, default_topics: list[Topic] | None = None
) -> EventData:
    """Our event data for a partner's event. Keys we do not know (a topic, an instrument, a country
    code, a language) are left out rather than refused: the partner's vocabulary is not ours."""
    venue, city, country = _place(remote, words)
    topics = {words.topics[c.casefold()] for c in remote.categories if c.casefold() in words.topics}
    topics.update(default_topics or [])
    instruments = {words.instruments[i.casefold()] for i in remote.instruments if i.casefold() in words.instruments}
    online_url = remote.online_url or (remote.location if remote.online else "")
    website = remote.url if remote.website is None else remote.website
    return EventData(
        title=remote.title[:300],
        start=remote.start,
        end=remote.end,
        all_day=remote.all_day,
        timezone=remote.timezone,
        lead_organizers=[organization],
        description=remote.description,
        status=remote.status,
        attendance_mode=_attendance(remote),
        date_precision=remote.date_precision or Event.DatePrecision.DAY,
        kind=remote.kind or Event.Kind.OTHER,
        venue=venue[:255],
        city=city[:120],
        country=country,
        online_url=web_address(online_url),
        topics=sorted(topics, key=lambda t: t.slug),
        instruments=sorted(instruments, key=lambda i: i.code),
        languages=[code for code in dict.fromkeys(remote.languages) if code in UN_LANGUAGES],
        website=web_address(website),
        registration_url=web_address(remote.registration_url),
        links=[
            LinkData(kind if kind in EventLink.Kind.values else EventLink.Kind.OTHER, title[:255] or url, url)
            for kind, title, url in remote.links
            if web_address(url, 500)
        ],
    )
