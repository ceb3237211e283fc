"""What the register's pages and exports show, read in a constant number of queries.

Every function takes the viewer where visibility matters: internal events, internal notes, contact
details, unpublished success stories and the names of editors are for staff only.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from django.db.models import Count, Model, QuerySet
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from synergies.accounts import policy
from synergies.calendar.models import Event
from synergies.core import editing
from synergies.directory.models import Instrument, Organization, Topic
from synergies.register import permissions
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser

LEVELS = Activity.Level.choices


def activities() -> QuerySet[Activity]:
    return Activity.objects.with_related().order_by("area__order", "order", "pk")


def page_of_activities(pks: list[int]) -> list[Activity]:
    """The activities of one page, in the order of ``pks``.

    The page is chosen by sorting primary keys only (narrow rows), then these few activities are read
    in full: sorting thousands of whole rows, texts included, to keep 50 cost most of the page's time.
    """
    found = {activity.pk: activity for activity in activities().order_by().filter(pk__in=pks)}
    return [found[pk] for pk in pks if pk in found]


def mandates() -> QuerySet[Mandate]:
    return Mandate.objects.select_related("body").prefetch_related("instruments", "areas").order_by("reference")


def area_summary(selection: QuerySet[Activity]) -> dict[int, dict[str, Counter]]:
    """How deep cooperation goes in each area of ``selection``: activities per level and per status.

    One grouped query (area, level, status): the selection's filters are evaluated once, not once per
    grouping. ``selection_size`` gives the total from the same summary, sparing the paginator's count.
    """
    summary: dict[int, dict[str, Counter]] = defaultdict(lambda: {"levels": Counter(), "statuses": Counter()})
    grouped = selection.order_by().values_list("area_id", "cooperation_level", "status").annotate(n=Count("pk"))
    for area_id, level, status, count in grouped:
        summary[area_id]["levels"][level] += count
        summary[area_id]["statuses"][status] += count
    return summary


def selection_size(summary: dict[int, dict[str, Counter]]) -> int:
    """How many activities an ``area_summary`` counted."""
    return sum(sum(area["statuses"].values()) for area in summary.values())


def group_by_area(
    rows: list[Activity],
    *,
    summary: dict[int, dict[str, Counter]],
    with_empty_areas: bool = False,
    editable: set[int] | frozenset[int] = frozenset(),
) -> list[dict[str, Any]]:
    """The activities of one page under their area, in the table's order, with each area's ladder.

    ``with_empty_areas`` adds the areas that have no activity at all (on the unfiltered last page);
    ``editable`` are the activities the viewer may edit (they get an edit link).
    """
    by_area: dict[int, list[Activity]] = defaultdict(list)
    areas: dict[int, CooperationArea] = {}
    for activity in rows:
        by_area[activity.area_id].append(activity)
        areas[activity.area_id] = activity.area
    if with_empty_areas:
        areas.update({a.pk: a for a in CooperationArea.objects.filter(activities__isnull=True)})
    status_labels = dict(Activity.Status.choices)
    render_item = _ActivityItem(editable)
    groups = []
    for area in sorted(areas.values(), key=lambda a: (a.order, a.name)):
        levels = summary.get(area.pk, {}).get("levels", Counter())
        statuses = summary.get(area.pk, {}).get("statuses", Counter())
        activities = by_area.get(area.pk, [])
        groups.append(
            {
                "area": area,
                "activities": activities,
                "items_html": mark_safe("".join(render_item(activity) for activity in activities)),  # noqa: S308
                "deepest": Activity.Level(max(levels)) if levels else None,
                "ladder": [{"level": level, "label": label, "count": levels.get(level, 0)} for level, label in LEVELS],
                "statuses": [(status_labels[key], count) for key, count in statuses.most_common()],
            }
        )
    return groups


class _ActivityItem:
    """One activity of the register page as HTML, every value escaped.

    Built here rather than in a template: the page shows 50 of them, and the template engine spent
    most of the page's time on them (docs/decisions/0112-register-page-speed.md).
    """

    def __init__(self, editable: set[int] | frozenset[int]) -> None:
        self.editable = editable
        self.base = reverse("register:register")
        self.statuses = {key: html.escape(str(label)) for key, label in Activity.Status.choices}
        self.levels = {key: html.escape(f"{key}. {label}") for key, label in Activity.Level.choices}
        words = {
            "resources": gettext("May have resource implications"),
            "edit": gettext("Edit"),
            "status": gettext("Status"),
            "level": gettext("Cooperation level"),
            "lead": gettext("Lead"),
            "partners": gettext("Partners"),
            "period": gettext("Period"),
        }
        self.words = {key: html.escape(str(value)) for key, value in words.items()}

    @staticmethod
    def _organizations(organizations: Any) -> str:
        return ", ".join(
            f'<abbr title="{html.escape(org.name)}">{html.escape(org.acronym)}</abbr>' for org in organizations
        )

    def __call__(self, activity: Activity) -> str:
        w = self.words
        title, url = html.escape(activity.short_title), f"{self.base}{html.escape(activity.key)}/"
        star = f' <abbr title="{w["resources"]}">(*)</abbr>' if activity.resource_implications else ""
        edit = (
            f'<p class="register-edit-link"><a href="{url}edit/">{w["edit"]}<span class="visually-hidden"> '
            f"{title}</span></a></p>"
            if activity.pk in self.editable
            else ""
        )
        facts = [
            f'<div><dt>{w["status"]}</dt><dd class="register-status register-status-{html.escape(activity.status)}">'
            f"{self.statuses.get(activity.status, '')}</dd></div>",
            f"<div><dt>{w['level']}</dt><dd>{self.levels.get(activity.cooperation_level, '')}</dd></div>",
        ]
        leads = self._organizations(activity.lead_organizations.all())
        if leads:
            facts.append(f"<div><dt>{w['lead']}</dt><dd>{leads}</dd></div>")
        partners = self._organizations(activity.partner_organizations.all())
        other = html.escape(activity.other_partners)
        if partners or other:
            joined = "; ".join(part for part in (partners, other) if part)
            facts.append(f"<div><dt>{w['partners']}</dt><dd>{joined}</dd></div>")
        if activity.period_text:
            facts.append(f"<div><dt>{w['period']}</dt><dd>{html.escape(activity.period_text)}</dd></div>")
        return (
            f'<li class="register-activity"><h3><a href="{url}">{title}</a>{star}</h3>{edit}'
            f'<p>{html.escape(activity.text)}</p><dl class="register-facts">{"".join(facts)}</dl></li>'
        )


def _focal_points(**filters: Any) -> QuerySet[FocalPoint]:
    return FocalPoint.objects.filter(**filters).select_related("person__organization", "mandate", "area")


def activity_page(activity: Activity, user: AnyUser) -> dict[str, Any]:
    sees_internal = policy.sees_internal(user)
    stories = list(SuccessStory.objects.visible_to(user).filter(activity=activity))
    for story in stories:  # the activity already read, with its organizations: no query per story
        story.activity = activity
    focal_points = list(_focal_points(area=activity.area))
    return {
        "activity": activity,
        "mandates": list(activity.mandates.select_related("body").order_by("reference")),
        "area_mandates": list(activity.area.mandates.exclude(activities=activity).select_related("body")),
        "focal_points": focal_points,
        "editable_focal_points": {fp.pk for fp in focal_points if permissions.can_edit_focal_point(user, fp)},
        "can_add_focal_point": policy.is_editor(user),
        "events": list(activity.events.visible_to(user).order_by("start_date")),
        "stories": stories,
        "editable_stories": {story.pk for story in stories if permissions.can_edit_story(user, story)},
        "history": history_of(activity, include_internal=sees_internal),
        "sees_internal": sees_internal,
        "can_edit": permissions.can_edit_activity(user, activity),
    }


def mandate_page(mandate: Mandate, user: AnyUser) -> dict[str, Any]:
    meeting = mandate.meeting
    if meeting is not None and not Event.objects.visible_to(user).filter(pk=meeting.pk).exists():
        meeting = None
    areas = list(mandate.areas.order_by("order"))
    return {
        "mandate": mandate,
        "meeting": meeting,
        "areas": areas,
        "activities": list(mandate.activities.select_related("area").order_by("area__order", "order")),
        "instruments": list(mandate.instruments.all()),
        "topics": list(mandate.topics.all()),
        "own_focal_points": list(_focal_points(mandate=mandate)),
        "area_focal_points": list(_focal_points(area__in=areas).exclude(mandate=mandate)),
        "sees_internal": policy.sees_internal(user),
        "can_edit": permissions.can_edit_reference(user),
    }


def map_table(*, sees_contacts: bool) -> dict[str, Any]:
    """Areas (rows) against instruments and organizations (columns).

    An instrument's cell lists the area's mandates under that instrument; an organization's cell
    lists its focal points for the area and how many of the area's activities it leads or joins.
    The map has thousands of cells, so they are read from the link tables as plain values (no model
    instance per link or focal point) and built here as HTML, every value escaped once.
    """
    areas = list(CooperationArea.objects.only("slug", "name", "resource_implications").order_by("order", "name"))
    titles = {pk: (ref, title) for pk, ref, title in Mandate.objects.order_by().values_list("pk", "reference", "title")}
    mandate_instruments: dict[int, list[int]] = defaultdict(list)
    for mandate_id, instrument_id in Mandate.instruments.through.objects.values_list("mandate_id", "instrument_id"):
        mandate_instruments[mandate_id].append(instrument_id)
    by_instrument: dict[tuple[int, int], list[int]] = defaultdict(list)
    for mandate_id, area_id in Mandate.areas.through.objects.values_list("mandate_id", "cooperationarea_id"):
        for instrument_id in mandate_instruments.get(mandate_id, []):
            by_instrument[(area_id, instrument_id)].append(mandate_id)
    used_instruments = {instrument_id for _area, instrument_id in by_instrument}
    instruments = [i for i in Instrument.objects.order_by("short_name") if i.pk in used_instruments]

    by_organization: dict[tuple[int, int], list[tuple[str, str | None, str]]] = defaultdict(list)
    focal_points = FocalPoint.objects.order_by("area__order", "person__organization__acronym", "person__name")
    for area_id, org_id, name, reference, email in focal_points.values_list(
        "area_id", "person__organization_id", "person__name", "mandate__reference", "person__email"
    ):
        by_organization[(area_id, org_id)].append((name, reference, email))
    leads, partners = (
        Counter(
            {
                (area_id, org_id): n
                for area_id, org_id, n in through.objects.order_by()
                .values_list("activity__area_id", "organization_id")
                .annotate(n=Count("pk"))
            }
        )
        for through in (Activity.lead_organizations.through, Activity.partner_organizations.through)
    )
    weight: Counter[int] = Counter()
    for (_area, org_id), count in (leads + partners).items():
        weight[org_id] += count
    for (_area, org_id), fps in by_organization.items():
        weight[org_id] += len(fps)
    organizations = sorted(
        Organization.objects.filter(pk__in=list(weight)).only("acronym", "name"),
        key=lambda org: (-weight[org.pk], org.acronym),
    )

    register_url, mandates_url = reverse("register:register"), reverse("register:mandate_list")
    mandate_link = {
        pk: f'<a href="{mandates_url}{pk}/" title="{html.escape(title)}">{html.escape(reference)}</a>'
        for pk in {pk for pks in by_instrument.values() for pk in pks}
        for reference, title in [titles[pk]]
    }
    count_words = _CountWords()

    def organization_cell(area_id: int, area_slug: str, org_id: int, org_acronym: str) -> str:
        parts = []
        for name, reference, email in by_organization.get((area_id, org_id), ()):
            mandate = f" ({escape(reference)})" if reference else ""
            contact = f' <a href="mailto:{escape(email)}">{escape(email)}</a>' if sees_contacts and email else ""
            parts.append(
                f'<span class="register-map-fp"><a href="{register_url}?area={area_slug}&amp;organization='
                f'{org_acronym}">{escape(name)}</a>{mandate}{contact}</span>'
            )
        counts = count_words(leads.get((area_id, org_id), 0), partners.get((area_id, org_id), 0))
        if counts:
            parts.append(f'<span class="register-muted">{counts}</span>')
        return "".join(parts)

    columns = [(org.pk, escape(quote(org.acronym))) for org in organizations]
    instrument_ids = [i.pk for i in instruments]
    star = f' <abbr title="{html.escape(gettext("May have resource implications"))}">(*)</abbr>'
    rows = []
    for area in areas:
        slug = escape(area.slug)
        heading = (
            f'<th scope="row"><a href="{register_url}?area={slug}">{html.escape(area.name)}</a>'
            f"{star if area.resource_implications else ''}</th>"
        )
        cells = [
            "<br>".join(
                mandate_link[pk] for pk in sorted(by_instrument.get((area.pk, i), []), key=lambda pk: titles[pk])
            )
            for i in instrument_ids
        ]
        cells += [organization_cell(area.pk, slug, org_id, acronym) for org_id, acronym in columns]
        rows.append(
            {
                "area": area,
                "cells": [mark_safe(cell) for cell in cells],  # noqa: S308 - escaped above
                "html": mark_safe(heading + "".join(f"<td>{cell}</td>" for cell in cells)),  # noqa: S308 - escaped
            }
        )
    return {"instruments": instruments, "organizations": organizations, "rows": rows}


class _CountWords:
    """ "leads 2 · partner in 3", translated once per pair of numbers (the map has thousands of cells)."""

    def __init__(self) -> None:
        self.known: dict[tuple[int, int], str] = {}

    def __call__(self, leads: int, partners: int) -> str:
        if (leads, partners) not in self.known:
            words = []
            if leads:
                words.append(ngettext("leads %(count)s", "leads %(count)s", leads) % {"count": leads})
            if partners:
                words.append(ngettext("partner in %(count)s", "partner in %(count)s", partners) % {"count": partners})
            self.known[(leads, partners)] = escape(" · ".join(words))
        return self.known[(leads, partners)]


# --- History -------------------------------------------------------------------------------------


#: How a many-to-many row of the history names what it links to: (model, field shown).
_LINKED_NAMES: dict[str, tuple[type[Model], str]] = {
    "organization": (Organization, "acronym"),
    "event": (Event, "title"),
    "instrument": (Instrument, "short_name"),
    "topic": (Topic, "name"),
    "cooperationarea": (CooperationArea, "name"),
    "activity": (Activity, "key"),
}


def _display_value(value: Any, *, owner: str, public_only: bool, choices: Any = None) -> str:
    """A history value in words. Many-to-many values are lists of rows such as
    ``{"activity": 1, "organization": 4}``; they are shown by the linked object's name (internal
    events are left out for the public)."""
    if not isinstance(value, list):
        return editing.display_value(value, choices=choices)
    ids: dict[str, list[int]] = {}
    for row in value:
        for key, pk in row.items():
            if key in _LINKED_NAMES and key != owner:
                ids.setdefault(key, []).append(int(pk))
    names: list[str] = []
    for key, pks in ids.items():
        model, name_field = _LINKED_NAMES[key]
        found = model._default_manager.filter(pk__in=pks)
        if public_only and model is Event:
            found = found.filter(visibility=Event.Visibility.PUBLIC)
        names += [str(name) for name in found.values_list(name_field, flat=True)]
    return ", ".join(sorted(names)) or editing.empty()


def history_of(obj: CooperationArea | Activity | Mandate, *, include_internal: bool = False) -> list[dict[str, Any]]:
    """Who changed what and when, newest first (``core.editing.history_entries``).

    Changes to internal fields (and internal events) are left out unless ``include_internal``
    (staff only), and only staff see who made them.
    """
    hidden = {*editing.BOOKKEEPING_FIELDS, *(() if include_internal else ("internal_notes",))}
    owner = obj._meta.model_name or ""

    def display(name: str, value: Any, record: Any) -> str:
        choices = getattr(obj._meta.get_field(name), "choices", None)
        return _display_value(value, owner=owner, public_only=not include_internal, choices=choices)

    return editing.history_entries(
        list(editing.history_records(obj)),
        changes=lambda record, previous: editing.field_changes(
            record, previous, model=type(obj), hidden=hidden, display=display, foreign_keys_are_objs=False
        ),
        show_authors=include_internal,
    )
