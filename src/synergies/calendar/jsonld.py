"""An event as schema.org ``Event`` in JSON-LD, embedded in its page for search engines and other sites.

Public fields only (never the internal section), whoever reads the page.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from synergies.calendar.models import Event
from synergies.calendar.presentation import organizers_in_order

_SCHEMA_STATUS = {
    Event.Status.CANCELLED: "https://schema.org/EventCancelled",
    Event.Status.POSTPONED: "https://schema.org/EventPostponed",
}
_SCHEMA_ATTENDANCE = {
    Event.AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Event.AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Event.AttendanceMode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def _schema_date(event: Event, *, end: bool) -> str:
    if event.date_precision == Event.DatePrecision.MONTH:
        return (event.end_date if end else event.start_date).strftime("%Y-%m")
    moment = event.local_end if end else event.local_start
    if event.all_day or moment is None:
        return (event.end_date if end else event.start_date).isoformat()
    return moment.isoformat()


def event_json_ld(event: Event, request: HttpRequest) -> dict[str, Any]:
    """The event as schema.org ``Event``: public fields only, for search engines and other sites."""
    url = request.build_absolute_uri(event.get_absolute_url())
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": _schema_date(event, end=False),
        "endDate": _schema_date(event, end=True),
        "eventStatus": _SCHEMA_STATUS.get(event.status, "https://schema.org/EventScheduled"),  # type: ignore[call-overload]
        "eventAttendanceMode": _SCHEMA_ATTENDANCE[event.attendance_mode],  # type: ignore[index]
        "url": url,
    }
    if event.description:
        data["description"] = event.description
    locations: list[dict[str, Any]] = []
    if event.attendance_mode != Event.AttendanceMode.ONLINE and (event.venue or event.city or event.country):
        address: dict[str, Any] = {"@type": "PostalAddress"}
        if event.city:
            address["addressLocality"] = event.city
        if event.country:
            address["addressCountry"] = event.country.code
        locations.append(
            {
                "@type": "Place",
                "name": event.venue or event.city or event.country.name,  # type: ignore[union-attr]
                "address": address,
            }
        )
    if event.attendance_mode != Event.AttendanceMode.IN_PERSON:
        locations.append({"@type": "VirtualLocation", "url": event.online_url or event.website or url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    organizers = []
    for link in organizers_in_order(event):
        organization: dict[str, Any] = {
            "@type": "Organization",
            "name": link.organization.name or link.organization.acronym,
        }
        if link.organization.website:
            organization["url"] = link.organization.website
        organizers.append(organization)
    if organizers:
        data["organizer"] = organizers[0] if len(organizers) == 1 else organizers
    if event.languages:
        data["inLanguage"] = list(event.languages)
    return data
