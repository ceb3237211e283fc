"""From a partner's event to ours: organizer, place, topics and status."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pycountry

from synergies.calendar.models import Event
from synergies.calendar.services import EventData
from synergies.directory.models import Country, Organization, Topic
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
    def topics(self) -> dict[str, Topic]:
        by_name: dict[str, Topic] = {}
        for topic in Topic.objects.all():
            for name in (topic.slug, topic.name, *topic.synonyms.split(",")):
                if name.strip():
                    by_name[name.strip().casefold()] = topic
        return by_name


def split_location(location: str, words: Vocabulary) -> tuple[str, str, Country | None]:
    """"CICG, Geneva, Switzerland" -> ("CICG", "Geneva", CH); "Dakar, Senegal" -> ("", "Dakar", SN).

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


def to_event_data(
    remote: RemoteEvent, *, organization: Organization, words: Vocabulary, default_topics: list[Topic] | None = None
) -> EventData:
    if remote.online:
        venue, city, country = "", "", None
    else:
        venue, city, country = split_location(remote.location, words)
    topics = {words.topics[c.casefold()] for c in remote.categories if c.casefold() in words.topics}
    topics.update(default_topics or [])
    return EventData(
        title=remote.title[:300],
        start=remote.start,
        end=remote.end,
        all_day=remote.all_day,
        timezone=remote.timezone,
        lead_organizers=[organization],
        description=remote.description,
        status=remote.status,
        attendance_mode=Event.AttendanceMode.ONLINE if remote.online else Event.AttendanceMode.IN_PERSON,
        venue=venue[:255],
        city=city[:120],
        country=country,
        online_url=remote.location if remote.online and remote.location.startswith("http") else "",
        topics=sorted(topics, key=lambda t: t.slug),
        website=remote.url if remote.url.startswith(("http://", "https://")) else "",
    )
