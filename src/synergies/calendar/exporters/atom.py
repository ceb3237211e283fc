"""The Atom feed of the latest changes, with the RSS event module."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from synergies.calendar import wording
from synergies.calendar.exporters.base import EventExporter, FeedEvent, Labels, day_span, load_events
from synergies.calendar.models import Event
from synergies.core.exporting import ExportContext
from synergies.core.text import clean_text

# --- Atom ---------------------------------------------------------------------------------------------


EVENT_MODULE = "http://purl.org/rss/1.0/modules/event/"


class EventAtomFeed(Atom1Feed):
    """Atom with the RSS event module (``ev:startdate``, ``ev:enddate``, ``ev:location``, ``ev:type``).

    An entry's ``published``/``updated`` dates say when the news was written, not when the meeting is;
    these elements let partners' harvesters (ours included) read the meeting's own dates.
    """

    event_elements = ("startdate", "enddate", "location", "type")

    def root_attributes(self) -> dict[str, str]:
        return {**super().root_attributes(), "xmlns:ev": EVENT_MODULE}

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        for name in self.event_elements:
            if item.get(f"ev_{name}"):
                handler.addQuickElement(f"ev:{name}", item[f"ev_{name}"])


def event_span_iso(event: FeedEvent) -> tuple[str, str]:
    """The meeting's start and (inclusive) end: local times with their offset, or days for all-day events."""
    if not event.all_day and event.start_at and event.end_at:
        return event.start_at.astimezone(event.zone).isoformat(), event.end_at.astimezone(event.zone).isoformat()
    first, last = day_span(event)
    return first.isoformat(), last.isoformat()


class AtomExporter(EventExporter):
    """The latest changes as an Atom feed, for feed readers and partners' news boxes."""

    identifier = "atom"
    content_type = "application/atom+xml; charset=utf-8"
    extension = "atom"
    disposition = "inline"
    #: Feed readers want news, not the archive: the most recently changed events only.
    max_items = 200

    def prepare(self, queryset: QuerySet[Any], context: ExportContext) -> list[FeedEvent]:
        return load_events(queryset.order_by("-updated_at", "-pk")[: self.max_items], self.relations)

    def render(self, items: Iterable[FeedEvent], context: ExportContext) -> bytes:
        labels = Labels()
        feed = EventAtomFeed(
            title=clean_text(context.title),
            link=context.page_url,
            description=clean_text(context.filter_description),
            subtitle=clean_text(context.filter_description) or None,
            feed_url=context.feed_url,
            feed_guid=context.feed_url,
            language=context.language,
            author_name=_("Synergies joint calendar"),
        )
        for event in items:
            url = context.absolute(event.path)
            starts, ends = event_span_iso(event)
            feed.add_item(
                title=clean_text(self.entry_title(event, labels)),
                link=url,
                unique_id=url,
                # Atom1Feed declares the summary as HTML: escape our plain text once, keep its lines.
                description=escape(clean_text(self.summary(event, labels))).replace("\n", "<br>"),
                pubdate=event.created_at,
                updateddate=event.updated_at,
                categories=[clean_text(name) for name in labels.categories(event)],
                author_name=wording.organizer_list(event.organizers, short=True) or None,
                ev_startdate=starts,
                ev_enddate=ends,
                ev_location=clean_text(labels.location(event)),
                ev_type=event.kind,
            )
        return feed.writeString("utf-8").encode()

    def entry_title(self, event: FeedEvent, labels: Labels) -> str:
        if event.status in (Event.Status.CANCELLED, Event.Status.POSTPONED):
            return f"{labels.status[event.status]}: {event.title}"
        return event.title

    def summary(self, event: FeedEvent, labels: Labels) -> str:
        lines = [wording.when(event)]
        location = labels.location(event)
        if location:
            lines.append(location)
        organizers = labels.organizers(event)
        if organizers:
            lines.append(labels.organizers_line % {"organizers": organizers})
        lines.append(labels.status_line % {"status": labels.status[event.status]})
        if event.visibility == Event.Visibility.INTERNAL:
            lines.append(labels.internal)
        return "\n".join(lines)
